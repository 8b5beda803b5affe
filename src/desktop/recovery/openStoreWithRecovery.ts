import { openLocalStore, type LocalStore } from '../db/localStore';
import type { Logger } from '../log/Logger';
import { moveDamagedAside } from './moveDamagedAside';
import { ReplicaDamagedError } from './ReplicaDamagedError';
import { recoveryNotice } from './recoveryNotice';
import { rescueFromDamaged, type RescueCounts } from './rescueFromDamaged';

/** What happened when the replica had to be rebuilt. */
export interface ReplicaRecovery {
  reason: string;
  /** Where the damaged file is kept for support. */
  keptAt: string;
  rescued: RescueCounts;
  /** For the agent, shown once. */
  message: string;
}

/**
 * Opens the replica; a damaged one is moved aside, a fresh one created, and the agent's own
 * work (outbox, parked and refused changes, session) copied over from what is still readable.
 * The normal first sync then rebuilds everything else from the hub.
 */
export function openStoreWithRecovery(
  dbPath: string,
  options: { migrationsFolder?: string | undefined; now: () => number; log: Logger },
): { store: LocalStore; recovery: ReplicaRecovery | null } {
  const open = (): LocalStore => openLocalStore(dbPath, { ...(options.migrationsFolder ? { migrationsFolder: options.migrationsFolder } : {}), now: options.now });
  try {
    return { store: open(), recovery: null };
  } catch (error) {
    if (!(error instanceof ReplicaDamagedError) || dbPath === ':memory:') throw error;
    const keptAt = moveDamagedAside(dbPath, options.now());
    const store = open();
    const rescued = rescueFromDamaged(store.sqlite, keptAt);
    const recovery = { reason: error.reason, keptAt, rescued, message: recoveryNotice(rescued) };
    options.log(`the replica was damaged (${error.reason}); kept it at ${keptAt} and started a fresh one`, rescued);
    return { store, recovery };
  }
}
