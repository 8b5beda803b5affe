import { setImmediate as nextTurn } from 'node:timers/promises';
import type { LocalStore } from '../db/localStore';

/**
 * Gives the pages a prune freed back to the file system, `step` pages per short write
 * (replicas created with auto_vacuum=INCREMENTAL, see openReplica; on older files SQLite does
 * nothing here and the freed pages are reused by new rows, so the file still stops growing).
 * Returns the pages released; stops early when `busy` says sync needs the replica.
 */
export async function releaseFreePages(store: LocalStore, busy: () => boolean, step = 2_000): Promise<number> {
  if (Number(store.sqlite.pragma('auto_vacuum', { simple: true })) !== 2) return 0;
  let released = 0;
  for (;;) {
    const free = Number(store.sqlite.pragma('freelist_count', { simple: true }));
    if (free === 0 || busy()) return released;
    store.sqlite.pragma(`incremental_vacuum(${Math.min(step, free)})`);
    released += Math.min(step, free);
    await nextTurn();
  }
}
