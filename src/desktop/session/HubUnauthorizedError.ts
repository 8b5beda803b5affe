import { IpcFailure } from '../ipc/IpcFailure';

/** The hub answered 401: a wrong password on sign-in, or a token it no longer accepts elsewhere. */
export class HubUnauthorizedError extends IpcFailure {
  constructor(message: string) {
    super('unauthorized', message);
    this.name = 'HubUnauthorizedError';
  }
}
