import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../src/core';
import { SmtpEmailConnector } from '../../../../src/hub/outbound/SmtpEmailConnector';
import { startLocalSmtpServer } from '../outbound/localSmtpServer';
import { H, startRulesHarness, type RulesHarness } from './rulesHarness';

// One hub and one SMTP server per file (PGlite start-up is the slow part); each test has its own ticket.
let h: RulesHarness;
let smtp: Awaited<ReturnType<typeof startLocalSmtpServer>>;
beforeAll(async () => {
  smtp = await startLocalSmtpServer();
  const email = new SmtpEmailConnector({ host: '127.0.0.1', port: smtp.port, requireTls: false, ignoreTls: true, from: 'support@relay.example', messageIdDomain: 'relay.example' });
  h = await startRulesHarness({ email });
});
afterAll(async () => {
  await h.close();
  await smtp.close();
});


describe('rules engine: SLA clocks', () => {
  it('sets due times on creation; a pending pause pushes them later by its length', async () => {
    const t = await h.openTicket('high');
    expect(await h.ticket(t.id)).toMatchObject({ firstResponseDueAt: t.createdAt + 4 * H, resolutionDueAt: t.createdAt + 24 * H, slaPausedMs: 0 });

    h.advance(H);
    await h.mutate('ticket.update', { id: t.id, status: 'pending' });
    await h.engine.idle();
    expect((await h.ticket(t.id))?.slaPausedAt).toBe(h.now());

    h.advance(3 * H);
    await h.mutate('ticket.update', { id: t.id, status: 'open' });
    await h.engine.idle();
    expect(await h.ticket(t.id)).toMatchObject({
      slaPausedAt: null,
      slaPausedMs: 3 * H,
      firstResponseDueAt: t.createdAt + 7 * H,
      resolutionDueAt: t.createdAt + 27 * H,
    });
  });

  it('a priority change recomputes the due times', async () => {
    const t = await h.openTicket('normal');
    await h.mutate('ticket.update', { id: t.id, priority: 'urgent' });
    await h.engine.idle();
    expect(await h.ticket(t.id)).toMatchObject({ firstResponseDueAt: t.createdAt + H, resolutionDueAt: t.createdAt + 8 * H });
  });

  it('a missed first response is recorded as a breach event once', async () => {
    const t = await h.openTicket('high');
    h.advance(3 * H);
    await h.engine.sweep();
    const before = (await h.audit('sla.breached')).filter((a) => a.entityId === t.id);
    expect(before).toEqual([]);
    h.advance(2 * H);
    await h.engine.sweep();
    await h.engine.sweep();
    const breaches = (await h.audit('sla.breached')).filter((a) => a.entityId === t.id);
    expect(breaches.map((b) => b.detail)).toEqual([{ kind: 'first_response', dueAt: t.createdAt + 4 * H }]);
  });
});

describe('rules engine: agent replies go out by SMTP after commit', () => {
  it('delivers the reply threaded on the customer’s email, marks it sent and records the first response', async () => {
    const t = await h.openTicket('high');
    await h.inbound(t.id, '<cust-77@customer.example>');
    h.advance(H);
    const replyId = uuidv7(h.now());
    const sentBefore = smtp.received.length;
    const result = await h.mutate('message.send', { id: replyId, ticketId: t.id, kind: 'reply', body: 'We found pallet 3; it arrives tomorrow.' });
    expect(result.status).toBe('applied');
    await h.engine.idle();

    expect(smtp.received.length).toBe(sentBefore + 1);
    const raw = smtp.received.at(-1)!;
    expect(raw.to).toEqual([t.customer.email]);
    const mail = await simpleParser(raw.raw);
    const ticket = await h.ticket(t.id);
    expect(mail.subject).toBe(`Re: [#${ticket!.number}] Pallet 3 of 5 missing`);
    expect(mail.inReplyTo).toBe('<cust-77@customer.example>');
    expect(mail.text?.trim()).toBe('We found pallet 3; it arrives tomorrow.');

    const reply = (await h.messagesOf(t.id)).find((m) => m.id === replyId);
    expect(reply).toMatchObject({ deliveryStatus: 'sent', externalId: mail.messageId });
    expect(ticket?.firstRespondedAt).toBe(h.now());
  });

  it('an internal note is never sent', async () => {
    const t = await h.openTicket('normal');
    const sentBefore = smtp.received.length;
    await h.mutate('message.send', { id: uuidv7(h.now()), ticketId: t.id, kind: 'note', body: 'Called the depot.' });
    await h.engine.idle();
    expect(smtp.received.length).toBe(sentBefore);
    expect((await h.ticket(t.id))?.firstRespondedAt).toBeNull();
  });
});
