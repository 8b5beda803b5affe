import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamScope, uuidv7, type MessageRow } from '../../../../src/core';
import { deliveryStatusPath, registerDeliveryStatusRoute } from '../../../../src/hub/outbound/registerDeliveryStatusRoute';
import { signWebhookV1 } from '../../../../src/hub/ingest/signature/signWebhookV1';
import { signOutboundWebhook } from '../../../../src/hub/outbound/signOutboundWebhook';
import { startRulesHarness, type RulesHarness } from '../rules/rulesHarness';

const SECRET = 'delivery-callback-secret';
let h: RulesHarness;
let app: FastifyInstance;
let url: string;
let ticketId: string;

beforeAll(async () => {
  h = await startRulesHarness({});
  app = Fastify({ logger: false });
  registerDeliveryStatusRoute(app, h.ctx, SECRET);
  await app.listen({ host: '127.0.0.1', port: 0 });
  url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}${deliveryStatusPath}`;
  const customer = await h.customer({ phone: '+4940555' });
  ticketId = uuidv7(h.now());
  await h.mutate('ticket.create', {
    id: ticketId,
    subject: 'SMS thread',
    customerId: customer.id,
    teamId: h.team.id,
    channel: 'sms',
    firstMessage: { id: uuidv7(h.now()), direction: 'inbound', body: 'hi' },
  });
});
afterAll(async () => {
  await app.close();
  await h.close();
});

async function sentMessage(): Promise<MessageRow> {
  const row: MessageRow = {
    id: uuidv7(h.now()),
    ticketId,
    direction: 'outbound',
    channel: 'sms',
    authorId: h.agent.id,
    subject: null,
    body: 'On its way',
    htmlBody: null,
    attachments: [],
    externalId: 'prov-1',
    call: null,
    deliveryStatus: 'sent',
    createdAt: h.now(),
    cc: [], bcc: [], mentions: [],
  };
  await h.write([{ op: 'upsert', entity: 'messages', id: row.id, scope: teamScope(h.team.id), row }]);
  return row;
}

interface ReportOptions {
  secret?: string;
  skewSeconds?: number;
  deliveryId?: string;
  v1?: boolean;
}

async function report(payload: unknown, opts: ReportOptions = {}) {
  const body = JSON.stringify(payload);
  const ts = Math.floor(h.now() / 1000) + (opts.skewSeconds ?? 0);
  const deliveryId = opts.deliveryId ?? uuidv7();
  const signature = opts.v1 ? signWebhookV1(opts.secret ?? SECRET, ts, body) : signOutboundWebhook(opts.secret ?? SECRET, url, deliveryId, ts, body);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-relay-timestamp': String(ts), 'x-relay-delivery': deliveryId, 'x-relay-signature': signature },
    body,
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('provider delivery callbacks', () => {
  it('a signed "delivered" report moves the message to delivered, live in the team scope', async () => {
    const m = await sentMessage();
    expect(await report({ messageId: m.id, status: 'delivered' })).toEqual({ status: 200, json: { ok: true, deliveryStatus: 'delivered' } });
    expect((await h.messagesOf(ticketId)).find((x) => x.id === m.id)?.deliveryStatus).toBe('delivered');
    const liveRow = h.live.flatMap((b) => b.rows).filter((r) => r.id === m.id).at(-1);
    expect(liveRow?.row).toMatchObject({ deliveryStatus: 'delivered' });
  });

  it('a late "failed" after delivered is ignored', async () => {
    const m = await sentMessage();
    await report({ messageId: m.id, status: 'delivered' });
    expect((await report({ messageId: m.id, status: 'failed', reason: 'late' })).json).toEqual({ ok: true, deliveryStatus: 'delivered' });
  });

  it('"failed" records the provider’s reason', async () => {
    const m = await sentMessage();
    expect((await report({ messageId: m.id, status: 'failed', reason: 'handset unreachable' })).status).toBe(200);
    const audit = (await h.audit('message.delivery_failed')).find((a) => a.entityId === m.id);
    expect(audit?.detail).toEqual({ reason: 'handset unreachable' });
  });

  it('a report is accepted once: the same signed request sent again is refused as a replay', async () => {
    const m = await sentMessage();
    const first = await report({ messageId: m.id, status: 'failed', reason: 'first' }, { deliveryId: 'cb-replay-1' });
    expect(first.status).toBe(200);
    const replay = await report({ messageId: m.id, status: 'failed', reason: 'first' }, { deliveryId: 'cb-replay-1' });
    expect(replay).toMatchObject({ status: 409, json: { error: { code: 'conflict', message: expect.stringMatching(/already used/) } } });
  });

  const refusals: Array<[string, () => Promise<{ status: number; json: Record<string, unknown> }>, number, RegExp]> = [
    ['wrong secret', () => report({ messageId: uuidv7(), status: 'delivered' }, { secret: 'nope' }), 401, /signature/],
    ['stale timestamp', () => report({ messageId: uuidv7(), status: 'delivered' }, { skewSeconds: -301 }), 401, /timestamp/],
    ['a v1 signature (not accepted by default)', () => report({ messageId: uuidv7(), status: 'delivered' }, { v1: true }), 401, /v1 signatures are refused/],
    ['bad body', () => report({ messageId: 'x', status: 'read' }), 400, /messageId|status/],
    ['unknown message', () => report({ messageId: uuidv7(), status: 'delivered' }), 404, /No outbound message/],
  ];
  it.each(refusals)('refuses %s', async (_name, call, status, message) => {
    const answer = await call();
    expect(answer.status).toBe(status);
    expect(JSON.stringify(answer.json)).toMatch(message);
  });
});
