import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../src/core';
import { notifyCustomers } from '../../../../src/hub/rules/notifyCustomers';
import { commitRulesWork, runRulesWrite } from '../../../../src/hub/rules/runRulesWrite';
import type { ShipmentTrigger } from '../../../../src/hub/rules/ShipmentTrigger';
import { H, startRulesHarness, type RulesHarness } from './rulesHarness';

// No connectors: messages are queued then held, which is all this file looks at.
let h: RulesHarness;
beforeAll(async () => {
  h = await startRulesHarness({});
  const macro = await h.macro('Shipment {{shipment.trackingNumber}} is late.');
  await h.automation('shipment.delayed', { macroId: macro.id, throttle: { perShipmentHours: 12, perCustomerPerDay: 2 } });
});
afterAll(async () => {
  await h?.close();
});

/** A customer with two shipments on one order and a third on another, and the triggers that test every in-round dependency. */
async function scenario(): Promise<{ customerId: string; shipmentIds: string[]; triggers: ShipmentTrigger[] }> {
  const customer = await h.customer();
  const first = await h.shipment(customer.id);
  const sibling = await h.shipment(customer.id, { orderId: first.orderId });
  const other = await h.shipment(customer.id);
  await h.engine.idle();
  const delayed = (shipmentId: string): ShipmentTrigger => ({ event: { trigger: 'shipment.delayed', shipmentId, customerId: customer.id, exceptionType: 'delay' }, exceptionId: null });
  return {
    customerId: customer.id,
    shipmentIds: [first.id, sibling.id, other.id],
    // 1: opens a ticket; 2: same shipment, throttled; 3: same order, threads into 1's ticket; 4: third message today, throttled per customer.
    triggers: [delayed(first.id), delayed(first.id), delayed(sibling.id), delayed(other.id)],
  };
}

/** What the notifications left for one customer: tickets with their shipment and message count, skip reasons in order. */
async function outcome(customerId: string, shipmentIds: readonly string[]) {
  const tickets = await h.ticketsOf(customerId);
  const threads = await Promise.all(tickets.map(async (t) => ({ shipment: shipmentIds.indexOf(t.shipmentId ?? ''), status: t.status, messages: (await h.messagesOf(t.id)).length })));
  const skips = (await h.audit('notification.skipped'))
    .filter((a) => shipmentIds.includes((a.detail as { shipmentId: string }).shipmentId))
    .map((a) => (a.detail as { reason: string }).reason)
    .sort();
  const sent = (await h.audit('notification.sent')).filter((a) => shipmentIds.includes((a.detail as { shipmentId: string }).shipmentId)).length;
  return { threads, skips, sent };
}

describe('notifications decided together in one round', () => {
  it('leave what one-at-a-time runs leave: one ticket per order, throttles counting messages queued earlier in the round', async () => {
    const alone = await scenario();
    for (const trigger of alone.triggers) await runRulesWrite(h.ctx, h.now(), (tx) => notifyCustomers(tx, [trigger], h.now(), null));
    await h.engine.idle();
    h.advance(H);
    const together = await scenario();
    await runRulesWrite(h.ctx, h.now(), (tx) => notifyCustomers(tx, together.triggers, h.now(), null));
    await h.engine.idle();

    const expected = await outcome(alone.customerId, alone.shipmentIds);
    expect(expected).toEqual({ threads: [{ shipment: 0, status: 'pending', messages: 2 }], skips: ['throttled_customer', 'throttled_shipment'], sent: 2 });
    expect(await outcome(together.customerId, together.shipmentIds)).toEqual(expected);
  });

  it('a refused notification is skipped alone: the others of the round are queued, its "sent" audit entry is not written, the refusal is reported', async () => {
    const b = await scenario();
    const refusals: string[] = [];
    await h.ctx.lane.transact(async (tx) => {
      const work = await notifyCustomers(tx, [b.triggers[0]!], h.now(), null);
      const good = work.mutations![0]!;
      const args = good.args as { shipmentId: string; ticketId: string; messages: { id: string }[] };
      // The same notification about a shipment that does not exist: notification.queue refuses it (not_found).
      const ghost = { ...args, shipmentId: uuidv7(h.now()), ticketId: uuidv7(h.now()), messages: args.messages.map((m) => ({ ...m, id: uuidv7(h.now()) })) };
      const ghostAudit = { action: 'notification.sent', entity: 'automations', entityId: 'ghost', detail: { shipmentId: ghost.shipmentId } };
      work.mutations = [{ name: 'notification.queue', args: ghost, audit: [ghostAudit] }, good];
      return { value: null, batches: await commitRulesWork(tx, work, h.now(), (call, rejection) => refusals.push(`${call.name}: ${rejection.code}`)) };
    });
    await h.engine.idle();
    expect(refusals).toEqual(['notification.queue: not_found']);
    expect((await outcome(b.customerId, b.shipmentIds)).threads).toEqual([{ shipment: 0, status: 'pending', messages: 1 }]);
    expect((await h.audit('notification.sent')).filter((x) => x.entityId === 'ghost')).toEqual([]);
  });
});
