import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../src/core';
import { storeInboundMessage } from '../../../../src/hub/ingest/write/storeInboundMessage';
import { H, startRulesHarness, type RulesHarness } from './rulesHarness';

// A real hub store (PGlite), write lane and rules engine; the customer's answer comes in through ingest.
let h: RulesHarness;
beforeAll(async () => {
  h = await startRulesHarness({});
});
afterAll(async () => {
  await h.close();
});

/** The customer answers by email, threaded onto the ticket by the Message-ID it replies to. */
async function customerAnswers(email: string | null, inReplyTo: string) {
  const stored = await storeInboundMessage(h.ctx, {
    channel: 'email',
    externalId: `<${uuidv7(h.now())}@customer.example>`,
    replyTo: [inReplyTo],
    ticketNumber: null,
    threadKey: null,
    sender: { name: null, email, phone: null, handle: null },
    subject: 'Re: Pallet 3 of 5 missing',
    body: 'Still nothing here. When will it come?',
    htmlBody: null,
    attachments: [],
    direction: 'inbound',
  });
  await h.engine.idle();
  return stored;
}

async function agentReplies(ticketId: string) {
  const result = await h.mutate('message.send', { id: uuidv7(h.now()), ticketId, kind: 'reply', body: 'We are on it; the carrier has it.' });
  expect(result.status).toBe('applied');
  await h.engine.idle();
}

const breachesOf = async (ticketId: string) => (await h.audit('sla.breached')).filter((a) => a.entityId === ticketId).map((a) => a.detail);

describe('rules engine: the next-reply SLA clock', () => {
  it('an ingested customer answer after an agent reply sets the next-reply due time; the next agent reply clears it', async () => {
    const t = await h.openTicket('high');
    const threadId = `<thread-${t.id}@customer.example>`;
    await h.inbound(t.id, threadId);
    h.advance(H);
    await agentReplies(t.id);
    expect(await h.ticket(t.id)).toMatchObject({ firstRespondedAt: h.now(), nextResponseDueAt: null });

    h.advance(H);
    const answeredAt = h.now();
    const stored = await customerAnswers(t.customer.email, threadId);
    expect(stored).toMatchObject({ ticketId: t.id, createdTicket: false });
    // High priority, no policy: the next reply is due as fast as the first (4 h, around the clock).
    expect(await h.ticket(t.id)).toMatchObject({ nextResponseSince: answeredAt, nextResponseDueAt: answeredAt + 4 * H, slaAtRiskAt: answeredAt + 3 * H + 1 });

    h.advance(H);
    await agentReplies(t.id);
    expect(await h.ticket(t.id)).toMatchObject({ nextResponseSince: null, nextResponseDueAt: null });
    expect(await breachesOf(t.id)).toEqual([]);
  });

  it('a next reply missed is a breach once: seen overdue by the sweep, or answered late between sweeps', async () => {
    const t = await h.openTicket('high');
    const threadId = `<thread-${t.id}@customer.example>`;
    await h.inbound(t.id, threadId);
    await agentReplies(t.id);

    h.advance(H);
    const firstWait = h.now();
    await customerAnswers(t.customer.email, threadId);
    h.advance(5 * H);
    await h.engine.sweep();
    await agentReplies(t.id);
    expect(await breachesOf(t.id)).toEqual([{ kind: 'next_response', dueAt: firstWait + 4 * H, since: firstWait }]);

    // The second wait: answered 6 h later with no sweep in between; the SLA sync records it.
    h.advance(H);
    const secondWait = h.now();
    await customerAnswers(t.customer.email, threadId);
    h.advance(6 * H);
    await agentReplies(t.id);
    await h.engine.sweep();
    expect(await breachesOf(t.id)).toEqual([
      { kind: 'next_response', dueAt: firstWait + 4 * H, since: firstWait },
      { kind: 'next_response', dueAt: secondWait + 4 * H, since: secondWait },
    ]);
  });
});
