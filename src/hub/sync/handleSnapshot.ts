import { idSchema, snapshotRequestSchema, windowCutoffs, type ReplicationWindow, type SnapshotResponse } from '../../core';
import type { HubContext } from '../HubContext';
import { HubRequestError } from '../HubRequestError';
import { parseInput } from '../parseInput';
import type { HubSocket } from './HubSocket';
import { readScopeHeads } from './readScopeHeads';
import { readSnapshotPage } from './readSnapshotPage';
import { requireHello } from './requireHello';

// Keyset cursors are row ids; anything else could only be a client bug (and would fail in SQL).
const hubSnapshotRequestSchema = snapshotRequestSchema.extend({ afterId: idSchema.nullable() });

/** snapshot: one page of an entity in a granted scope, within the replication window, with the scope's head seq. */
export async function handleSnapshot(
  ctx: HubContext,
  socket: HubSocket,
  raw: unknown,
  window: ReplicationWindow,
): Promise<SnapshotResponse> {
  const scopes = requireHello(socket);
  const req = parseInput(hubSnapshotRequestSchema, raw, 'snapshot request');
  if (!scopes.includes(req.scope)) throw new HubRequestError('forbidden', `Scope ${req.scope} is not granted to you.`);
  // Head before rows: anything committed after the head is pulled later, so nothing is missed.
  const heads = await readScopeHeads(ctx.db, [req.scope]);
  const page = await readSnapshotPage(ctx.db, req.scope, req.entity, req.afterId, req.limit, windowCutoffs(window, ctx.now()));
  return { ...page, seq: heads[req.scope] ?? 0 };
}
