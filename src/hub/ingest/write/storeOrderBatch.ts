import { uuidv7, type OrderUpsertArgs } from '../../../core';
import type { OrderUpsertPayload } from '../../../core/ingest';
import type { HubContext } from '../../HubContext';
import { commitMutation } from '../../write/commitMutation';
import type { Transacted } from '../../write/WriteLane';
import { emitIngested, type IngestedEvent } from '../ingestEvents';
import type { BatchOutcome } from './BatchOutcome';
import { CustomerRefs } from './CustomerRefs';
import { findOrdersByNumber } from './findOrdersByNumber';
import { ingestActor } from './ingestActor';

export interface StoredOrder {
  orderId: string;
  created: boolean;
}

/**
 * Stores an orders delivery as ONE core mutation `order.upsert` (system:ingest, one audit entry)
 * in one write-lane transaction: known orders and the customers named are read in a few IN
 * queries, each item is resolved in memory in feed order (a number or a new account seen earlier
 * in the delivery is found again), and an item naming a customer that does not exist fails alone,
 * by index, before anything is written. Listeners hear about the orders once they have committed.
 */
export async function storeOrderBatch(ctx: HubContext, items: readonly { index: number; value: OrderUpsertPayload }[]): Promise<BatchOutcome<StoredOrder>> {
  const done = await ctx.lane.transact(async (tx): Promise<Transacted<{ outcome: BatchOutcome<StoredOrder>; events: IngestedEvent[] }>> => {
    const now = ctx.now();
    const known = await findOrdersByNumber(tx, items.map((i) => i.value.number));
    const refs = await CustomerRefs.load(tx, items.map((i) => i.value.customer), now);
    const outcome: BatchOutcome<StoredOrder> = { stored: [], failed: [] };
    const ids = new Map([...known].map(([number, o]) => [number, o.id]));
    const orders: OrderUpsertArgs['orders'] = [];
    for (const { index, value: p } of items) {
      const customer = refs.resolve(p.customer);
      if ('reason' in customer) {
        outcome.failed.push({ index, reason: customer.reason });
        continue;
      }
      const existing = ids.get(p.number);
      const orderId = existing ?? uuidv7(now);
      ids.set(p.number, orderId);
      const { customer: _named, ...fields } = p;
      orders.push({ ...fields, orderId, customerId: customer.customerId });
      outcome.stored.push({ index, orderId, created: existing === undefined });
    }
    if (orders.length === 0) return { value: { outcome, events: [] }, batches: [] };
    const args: OrderUpsertArgs = { orders, newCustomers: refs.newCustomers };
    const audit = { action: 'order.upsert', entity: 'orders', entityId: orders[0]!.orderId, detail: { stored: outcome.stored.length, failed: outcome.failed.length } };
    const committed = await commitMutation(tx, { name: 'order.upsert', args }, ingestActor, now, { audit });
    await refs.save(tx);
    const events = outcome.stored.map((s): IngestedEvent => ({ kind: 'order', orderId: s.orderId, at: now }));
    return { value: { outcome, events }, batches: committed.batches };
  });
  await emitIngested(ctx, done.events);
  return done.outcome;
}
