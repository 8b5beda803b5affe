import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboundConnector, OutboundMessage } from '../../../../src/hub/outbound/OutboundMessage';
import { notifyCustomers } from '../../../../src/hub/rules/notifyCustomers';
import { runRulesWrite } from '../../../../src/hub/rules/runRulesWrite';
import { startRulesNodes, storeKinds, type RulesNodes } from './startRulesNodes';

describe.each(storeKinds)('deferred notifications live in the database (%s)', (kind) => {
  let h: RulesNodes;
  const sent: Array<{ node: string; message: OutboundMessage }> = [];
  const connector = (node: string): OutboundConnector => ({
    async send(message) {
      sent.push({ node, message });
      return { externalId: `<${message.messageId}@${node}.relay.example>` };
    },
  });

  beforeAll(async () => {
    h = await startRulesNodes(kind, [{ email: connector('node-1') }, { email: connector('node-2') }]);
    await h.macroAndAutomation('shipment.delayed', 'Hello {{customer.name}}, {{shipment.trackingNumber}} is running late.');
  }, 180_000);
  afterAll(async () => {
    await h?.close();
  });

  it('a deferral made before a restart is sent at its time, once, although both nodes sweep then', async () => {
    // 10:00 in Berlin; the customer's quiet hours end at 11:30 Berlin = 10:30 UTC.
    const customer = await h.customer({ quietHours: { start: '08:00', end: '11:30', timeZone: 'Europe/Berlin' } });
    const shipment = await h.lateShipment(0, customer.id);
    await h.idle();
    const [deferral, ...more] = await h.deferrals();
    expect(more).toEqual([]);
    expect(deferral).toMatchObject({ dueAt: Date.UTC(2026, 10, 23, 10, 30) });
    expect(deferral?.trigger).toMatchObject({ event: { trigger: 'shipment.delayed', shipmentId: shipment.id, customerId: customer.id } });
    expect(sent).toEqual([]);

    // The node that deferred it restarts: nothing about the deferral is left in its memory.
    await h.restart(0);
    h.advance(Date.UTC(2026, 10, 23, 10, 29) - h.now());
    await Promise.all(h.nodes.map((n) => n.engine.sweep()));
    await h.idle();
    expect(sent).toEqual([]);
    expect(await h.deferrals()).toHaveLength(1);

    h.advance(60_000);
    await Promise.all(h.nodes.map((n) => n.engine.sweep()));
    await h.idle();
    expect(sent.map((s) => s.message.to.email)).toEqual([customer.email]);
    expect(sent[0]?.message.body).toContain(shipment.trackingNumber);
    expect(await h.deferrals()).toEqual([]);
    expect((await h.audit('notification.sent')).filter((a) => (a.detail as { shipmentId?: string }).shipmentId === shipment.id)).toHaveLength(1);

    // Later sweeps on either node find nothing more to send.
    h.advance(60_000);
    await Promise.all(h.nodes.map((n) => n.engine.sweep()));
    await h.idle();
    expect(sent).toHaveLength(1);
  });

  it('the same trigger deferred twice is stored once', async () => {
    const customer = await h.customer({ quietHours: { start: '00:00', end: '23:59', timeZone: 'Europe/Berlin' } });
    const shipment = await h.lateShipment(1, customer.id);
    await h.idle();
    const mine = async () => (await h.deferrals()).filter((d) => (d.trigger as { event: { shipmentId: string } }).event.shipmentId === shipment.id);
    expect(await mine()).toHaveLength(1);
    // The same trigger decided again (e.g. a repeated delayed scan) is audited but not stored twice.
    const trigger = { event: { trigger: 'shipment.delayed' as const, shipmentId: shipment.id, customerId: customer.id, exceptionType: 'delay' as const }, exceptionId: null };
    const [deferral] = await mine();
    const again = { ...trigger, exceptionId: (deferral?.trigger as { exceptionId: string | null }).exceptionId };
    const node = h.nodes[0];
    await runRulesWrite(node.ctx, h.now(), (tx) => notifyCustomers(tx, [again], h.now(), null));
    expect(await mine()).toHaveLength(1);
    expect((await h.audit('notification.deferred')).filter((a) => (a.detail as { shipmentId?: string }).shipmentId === shipment.id)).toHaveLength(2);
  });
});
