import type { EntityName } from '../../core';
import type { LocalStore } from '../db/localStore';
import type { PrunePlan } from './planPrune';
import type { SparedRows } from './sparedRows';

export type PruneKind = keyof PrunePlan;

/** Each parent kind: its table, and the children that go with it (parent key column). */
const families: Record<PruneKind, { table: EntityName; children: { table: EntityName; parentColumn: string }[] }> = {
  tickets: {
    table: 'tickets',
    children: [
      { table: 'messages', parentColumn: 'ticket_id' },
      { table: 'csat_responses', parentColumn: 'ticket_id' },
    ],
  },
  exceptions: { table: 'exceptions', children: [] },
  shipments: { table: 'shipments', children: [{ table: 'tracking_events', parentColumn: 'shipment_id' }] },
  orders: { table: 'orders', children: [{ table: 'warehouse_events', parentColumn: 'order_id' }] },
  invoices: { table: 'invoices', children: [] },
};

/**
 * Deletes one batch of planned parents with their children in one short transaction. What is
 * spared is read again inside it: an edit or an open since the plan keeps its row.
 * Returns the rows deleted per table.
 */
export function deletePruneBatch(
  store: LocalStore,
  kind: PruneKind,
  ids: readonly string[],
  spared: () => SparedRows,
): Partial<Record<EntityName, number>> {
  const family = families[kind];
  return store.transaction(() => {
    const keep = spared();
    const held = store.sqlite
      .prepare<[string], { id: string; customerId: string }>(
        `SELECT id, customer_id AS customerId FROM ${family.table} WHERE id IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(ids));
    const doomed = JSON.stringify(held.filter((r) => !keep.ids.has(r.id) && !keep.customers.has(r.customerId)).map((r) => r.id));
    const removed: Partial<Record<EntityName, number>> = {};
    for (const child of family.children) {
      removed[child.table] = store.sqlite
        .prepare(`DELETE FROM ${child.table} WHERE ${child.parentColumn} IN (SELECT value FROM json_each(?))`)
        .run(doomed).changes;
    }
    removed[family.table] = store.sqlite.prepare(`DELETE FROM ${family.table} WHERE id IN (SELECT value FROM json_each(?))`).run(doomed).changes;
    return removed;
  });
}
