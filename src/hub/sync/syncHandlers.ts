import {
  helloRequestSchema,
  pullRequestSchema,
  scopesForAgent,
  snapshotRequestSchema,
  idSchema,
  SYNC_PROTOCOL_VERSION,
  type Cursors,
  type HelloResponse,
  type PullResponse,
  type PushResponse,
  type Scope,
  type SnapshotResponse,
} from '../../core';
import { z } from 'zod';
import type { HubContext } from '../HubContext';
import { HubRequestError } from '../HubRequestError';
import { parseInput } from '../parseInput';
import { loadAgent, listTeamIds } from '../store/agentQueries';
import { lenientPushSchema, pushMutations } from '../write/pushMutations';
import { readChangesAfter } from './readChangesAfter';
import { readScopeHeads } from './readScopeHeads';
import { readSnapshotPage } from './readSnapshotPage';
import type { HubSocket } from './HubSocket';

const helloEnvelopeSchema = z.object({ protocol: z.number() }).loose();

export async function handleHello(ctx: HubContext, socket: HubSocket, raw: unknown): Promise<HelloResponse> {
  const protocol = helloEnvelopeSchema.safeParse(raw);
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

// Keyset cursors are row ids; anything else could only be a client bug (and would fail in SQL).
const hubSnapshotRequestSchema = snapshotRequestSchema.extend({ afterId: idSchema.nullable() });

export async function handleSnapshot(ctx: HubContext, socket: HubSocket, raw: unknown): Promise<SnapshotResponse> {
  const scopes = requireHello(socket);
  const req = parseInput(hubSnapshotRequestSchema, raw, 'snapshot request');
  if (!scopes.includes(req.scope)) throw new HubRequestError('forbidden', `Scope ${req.scope} is not granted to you.`);
  // Head before rows: anything committed after the head is pulled later, so nothing is missed.
  const heads = await readScopeHeads(ctx.db, [req.scope]);
  const page = await readSnapshotPage(ctx.db, req.scope, req.entity, req.afterId, req.limit);
  return { ...page, seq: heads[req.scope] ?? 0 };
}

export async function handlePull(ctx: HubContext, socket: HubSocket, raw: unknown): Promise<PullResponse> {
  const scopes = requireHello(socket);
  const req = parseInput(pullRequestSchema, raw, 'pull request');
  const granted: Cursors = Object.fromEntries(Object.entries(req.cursors).filter(([s]) => scopes.includes(s)));
  return readChangesAfter(ctx.db, granted, req.limit);
}

export async function handlePush(ctx: HubContext, socket: HubSocket, raw: unknown): Promise<PushResponse> {
  requireHello(socket);
  const clientId = socket.data.clientId;
  if (clientId === undefined) throw new HubRequestError('protocol', 'Send hello before push.');
  const req = parseInput(lenientPushSchema, raw, 'push');
  return { results: await pushMutations(ctx, socket.data.agentId, clientId, req.mutations) };
}

function requireHello(socket: HubSocket): readonly Scope[] {
  const scopes = socket.data.scopes;
  if (scopes === undefined) throw new HubRequestError('protocol', 'Send hello first.');
  return scopes;
}
