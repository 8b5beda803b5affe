import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenSigner } from '../../../../src/hub/auth/TokenSigner';
import type { HubContext } from '../../../../src/hub/HubContext';
import { createIngestHandlers } from '../../../../src/hub/ingest/createIngestHandlers';
import { DeliveryLog } from '../../../../src/hub/ingest/DeliveryLog';
import { hubIngestWriters } from '../../../../src/hub/ingest/hubIngestWriters';
import type { IngestHandler } from '../../../../src/hub/ingest/IngestHandler';
import type { IngestOptions } from '../../../../src/hub/ingest/IngestOptions';
import { registerIngestRoutes } from '../../../../src/hub/ingest/registerIngestRoutes';
import type { WebhookSource } from '../../../../src/hub/ingest/webhookSources';
import { HubJobs } from '../../../../src/hub/jobs/HubJobs';
import { openStore, type HubStore } from '../../../../src/hub/store/openStore';
import { WriteLane } from '../../../../src/hub/write/WriteLane';
import { HUB_START_TIMEOUT_MS, SLOW_TEST_TIMEOUT_MS } from '../../../fixtures/ingest/startIngestHub';
import { webhookClient } from '../../../fixtures/ingest/webhookClient';

const SECRET = 'prepared-once-secret';
const order = (number: string) => JSON.stringify({ number, customer: { accountNumber: 'ACC-P', name: 'Prep Ltd' }, status: 'confirmed', currency: 'EUR', lines: [] });

/** The real handlers, counting how often each delivery is validated. */
function counted(handlers: Record<WebhookSource, IngestHandler>, prepares: Map<string, number>): Record<WebhookSource, IngestHandler> {
  const entries = Object.entries(handlers).map(([source, h]): [string, IngestHandler] => [
    source,
    {
      contentTypes: h.contentTypes,
      prepare(body, deliveryId) {
        prepares.set(deliveryId, (prepares.get(deliveryId) ?? 0) + 1);
        return h.prepare(body, deliveryId);
      },
    },
  ]);
  return Object.fromEntries(entries) as Record<WebhookSource, IngestHandler>;
}

/** A delivery's `prepare` (parse and validate the body) runs once, whether the answering node or a later start runs its job. */
describe('ingest: a delivery is prepared once', { timeout: SLOW_TEST_TIMEOUT_MS }, () => {
  let store: HubStore;
  let app: FastifyInstance;
  let jobs: HubJobs;
  const prepares = new Map<string, number>();

  beforeAll(async () => {
    store = await openStore({ kind: 'pglite', dataDir: ':memory:' });
    // Accepted before a restart (or by another node): only its stored body is left to prepare from.
    await new DeliveryLog(store.db).record('orders', 'from-before', Date.now() - 60_000, { deliveryId: 'from-before', accepted: 1, rejected: [] }, Buffer.from(order('SO-P0')));
    app = Fastify({ logger: { level: 'fatal' } });
    const ctx: HubContext = { db: store.db, lane: new WriteLane(store.db, () => {}), tokens: new TokenSigner('prepared-once-token-secret'), now: () => Date.now(), log: app.log };
    const options: IngestOptions = { secrets: { default: SECRET }, maxAttachmentBytes: 1024, bodyLimitBytes: 1024 * 1024 };
    const writers = hubIngestWriters(ctx);
    jobs = await HubJobs.start(store.jobs, app.log);
    registerIngestRoutes(app, ctx, jobs, options, writers, counted(createIngestHandlers(writers, options), prepares));
    await app.listen({ host: '127.0.0.1', port: 0 });
  }, HUB_START_TIMEOUT_MS);
  afterAll(async () => {
    await app?.close();
    await jobs?.stop();
    await store?.close();
  });

  it('runs the job of a delivery this node answered with the work prepared for the answer, and prepares a left-over one from its body', async () => {
    const client = webhookClient(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}`, SECRET);
    const answered = await client.post('orders', order('SO-P1'));
    expect(answered.status).toBe(202);
    expect(await client.settled('orders', answered.deliveryId)).toMatchObject({ status: 'done', result: { stored: [{ index: 0, created: true }] } });
    expect(await client.settled('orders', 'from-before')).toMatchObject({ status: 'done', result: { stored: [{ index: 0, created: true }] } });
    expect(prepares.get(answered.deliveryId)).toBe(1);
    expect(prepares.get('from-before')).toBe(1);
  });
});
