import { snapshotResponseSchema, type Scope, type SnapshotResponse } from '../../core';
import { applySnapshotPage } from './applySnapshotPage';
import { hubRequest } from './hubRequest';
import { scopeEntities } from './scopeEntities';
import type { SyncStepContext } from './SyncEngine';

const SNAPSHOT_PAGE = 500;

/**
 * Pages every entity of a scope into the replica, then sets its cursor to the seq the hub
 * reported with the first page (the pull that follows brings whatever changed meanwhile).
 * Returns false if the connection ended first (no cursor is set, so the next hello re-asks).
 */
export async function snapshotScope(ctx: SyncStepContext, scope: Scope, forget: (scope: Scope) => void): Promise<boolean> {
  const { store, socket, connection } = ctx;
  // A cursor the hub no longer recognises means the hub was reset: its old rows must go.
  if (store.state.cursors()[scope] !== undefined) forget(scope);
  let seq: number | null = null;
  for (const entity of scopeEntities(scope)) {
    let afterId: string | null = null;
    let done = 0;
    // The hub counts an entity on its first page only (counting per page would cost more than the page).
    let total = 0;
    for (;;) {
      const page: SnapshotResponse = await hubRequest(socket, connection, 'snapshot', { scope, entity, afterId, limit: SNAPSHOT_PAGE }, snapshotResponseSchema);
      if (connection.closed) return false;
      seq ??= page.seq;
      ctx.dataChanged(applySnapshotPage(store, ctx.actor(), entity, page.rows, ctx.log));
      done += page.rows.length;
      total = Math.max(total, page.total, done);
      ctx.status.set({ progress: { entity, done, total } });
      const last = page.rows.at(-1)?.id;
      if (!page.hasMore || typeof last !== 'string') break;
      afterId = last;
    }
  }
  store.transaction(() => store.state.setCursors({ ...store.state.cursors(), [scope]: seq ?? 0 }));
  return true;
}
