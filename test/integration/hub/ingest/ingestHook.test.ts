import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenSigner } from '../../../../src/hub/auth/TokenSigner';
import type { HubContext } from '../../../../src/hub/HubContext';
import { onIngested, type IngestedEvent } from '../../../../src/hub/ingest/ingestEvents';
import { registerIngestRoutes, type IngestRuntime } from '../../../../src/hub/ingest/registerIngestRoutes';
import { HubJobs } from '../../../../src/hub/jobs/HubJobs';
import { openStore, type HubStore } from '../../../../src/hub/store/openStore';
import { WriteLane } from '../../../../src/hub/write/WriteLane';
import type { LiveChanges } from '../../../../src/core';
import { HUB_START_TIMEOUT_MS, SLOW_TEST_TIMEOUT_MS } from '../../../fixtures/ingest/startIngestHub';
import { webhookClient } from '../../../fixtures/ingest/webhookClient';

const SECRET = 'hook-secret';

/**
 * The ingest routes mounted on a bare Fastify + PGlite + write lane (no sync gateway): the
 * rules engine's hook, the live batches every write emits, and the queue draining on close.
 */
describe('ingest hook: onIngested and live batches', { timeout: SLOW_TEST_TIMEOUT_MS }, () => {
  let store: HubStore;
  let app: FastifyInstance;
  let ctx: HubContext;
  let runtime: IngestRuntime;
  let jobs: HubJobs;
  const live: LiveChanges[] = [];
  const heard: IngestedEvent[] = [];
  let client: ReturnType<typeof webhookClient>;

  beforeAll(async () => {
    store = await openStore({ kind: 'pglite', dataDir: ':memory:' });
    app = Fastify({ logger: { level: 'fatal' } });
    const lane = new WriteLane(store.db, (batches) => live.push(...batches));
    ctx = { db: store.db, lane, tokens: new TokenSigner('ingest-hook-test-token-secret'), now: () => Date.now(), log: app.log };
    jobs = await HubJobs.start(store.jobs, app.log);
    runtime = registerIngestRoutes(app, ctx, jobs, { secrets: { default: SECRET }, maxAttachmentBytes: 1024, bodyLimitBytes: 1024 * 1024 });
    onIngested(ctx, (event) => {
      heard.push(event);
    });
    // A failing listener is logged and must not fail the delivery or starve the others.
    onIngested(ctx, () => {
      throw new Error('listener bug');
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    client = webhookClient(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}`, SECRET);
  }, HUB_START_TIMEOUT_MS);
  afterAll(async () => {
    await app?.close();
    await jobs?.stop();
    await store?.close();
  });

  it('tells listeners after each stored order, shipment and tracking event, and emits live tenant batches', async () => {
    await client.deliver('orders', JSON.stringify({ number: 'SO-1', customer: { email: 'buyer@acme.example', name: 'Acme' }, status: 'confirmed', currency: 'USD', lines: [] }));
    await client.deliver('shipments', JSON.stringify({ carrier: 'UPS', trackingNumber: '1Z1', mode: 'parcel', orderNumber: 'SO-1', eta: '2026-11-25T12:00:00Z' }));
    const tracked = await client.deliver(
      'tracking',
      JSON.stringify({ carrier: 'UPS', trackingNumber: '1Z1', code: 'X', status: 'out_for_delivery', occurredAt: '2026-11-24T08:00:00Z', eta: '2026-11-24T15:00:00Z' }),
    );
    expect(heard.map((e) => e.kind)).toEqual(['order', 'shipment', 'tracking_event']);
    const stored = (tracked.stored as { shipmentId: string; trackingEventId: string }[])[0];
    expect(heard[2]).toMatchObject({ kind: 'tracking_event', shipmentId: stored?.shipmentId, trackingEventId: stored?.trackingEventId });

    const entities = live.flatMap((b) => b.rows.map((r) => `${b.scope}:${r.entity}`));
    expect(entities).toEqual(
      expect.arrayContaining(['tenant:customers', 'tenant:orders', 'tenant:shipments', 'tenant:tracking_events']),
    );
    const shipmentRow = live.flatMap((b) => b.rows).filter((r) => r.entity === 'shipments').at(-1)?.row;
    expect(shipmentRow).toMatchObject({ status: 'out_for_delivery', lastEventAt: Date.parse('2026-11-24T08:00:00Z'), eta: Date.parse('2026-11-24T15:00:00Z') });
    // Each batch chains onto the previous one in its scope (prev = the scope's head before it).
    const tenant = live.filter((b) => b.scope === 'tenant');
    for (let i = 1; i < tenant.length; i++) expect(tenant[i]?.prev).toBe(tenant[i - 1]?.rows.at(-1)?.seq);
  });

  it('fails a delivery whose processing throws, records why, and keeps serving', async () => {
    // An email needs a team for its new ticket; this bare store has none.
    const answer = await client.post('email', 'From: a@b.example\r\nSubject: hi\r\n\r\nbody\r\n', { contentType: 'message/rfc822' });
    expect(answer.status).toBe(202);
    const failed = await client.settled('email', answer.deliveryId);
    expect(failed).toMatchObject({ status: 'failed', result: { error: expect.stringMatching(/no team/) } });
    await runtime.idle();
    expect(await runtime.deliveries.find('email', answer.deliveryId)).toMatchObject({ status: 'failed' });
  });
});
