import { createOutboxStore, type OutboxStore } from '../outbox/outboxStore';
import { createStashStore, type StashStore } from '../outbox/stashStore';
import { openReplica, type Replica } from './openReplica';
import { createRowStore, type RowStore } from './rowStore';
import { createSyncStateStore, type SyncStateStore } from './syncStateStore';

/** The replica with its typed stores; every write path and query goes through one of these. */
export interface LocalStore extends Replica {
  rows: RowStore;
  outbox: OutboxStore;
  stash: StashStore;
  state: SyncStateStore;
  /** Runs `fn` in one SQLite transaction (nested calls join the outer one). */
  transaction<T>(fn: () => T): T;
}

export function openLocalStore(dbPath: string, options: { migrationsFolder?: string; now?: () => number } = {}): LocalStore {
  const replica = openReplica(dbPath, options.migrationsFolder);
  return {
    ...replica,
    rows: createRowStore(replica.sqlite),
    outbox: createOutboxStore(replica.db),
    stash: createStashStore(replica.db),
    state: createSyncStateStore(replica.db, options.now),
    transaction: (fn) => replica.sqlite.transaction(fn)(),
  };
}
