import { setImmediate as nextTurn } from 'node:timers/promises';
import { windowCutoffs, type EntityName, type ReplicationWindow } from '../../core';
import type { LocalStore } from '../db/localStore';
import { deletePruneBatch, type PruneKind } from './deletePruneBatch';
import { planPrune } from './planPrune';
import { releaseFreePages } from './releaseFreePages';
import { sparedRows } from './sparedRows';

export interface PruneOptions {
  window: ReplicationWindow;
  now: number;
  /** How long an opened record (recent_opens) is kept although it left the window. */
  spareOpenedMs: number;
  /** Parents per write transaction (their children go with them). Default 200. */
  batchSize?: number;
  /** True while sync is writing (catch-up, snapshot): the run stops and leaves the rest for later. */
  busy?: () => boolean;
  /** Plans again at most this often when hub changes land between batches. Default 3. */
  maxReplans?: number;
}

export interface PruneReport {
  /** Rows deleted per table. */
  removed: Partial<Record<EntityName, number>>;
  /** False when sync got busy or kept changing rows: the rest waits for the next run. */
  complete: boolean;
  replans: number;
  /** Freed pages given back to the file system (the file shrinks at the next WAL checkpoint). */
  releasedPages: number;
}

const order: PruneKind[] = ['tickets', 'exceptions', 'shipments', 'orders', 'invoices'];

/**
 * Removes rows that left the replication window, in short batches that yield to the event
 * loop in between, so sync steps run between them. A batch runs only if the hub cursors are
 * those the plan was made at: any hub write since may have pulled a planned row back into the
 * window, so the plan is made again instead.
 */
export async function pruneReplica(store: LocalStore, options: PruneOptions): Promise<PruneReport> {
  const batchSize = options.batchSize ?? 200;
  const openedSince = options.now - options.spareOpenedMs;
  const cut = windowCutoffs(options.window, options.now);
  const removed: Partial<Record<EntityName, number>> = {};
  const spared = () => sparedRows(store, openedSince);
  let replans = 0;
  for (;;) {
    // Never plan inside the caller's turn (a status listener in the middle of a sync step).
    await nextTurn();
    if (options.busy?.()) return { removed, complete: false, replans, releasedPages: 0 };
    const cursorsAtPlan = JSON.stringify(store.state.cursors());
    const plan = planPrune(store, cut, spared());
    let stale = false;
    for (const kind of order) {
      for (let i = 0; i < plan[kind].length && !stale; i += batchSize) {
        await nextTurn();
        if (options.busy?.()) return { removed, complete: false, replans, releasedPages: 0 };
        if (JSON.stringify(store.state.cursors()) !== cursorsAtPlan) {
          stale = true;
          break;
        }
        const done = deletePruneBatch(store, kind, plan[kind].slice(i, i + batchSize), spared);
        for (const [table, n] of Object.entries(done) as [EntityName, number][]) removed[table] = (removed[table] ?? 0) + n;
      }
    }
    if (!stale) break;
    if (++replans > (options.maxReplans ?? 3)) return { removed, complete: false, replans, releasedPages: 0 };
  }
  // Opens older than the spare period protect nothing any more.
  store.sqlite.prepare('DELETE FROM recent_opens WHERE opened_at < ?').run(openedSince);
  const releasedPages = await releaseFreePages(store, () => options.busy?.() ?? false);
  return { removed, complete: true, replans, releasedPages };
}
