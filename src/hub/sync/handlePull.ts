import { pullRequestSchema, type Cursors, type PullResponse } from '../../core';
import type { HubContext } from '../HubContext';
import { parseInput } from '../parseInput';
import type { HubSocket } from './HubSocket';
import { readChangesAfter } from './readChangesAfter';
import { requireHello } from './requireHello';

/** pull: changes after the given cursors; cursors of scopes not granted are ignored. */
export async function handlePull(ctx: HubContext, socket: HubSocket, raw: unknown): Promise<PullResponse> {
  const scopes = requireHello(socket);
  const req = parseInput(pullRequestSchema, raw, 'pull request');
  const granted: Cursors = Object.fromEntries(Object.entries(req.cursors).filter(([s]) => scopes.includes(s)));
  return readChangesAfter(ctx.db, granted, req.limit);
}
