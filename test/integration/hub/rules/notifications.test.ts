import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SmtpEmailConnector } from '../../../../src/hub/outbound/SmtpEmailConnector';
import { startLocalSmtpServer } from '../outbound/localSmtpServer';
import { H, startRulesHarness, type RulesHarness } from './rulesHarness';

// One hub, one SMTP server and one "shipment delayed → email" automation for the file.
let h: RulesHarness;
let smtp: Awaited<ReturnType<typeof startLocalSmtpServer>>;
let automationId: string;
beforeAll(async () => {
  smtp = await startLocalSmtpServer();
  const email = new SmtpEmailConnector({ host: '127.0.0.1', port: smtp.port, requireTls: false, ignoreTls: true, from: 'support@relay.example', messageIdDomain: 'relay.example' });
  h = await startRulesHarness({ email });
  const macro = await h.macro('Hello {{customer.name}}, shipment {{shipment.trackingNumber}} for order {{order.number}} is late; new ETA {{shipment.eta}}. {{shipment.colour}}');
  automationId = (await h.automation('shipment.delayed', { macroId: macro.id, throttle: { perShipmentHours: 12, perCustomerPerDay: 2 } })).id;
});
afterAll(async () => {
  await h.close();
  await smtp.close();
});

const mailsTo = (address: string | null) => smtp.received.filter((m) => m.to.includes(address ?? ''));
const skips = async (reason: string) => (await h.audit('notification.skipped')).filter((a) => (a.detail as { reason?: string }).reason === reason);

describe('rules engine: proactive notifications', () => {
  it('a delayed shipment emails the customer once with the rendered macro, on a new ticket about the shipment', async () => {
    const customer = await h.customer({ name: 'Grace Hopper' });
    const shipment = await h.shipment(customer.id, { eta: h.now() + 72 * H });
    await h.scan(shipment.id, 'in_transit');
    await h.engine.idle();

    expect(mailsTo(customer.email)).toHaveLength(1);
    const mail = await simpleParser(mailsTo(customer.email)[0]!.raw);
    expect(mail.text).toContain(`Hello Grace Hopper, shipment ${shipment.trackingNumber} for order SO-`);
    expect(mail.text).toContain('new ETA November 26, 2026');
    // An unknown placeholder stays visible, and is reported in the audit entry.
    expect(mail.text).toContain('{{shipment.colour}}');

    const [ticket] = await h.ticketsOf(customer.id);
    expect(ticket).toMatchObject({ shipmentId: shipment.id, status: 'pending', channel: 'email' });
    const timeline = await h.messagesOf(ticket!.id);
    expect(timeline).toHaveLength(1);
    expect(timeline[0]).toMatchObject({ direction: 'outbound', authorId: null, deliveryStatus: 'sent' });
    const [exception] = await h.exceptionsOf(shipment.id);
    expect(exception).toMatchObject({ type: 'delay', ticketId: ticket!.id });
    const sent = (await h.audit('notification.sent')).find((a) => (a.detail as { ticketId?: string }).ticketId === ticket!.id);
    expect(sent?.detail).toMatchObject({ unknownPlaceholders: ['shipment.colour'], missingPlaceholders: [] });
    // Written by the one commit function as the core mutation notification.queue, named as system:rules.
    const queued = (await h.audit('notification.queue')).find((a) => (a.detail as { rows?: string[] }).rows?.includes(`tickets:${ticket!.id}`));
    expect(queued).toMatchObject({ actorId: null, detail: { actor: 'system:rules', mutation: 'notification.queue' } });

    // Re-detection (another scan, a sweep) does not notify again.
    h.advance(H);
    await h.scan(shipment.id, 'delayed');
    await h.engine.sweep();
    await h.engine.idle();
    expect(mailsTo(customer.email)).toHaveLength(1);
  });

  it('respects an opt-out: nothing is sent and the skip is audited', async () => {
    const customer = await h.customer({ preferences: { optIns: { email: false, sms: false, chat: false, social: false } } });
    const shipment = await h.shipment(customer.id, { eta: h.now() + 72 * H });
    const before = (await skips('opted_out')).length;
    await h.scan(shipment.id, 'in_transit');
    await h.engine.idle();
    expect(mailsTo(customer.email)).toHaveLength(0);
    expect((await skips('opted_out')).length).toBe(before + 1);
    expect(await h.ticketsOf(customer.id)).toEqual([]);
  });

  it('throttles per customer per day', async () => {
    const customer = await h.customer();
    for (let i = 0; i < 3; i++) {
      const shipment = await h.shipment(customer.id, { eta: h.now() + 72 * H });
      await h.scan(shipment.id, 'in_transit');
      await h.engine.idle();
    }
    expect(mailsTo(customer.email)).toHaveLength(2);
    expect((await skips('throttled_customer')).length).toBeGreaterThanOrEqual(1);
  });

  it('defers during quiet hours and sends when they end', async () => {
    // The harness clock is on the morning of 2026-11-23 (CET = UTC+1); quiet until 11:30 Berlin = 10:30 UTC.
    const customer = await h.customer({ preferences: { quietHours: { start: '08:00', end: '11:30', timeZone: 'Europe/Berlin' } } });
    const shipment = await h.shipment(customer.id, { eta: h.now() + 72 * H });
    const at = h.now();
    await h.scan(shipment.id, 'in_transit');
    await h.engine.idle();
    expect(mailsTo(customer.email)).toHaveLength(0);
    const deferred = (await h.audit('notification.deferred')).find((a) => a.entityId === automationId && a.at === at);
    const until = (deferred?.detail as { until: number }).until;
    expect(at).toBeLessThan(Date.UTC(2026, 10, 23, 10, 30));
    expect(new Date(until).toISOString()).toBe('2026-11-23T10:30:00.000Z');

    h.advance(until - h.now() - 60_000);
    await h.engine.sweep();
    await h.engine.idle();
    expect(mailsTo(customer.email)).toHaveLength(0);
    h.advance(60_000);
    await h.engine.sweep();
    await h.engine.idle();
    expect(mailsTo(customer.email)).toHaveLength(1);
  });
});
