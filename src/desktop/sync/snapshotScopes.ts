import { snapshotResponseSchema, teamIdOfScope, type EntityName, type Scope, type SnapshotResponse } from '../../core';
import { applySnapshotPage } from './applySnapshotPage';
import { heldSinceStore } from './heldSinceStore';
import { hubRequest } from './hubRequest';
import { scopeEntities } from './scopeEntities';
import type { SyncStepContext } from './SyncStepContext';

const SNAPSHOT_PAGE = 500;

/** Tenant entities the first screen (inbox, ticket view) needs before the team's tickets. */
const firstScreen: ReadonlySet<EntityName> = new Set(['teams', 'agents', 'customers', 'contacts']);

/**
 * Pages every entity of the scopes into the replica, in first-screen order: people and
 * customers, then the teams' tickets and threads, then orders, shipments, tracking events
 * and the rest, so the inbox is usable long before a large replica has landed. Each scope's
 * cursor is set, once all its entities are in, to the seq the hub reported with its first page
 * (the pull that follows brings whatever changed meanwhile). Returns false if the connection
 * ended first (cursors not yet set stay unset, so the next hello asks again).
 */
export async function snapshotScopes(ctx: SyncStepContext, scopes: readonly Scope[], forget: (scope: Scope) => void): Promise<boolean> {
  const { store, socket, connection } = ctx;
  const phase = (scope: Scope, entity: EntityName): number => (teamIdOfScope(scope) !== null ? 1 : firstScreen.has(entity) ? 0 : 2);
  const steps = scopes.flatMap((scope) => scopeEntities(scope).map((entity) => ({ scope, entity })));
  // Stable sort: parents stay before children within a phase.
  steps.sort((a, b) => phase(a.scope, a.entity) - phase(b.scope, b.entity));
  const remaining = new Map(scopes.map((s) => [s, steps.filter((x) => x.scope === s).length]));
  const seqs = new Map<Scope, number>();
  const startedAt = ctx.now();
  // A cursor the hub no longer recognises means the hub was reset: its old rows must go.
  for (const scope of scopes) if (store.state.cursors()[scope] !== undefined) forget(scope);
  for (const { scope, entity } of steps) {
    let afterId: string | null = null;
    let done = 0;
    // The hub counts an entity on its first page only (counting per page would cost more than the page).
    let total = 0;
    for (;;) {
      const page: SnapshotResponse = await hubRequest(socket, connection, 'snapshot', { scope, entity, afterId, limit: SNAPSHOT_PAGE }, snapshotResponseSchema);
      if (connection.closed) return false;
      if (!seqs.has(scope)) seqs.set(scope, page.seq);
      ctx.dataChanged(applySnapshotPage(store, ctx.actor(), entity, page.rows, ctx.log));
      done += page.rows.length;
      total = Math.max(total, page.total, done);
      ctx.status.set({ progress: { entity, done, total } });
      const last = page.rows.at(-1)?.id;
      if (!page.hasMore || typeof last !== 'string') break;
      afterId = last;
    }
    const left = (remaining.get(scope) ?? 1) - 1;
    remaining.set(scope, left);
    if (left === 0) {
      store.transaction(() => {
        store.state.setCursors({ ...store.state.cursors(), [scope]: seqs.get(scope) ?? 0 });
        heldSinceStore.set(store, scope, startedAt);
      });
    }
  }
  return true;
}
