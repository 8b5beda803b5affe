import type { Scope } from '../../core';
import { HubRequestError } from '../HubRequestError';
import type { HubSocket } from './HubSocket';

/** The scopes granted at hello; every request but hello needs them. */
export function requireHello(socket: HubSocket): readonly Scope[] {
  const scopes = socket.data.scopes;
  if (scopes === undefined) throw new HubRequestError('protocol', 'Send hello first.');
  return scopes;
}
