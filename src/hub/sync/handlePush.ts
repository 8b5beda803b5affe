import type { PushResponse } from '../../core';
import type { HubContext } from '../HubContext';
import { HubRequestError } from '../HubRequestError';
import { pushMutations } from '../write/pushMutations';
import type { HubSocket } from './HubSocket';
import { requireHello } from './requireHello';

/** push: the mutations in order, as this socket's agent and client; a mutation the hub fails on is answered as `failed`, the connection stays. */
export async function handlePush(ctx: HubContext, socket: HubSocket, raw: unknown): Promise<PushResponse> {
  requireHello(socket);
  const clientId = socket.data.clientId;
  if (clientId === undefined) throw new HubRequestError('protocol', 'Send hello before push.');
  return pushMutations(ctx, socket.data.agentId, clientId, raw);
}
