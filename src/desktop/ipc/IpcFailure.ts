import type { IpcError } from '../../core';

/** Thrown by a handler to answer the renderer with this code and sentence. */
export class IpcFailure extends Error {
  constructor(
    readonly code: IpcError['code'],
    message: string,
  ) {
    super(message);
    this.name = 'IpcFailure';
  }
}
