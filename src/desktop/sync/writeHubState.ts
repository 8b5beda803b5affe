import { MutationRejection, type Actor, type EntityName } from '../../core';
import type { LocalStore } from '../db/localStore';
import { applyOptimistic } from '../outbox/applyOptimistic';
import { isSettled } from '../outbox/isSettled';
import type { Logger } from '../log/Logger';

/**
 * Writes hub state with REBASE, in one transaction: put the stashed hub rows back, run
 * `write` (server rows, cursors), clear the stash, drop settled outbox entries, then re-run
 * the remaining outbox in order so unsent work never flickers away. A mutation that no
 * longer applies stays queued without effect; the hub decides. Returns entities touched.
 */
export function writeHubState(
  store: LocalStore,
  actor: Actor | null,
  write: () => Iterable<EntityName>,
  log: Logger = () => {},
): EntityName[] {
  return store.transaction(() => {
    const touched = new Set<EntityName>();
    const entries = store.outbox.all();
    const stashed = store.stash.all();
    if (entries.length === 0 && stashed.length === 0) {
      for (const e of write()) touched.add(e);
      return [...touched];
    }
    for (const s of stashed) {
      if (s.row === null) store.rows.remove(s.entity, s.id);
      else store.rows.put(s.entity, s.row);
      touched.add(s.entity);
    }
    for (const e of write()) touched.add(e);
    store.stash.clear();
    const cursors = store.state.cursors();
    for (const entry of entries) {
      if (isSettled(entry, cursors)) {
        store.outbox.drop(entry.mutationId);
        continue;
      }
      if (!actor) continue;
      try {
        const changes = applyOptimistic(store, entry, actor);
        for (const c of changes) touched.add(c.entity);
      } catch (error) {
        if (!(error instanceof MutationRejection)) log(`re-applying ${entry.name} ${entry.mutationId} failed`, error);
      }
    }
    return [...touched];
  });
}
