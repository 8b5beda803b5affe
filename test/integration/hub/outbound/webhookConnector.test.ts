import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { deliverMessage } from '../../../../src/hub/outbound/deliverMessage';
import type { OutboundMessage } from '../../../../src/hub/outbound/OutboundMessage';
import { verifyWebhookSignature } from '../../../../src/hub/ingest/signature/verifyWebhookSignature';
import { WebhookConnector } from '../../../../src/hub/outbound/WebhookConnector';

const SECRET = 'provider-shared-secret';
const noWait = { attempts: 3, baseDelayMs: 1, maxDelayMs: 1, sleep: async () => {} };
const message: OutboundMessage = {
  messageId: '0196b000-0000-7000-8000-0000000000cc',
  ticketId: '0196b000-0000-7000-8000-0000000000dd',
  ticketNumber: 7,
  channel: 'sms',
  subject: 'Delay',
  body: 'Your parcel arrives Friday.',
  to: { customerId: 'c', name: 'Ada', email: null, phone: '+4940555' },
  inReplyTo: null,
  references: [],
};

interface Seen {
  body: string;
  verified: boolean;
}

/** A provider on loopback that verifies our signature and answers per `answer(n)`. */
async function provider(answer: (n: number) => { status: number; body: string }) {
  const seen: Seen[] = [];
  const server: Server = createServer(async (req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    // The provider checks our v2 signature the way the hub checks incoming ones.
    const check = verifyWebhookSignature(
      SECRET,
      { timestamp: req.headers['x-relay-timestamp'] as string | undefined, signature: req.headers['x-relay-signature'] as string | undefined, deliveryId: req.headers['x-relay-delivery'] as string | undefined },
      Buffer.from(body),
      Date.now(),
      { method: req.method ?? '', path: req.url ?? '', acceptV1: false },
    );
    const verified = check.ok && check.version === 'v2' && check.deliveryId === message.messageId;
    seen.push({ body, verified });
    const reply = verified ? answer(seen.length) : { status: 401, body: 'bad signature' };
    res.writeHead(reply.status, { 'content-type': 'application/json' }).end(reply.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/send`;
  closers.push(() => new Promise<void>((r) => server.close(() => r())));
  return { url, seen };
}

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

describe('WebhookConnector against a real HTTP provider', () => {
  it('signs the body; the provider verifies it and its id becomes the external id', async () => {
    const p = await provider(() => ({ status: 202, body: '{"id":"prov-123"}' }));
    const outcome = await deliverMessage({ sms: new WebhookConnector({ url: p.url, secret: SECRET }) }, message, noWait);
    expect(outcome).toEqual({ status: 'sent', externalId: 'prov-123', attempts: 1 });
    expect(p.seen).toHaveLength(1);
    expect(p.seen[0]!.verified).toBe(true);
    expect(JSON.parse(p.seen[0]!.body)).toMatchObject({ messageId: message.messageId, channel: 'sms', body: message.body, to: { phone: '+4940555' } });
  });

  it('a wrong secret is refused by the provider and fails permanently', async () => {
    const p = await provider(() => ({ status: 200, body: '{}' }));
    const outcome = await deliverMessage({ sms: new WebhookConnector({ url: p.url, secret: 'wrong' }) }, message, noWait);
    expect(outcome).toMatchObject({ status: 'failed', attempts: 1 });
    if (outcome.status === 'failed') expect(outcome.reason).toMatch(/401.*bad signature/);
    expect(p.seen[0]!.verified).toBe(false);
  });

  it('retries 503 then succeeds; the signature verifies on every try', async () => {
    const p = await provider((n) => (n < 3 ? { status: 503, body: 'down' } : { status: 200, body: 'not json' }));
    const outcome = await deliverMessage({ chat: new WebhookConnector({ url: p.url, secret: SECRET }) }, { ...message, channel: 'chat' }, noWait);
    expect(outcome).toEqual({ status: 'sent', externalId: message.messageId, attempts: 3 });
    expect(p.seen.every((s) => s.verified)).toBe(true);
  });

  it('a 422 is permanent: no retry, reason kept', async () => {
    const p = await provider(() => ({ status: 422, body: '{"error":"invalid phone"}' }));
    const outcome = await deliverMessage({ sms: new WebhookConnector({ url: p.url, secret: SECRET }) }, message, noWait);
    expect(outcome).toMatchObject({ status: 'failed', attempts: 1 });
    if (outcome.status === 'failed') expect(outcome.reason).toContain('invalid phone');
  });

  it('an unreachable provider is transient and bounded', async () => {
    const p = await provider(() => ({ status: 200, body: '{}' }));
    await closers.pop()!();
    const outcome = await deliverMessage({ sms: new WebhookConnector({ url: p.url, secret: SECRET, timeoutMs: 2_000 }) }, message, noWait);
    expect(outcome).toMatchObject({ status: 'failed', attempts: 3 });
    if (outcome.status === 'failed') expect(outcome.reason).toMatch(/unreachable/);
  });
});
