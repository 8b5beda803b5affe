import { z } from 'zod';
import { helloRequestSchema, scopesForAgent, SYNC_PROTOCOL_VERSION, type HelloResponse } from '../../core';
import type { HubContext } from '../HubContext';
import { HubRequestError } from '../HubRequestError';
import { parseInput } from '../parseInput';
import { listTeamIds } from '../store/listTeamIds';
import { loadAgent } from '../store/loadAgent';
import type { HubSocket } from './HubSocket';
import { readScopeHeads } from './readScopeHeads';

const protocolOnlySchema = z.object({ protocol: z.number() }).loose();

/** hello: check the protocol, grant scopes (joining their rooms), say which to snapshot or drop. */
export async function handleHello(ctx: HubContext, socket: HubSocket, raw: unknown): Promise<HelloResponse> {
  const protocol = protocolOnlySchema.safeParse(raw);
  if (protocol.success && protocol.data.protocol !== SYNC_PROTOCOL_VERSION) {
    throw new HubRequestError(
      'protocol',
      `This hub speaks sync protocol ${SYNC_PROTOCOL_VERSION}, the app speaks ${protocol.data.protocol}: update the app or the hub.`,
    );
  }
  const req = parseInput(helloRequestSchema, raw, 'hello');
  // Re-read the agent: role or team may have changed since the socket connected.
  const agent = await loadAgent(ctx.db, socket.data.agentId);
  if (!agent) throw new HubRequestError('unauthorized', 'Your agent account no longer exists.');
  const scopes = scopesForAgent(agent, await listTeamIds(ctx.db));
  for (const room of socket.rooms) {
    if (room !== socket.id && !scopes.includes(room)) await socket.leave(room);
  }
  // Join before reading heads: a change committed in between is then both live and after the
  // head, so the client sees it (maybe twice, which it ignores) rather than never.
  await socket.join(scopes);
  socket.data.clientId = req.clientId;
  socket.data.scopes = scopes;
  const heads = await readScopeHeads(ctx.db, scopes);
  const snapshot = scopes.filter((s) => {
    const cursor = req.cursors[s];
    return cursor === undefined || cursor > (heads[s] ?? 0);
  });
  const dropped = Object.keys(req.cursors).filter((s) => !scopes.includes(s));
  return { agent, scopes, snapshot, dropped };
}
