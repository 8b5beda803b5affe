import { notInArray } from 'drizzle-orm';
import { entityNames, type EntityName } from '../../core';
import type { LocalStore } from '../db/localStore';
import { replicaTables } from '../db/rowStore';
import { failedMutations, outbox, recentOpens, stash, syncState } from '../db/schema';
import { PARKED_FAILURES_KEY } from '../outbox/parkedFailures';

/** sync_state facts that belong to this computer, not to a session: everything else goes. */
const KEPT_STATE = ['clientId', PARKED_FAILURES_KEY];

/**
 * Empties every replicated entity table (the core's entity list, so a new entity is covered
 * without editing this), the outbox, stash, refusals, recent opens, cursors and every
 * per-session sync fact (held-since, hydration queue, offline-since, session). Keeps the
 * clientId and parked changes: park the outbox and refusals first. Returns the entities emptied.
 */
export function wipeReplica(store: LocalStore): EntityName[] {
  store.transaction(() => {
    for (const entity of entityNames) store.db.delete(replicaTables[entity]).run();
    for (const table of [outbox, stash, failedMutations, recentOpens]) store.db.delete(table).run();
    store.db.delete(syncState).where(notInArray(syncState.key, KEPT_STATE)).run();
  });
  return [...entityNames];
}
