
import { uuidv7, type ShipmentUpsertArgs } from '../../../core';
import type { ShipmentUpsertPayload } from '../../../core/ingest';
import type { HubContext } from '../../HubContext';
import type { HubTx } from '../../store/openStore';
import { shipments } from '../../store/schema';
import { commitMutation } from '../../write/commitMutation';
import type { Transacted } from '../../write/WriteLane';
import { emitIngested, type IngestedEvent } from '../ingestEvents';
import type { BatchOutcome } from './BatchOutcome';
import { CustomerRefs } from './CustomerRefs';
import { findOrdersByNumber } from './findOrdersByNumber';
import { ingestActor } from './ingestActor';
import { anyOf } from '../../store/anyOf';

export interface StoredShipment {
  shipmentId: string;
  created: boolean;
}

/** Tracking numbers bound per IN list. */
const chunk = 1_000;

/**
 * Stores a shipments delivery as ONE core mutation `shipment.upsert` (system:ingest, one audit
 * entry) in one write-lane transaction: known shipments, the orders and the customers named are
 * read in a few IN queries, each item is resolved in memory in feed order (a shipment or a new
 * account seen earlier in the delivery is found again). An item naming an unknown order or
 * customer, or a new shipment naming neither, fails alone by index before anything is written.
 */
export async function storeShipmentBatch(ctx: HubContext, items: readonly { index: number; value: ShipmentUpsertPayload }[]): Promise<BatchOutcome<StoredShipment>> {
  const done = await ctx.lane.transact(async (tx): Promise<Transacted<{ outcome: BatchOutcome<StoredShipment>; events: IngestedEvent[] }>> => {
    const now = ctx.now();
    const values = items.map((i) => i.value);
    const ids = await findShipmentIds(tx, values);
    const orders = await findOrdersByNumber(tx, values.flatMap((p) => (p.orderNumber ? [p.orderNumber] : [])));
    const refs = await CustomerRefs.load(tx, values.map((p) => (p.orderNumber ? undefined : p.customer)), now);
    const outcome: BatchOutcome<StoredShipment> = { stored: [], failed: [] };
    const upserts: ShipmentUpsertArgs['shipments'] = [];
    for (const { index, value: p } of items) {
      const existing = ids.get(shipmentKey(p.carrier, p.trackingNumber));
      let link: { orderId?: string; customerId?: string } = {};
      if (p.orderNumber) {
        const order = orders.get(p.orderNumber);
        if (!order) {
          outcome.failed.push({ index, reason: `order ${p.orderNumber} is unknown (send the order first, or leave orderNumber out and give customer)` });
          continue;
        }
        link = { orderId: order.id, customerId: order.customerId };
      } else if (p.customer) {
        const customer = refs.resolve(p.customer);
        if ('reason' in customer) {
          outcome.failed.push({ index, reason: customer.reason });
          continue;
        }
        link = { customerId: customer.customerId };
      }
      if (!existing && !link.customerId) {
        outcome.failed.push({ index, reason: 'a new shipment needs orderNumber or customer' });
        continue;
      }
      const shipmentId = existing ?? uuidv7(now);
      ids.set(shipmentKey(p.carrier, p.trackingNumber), shipmentId);
      const { orderNumber: _order, customer: _customer, ...fields } = p;
      upserts.push({ ...fields, ...link, shipmentId });
      outcome.stored.push({ index, shipmentId, created: existing === undefined });
    }
    if (upserts.length === 0) return { value: { outcome, events: [] }, batches: [] };
    const args: ShipmentUpsertArgs = { shipments: upserts, newCustomers: refs.newCustomers };
    const audit = { action: 'shipment.upsert', entity: 'shipments', entityId: upserts[0]!.shipmentId, detail: { stored: outcome.stored.length, failed: outcome.failed.length } };
    const committed = await commitMutation(tx, { name: 'shipment.upsert', args }, ingestActor, now, { audit });
    await refs.save(tx);
    const events = outcome.stored.map((s): IngestedEvent => ({ kind: 'shipment', shipmentId: s.shipmentId, at: now }));
    return { value: { outcome, events }, batches: committed.batches };
  });
  await emitIngested(ctx, done.events);
  return done.outcome;
}

function shipmentKey(carrier: string, trackingNumber: string): string {
  return `${carrier}\u0000${trackingNumber}`;
}

/** Known shipments by (carrier, tracking number): one query per thousand numbers, carriers matched in memory. */
async function findShipmentIds(tx: HubTx, items: readonly ShipmentUpsertPayload[]): Promise<Map<string, string>> {
  const numbers = [...new Set(items.map((p) => p.trackingNumber))];
  const found = new Map<string, string>();
  for (let i = 0; i < numbers.length; i += chunk) {
    const rows = await tx
      .select({ id: shipments.id, carrier: shipments.carrier, trackingNumber: shipments.trackingNumber })
      .from(shipments)
      .where(anyOf(shipments.trackingNumber, numbers.slice(i, i + chunk)));
    for (const r of rows) found.set(shipmentKey(r.carrier, r.trackingNumber), r.id);
  }
  return found;
}
