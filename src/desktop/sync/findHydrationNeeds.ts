import { entityRowSchemas, type ChangeRow, type Scope } from '../../core';
import type { LocalStore } from '../db/localStore';
import { heldSinceStore } from './heldSinceStore';
import type { HydrationNeed } from './hydrationQueue';

/** Hub and desktop clocks differ; a row this close to the hold start is treated as born after it. */
const CLOCK_MARGIN_MS = 10 * 60_000;

/**
 * Call BEFORE applying `rows`; returns a function to call after, which lists what they leave
 * partial. A ticket or shipment the replica lacks and that was created before the replica
 * started holding its scope lay outside the replication window (an old ticket re-opened, an
 * old shipment scanned again): its thread or tracking events must be fetched. A ticket or
 * exception pointing at an order or shipment the replica lacks needs that fetched too.
 */
export function findHydrationNeeds(store: LocalStore, rows: readonly ChangeRow[], now: number): () => HydrationNeed[] {
  const cursors = store.state.cursors();
  const held = heldSinceStore.read(store);
  // A replica from before heldSince existed: "since now" only ever asks for more, never less.
  const since = (scope: Scope): number => {
    const at = held[scope];
    if (at !== undefined) return at;
    heldSinceStore.set(store, scope, now);
    held[scope] = now;
    return now;
  };
  const needs: HydrationNeed[] = [];
  const seen = new Set<string>();
  const fresh = rows.filter((c) => c.op === 'upsert' && cursors[c.scope] !== undefined && c.seq > cursors[c.scope]!);
  for (const change of fresh) {
    if (change.entity !== 'tickets' && change.entity !== 'shipments') continue;
    if (seen.has(change.id)) continue;
    seen.add(change.id);
    if (store.rows.get(change.entity, change.id) !== undefined) continue;
    const createdAt = Number(change.row?.createdAt ?? Number.NaN);
    if (createdAt < since(change.scope) - CLOCK_MARGIN_MS) needs.push({ kind: change.entity === 'tickets' ? 'ticket' : 'shipment', id: change.id });
  }
  return () => {
    for (const change of fresh) {
      if (change.entity === 'tickets') {
        const ticket = entityRowSchemas.tickets.safeParse(change.row);
        if (!ticket.success) continue;
        const { shipmentId, orderId } = ticket.data;
        const missing = (shipmentId && !store.rows.get('shipments', shipmentId)) || (orderId && !store.rows.get('orders', orderId));
        if (missing) needs.push({ kind: 'ticket', id: change.id });
      } else if (change.entity === 'exceptions') {
        const exception = entityRowSchemas.exceptions.safeParse(change.row);
        const shipmentId = exception.success ? exception.data.shipmentId : null;
        if (shipmentId && !store.rows.get('shipments', shipmentId)) needs.push({ kind: 'shipment', id: shipmentId });
      }
    }
    return needs;
  };
}
