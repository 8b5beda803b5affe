import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHub } from '../../../../src/hub/startHub';
import { hubReader } from '../../../fixtures/ingest/hubReader';
import { HUB_START_TIMEOUT_MS, SLOW_TEST_TIMEOUT_MS, startIngestHub, TEST_WEBHOOK_SECRET } from '../../../fixtures/ingest/startIngestHub';
import { webhookClient } from '../../../fixtures/ingest/webhookClient';

const chat = (messageId: string, text = 'Hi, where is my parcel JD0001?') =>
  JSON.stringify({ messageId, conversationId: `conv-${messageId}`, sentAt: Date.now(), visitor: { name: 'Wei Chen', email: 'wei.chen@example.org' }, text });

describe('ingest webhooks: authentication, dedupe, validation', { timeout: SLOW_TEST_TIMEOUT_MS }, () => {
  let hub: RunningHub;
  let client: ReturnType<typeof webhookClient>;

  beforeAll(async () => {
    hub = await startIngestHub();
    client = webhookClient(hub.url, TEST_WEBHOOK_SECRET);
  }, HUB_START_TIMEOUT_MS);
  afterAll(async () => {
    await hub?.close();
  });

  it('refuses missing, wrong and expired signatures with 401 and the reason', async () => {
    const missing = await client.post('chat', chat('a1'), { signature: null });
    expect(missing.status).toBe(401);
    expect(missing.body).toMatchObject({ error: { code: 'unauthorized', message: expect.stringMatching(/missing x-relay-signature/) } });

    const wrong = await client.post('chat', chat('a2'), { secret: 'not-the-secret' });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ error: { message: expect.stringMatching(/does not match/) } });

    const expired = await client.post('chat', chat('a3'), { timestamp: Math.floor(Date.now() / 1000) - 301 });
    expect(expired.status).toBe(401);
    expect(expired.body).toMatchObject({ error: { message: expect.stringMatching(/±300 s/) } });

    // The X12 source has its own secret: the default one does not open it.
    const x12 = await client.post('x12', 'ISA', { contentType: 'application/edi-x12' });
    expect(x12.status).toBe(401);
    // Refused deliveries leave no record.
    expect(await client.status('chat', missing.deliveryId)).toBeNull();
  });

  it('answers 400 with the parser reason for malformed JSON, 415 for a wrong content type, 404 for an unknown source', async () => {
    const malformed = await client.post('chat', '{"messageId": "x",');
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ error: { code: 'invalid_request', message: expect.stringMatching(/not valid JSON/) } });

    const invalid = await client.post('sms', JSON.stringify({ messageId: 's', from: 'nope', to: '+15550100', body: '', receivedAt: 'x' }));
    expect(invalid.status).toBe(400);
    expect(String((invalid.body.error as { message: string }).message)).toMatch(/from: .*body: .*receivedAt/);

    const wrongType = await client.post('chat', chat('b1'), { contentType: 'text/plain' });
    expect(wrongType.status).toBe(415);
    expect(wrongType.body).toMatchObject({ error: { message: expect.stringMatching(/takes application\/json/) } });

    const unknown = await client.post('fax', chat('b2'));
    expect(unknown.status).toBe(404);
  });

  it('answers 202 at once, processes in the background, and processes a repeated delivery id once', async () => {
    const first = await client.post('chat', chat('dup-1', 'Parcel JD0002 is late'), { deliveryId: 'delivery-dup-1' });
    expect(first.status).toBe(202);
    expect(first.body).toEqual({ deliveryId: 'delivery-dup-1', accepted: 1 });
    const again = await client.post('chat', chat('dup-1', 'Parcel JD0002 is late'), { deliveryId: 'delivery-dup-1' });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ duplicate: true, deliveryId: 'delivery-dup-1' });

    const done = await client.settled('chat', 'delivery-dup-1');
    expect(done).toMatchObject({ status: 'done', result: { createdTicket: true, duplicate: false, threadedBy: 'new' } });
    const third = await client.post('chat', chat('dup-1', 'Parcel JD0002 is late'), { deliveryId: 'delivery-dup-1' });
    expect(third.body).toMatchObject({ duplicate: true, status: 'done', result: { messageId: done.result.messageId } });

    const reader = await hubReader(hub);
    try {
      const messages = await reader.teamRows('messages');
      expect(messages.filter((m) => m.externalId === 'chat:dup-1')).toHaveLength(1);
      // The same provider message under a new delivery id is recognised by its external id.
      const redelivered = await client.deliver('chat', chat('dup-1', 'Parcel JD0002 is late'));
      expect(redelivered).toMatchObject({ duplicate: true, messageId: done.result.messageId });
      expect((await reader.teamRows('messages')).filter((m) => m.externalId === 'chat:dup-1')).toHaveLength(1);
    } finally {
      reader.close();
    }
  });

  it('threads a chat conversation onto one ticket and files SMS, social and phone messages', async () => {
    const conversation = (messageId: string, text: string) =>
      JSON.stringify({ messageId, conversationId: 'conv-shared', sentAt: Date.now(), visitor: { id: 'visitor-77', name: 'Guest' }, text });
    const one = await client.deliver('chat', conversation('c-1', 'Hello?'));
    const two = await client.deliver('chat', conversation('c-2', 'Anyone there?'));
    expect(two).toMatchObject({ ticketId: one.ticketId, threadedBy: 'thread', createdTicket: false });

    const sms = await client.deliver('sms', JSON.stringify({ messageId: 'sms-1', from: '+1 555 010 7788', to: '+15550100000', body: 'Driver never came', receivedAt: Date.now() }));
    const smsAgain = await client.deliver('sms', JSON.stringify({ messageId: 'sms-2', from: '+15550107788', to: '+15550100000', body: 'Hello??', receivedAt: Date.now() }));
    expect(smsAgain).toMatchObject({ ticketId: sms.ticketId, threadedBy: 'open_ticket' });

    const social = await client.deliver('social', JSON.stringify({ messageId: 'tw-1', platform: 'x', author: { handle: '@late_again' }, text: '@relay my order is late', postedAt: new Date().toISOString() }));
    expect(social).toMatchObject({ createdTicket: true });
    const call = await client.deliver('phone', JSON.stringify({ callId: 'call-1', direction: 'inbound', customerNumber: '+15550107788', startedAt: Date.now(), durationSeconds: 61, outcome: 'answered', summary: 'Wants redelivery tomorrow' }));
    expect(call).toMatchObject({ createdTicket: true });

    const reader = await hubReader(hub);
    try {
      const messages = await reader.teamRows('messages');
      const callNote = messages.find((m) => m.externalId === 'call:call-1');
      expect(callNote).toMatchObject({ direction: 'note', channel: 'phone', deliveryStatus: 'received' });
      expect(String(callNote?.body)).toContain('Call from +15550107788 — answered, 1m 01s');
      const contacts = await reader.rows('tenant', 'contacts');
      expect(contacts.filter((c) => c.phone === '+15550107788')).toHaveLength(1);
    } finally {
      reader.close();
    }
  });
});
