import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenSigner } from '../../../../src/hub/auth/TokenSigner';
import type { HubContext } from '../../../../src/hub/HubContext';
import { DeliveryLog } from '../../../../src/hub/ingest/DeliveryLog';
import { webhookDeliveries } from '../../../../src/hub/ingest/ingestTables';
import { registerIngestRoutes } from '../../../../src/hub/ingest/registerIngestRoutes';
import { HubJobs } from '../../../../src/hub/jobs/HubJobs';
import { openStore, type HubStore } from '../../../../src/hub/store/openStore';
import { WriteLane } from '../../../../src/hub/write/WriteLane';
import { HUB_START_TIMEOUT_MS, SLOW_TEST_TIMEOUT_MS } from '../../../fixtures/ingest/startIngestHub';
import { webhookClient } from '../../../fixtures/ingest/webhookClient';

const SECRET = 'resume-secret';

/** A hub that stopped after accepting deliveries resumes them at its next start. */
describe('ingest: queued deliveries survive a restart', { timeout: SLOW_TEST_TIMEOUT_MS }, () => {
  let store: HubStore;
  let app: FastifyInstance;
  let jobs: HubJobs;

  beforeAll(async () => {
    store = await openStore({ kind: 'pglite', dataDir: ':memory:' });
    // What the previous run left: two deliveries accepted (202) but never processed.
    const log = new DeliveryLog(store.db);
    const order = { number: 'SO-R1', customer: { accountNumber: 'ACC-R', name: 'Resume Ltd' }, status: 'confirmed', currency: 'EUR', lines: [] };
    await log.record('orders', 'left-over-1', Date.now() - 60_000, { deliveryId: 'left-over-1', accepted: 1, rejected: [] }, Buffer.from(JSON.stringify(order)));
    await log.record('chat', 'left-over-2', Date.now() - 30_000, { deliveryId: 'left-over-2', accepted: 1 }, Buffer.from('{"broken":'));

    app = Fastify({ logger: { level: 'fatal' } });
    const ctx: HubContext = {
      db: store.db,
      lane: new WriteLane(store.db, () => {}),
      tokens: new TokenSigner('ingest-resume-test-token-secret'),
      now: () => Date.now(),
      log: app.log,
    };
    jobs = await HubJobs.start(store.jobs, app.log);
    registerIngestRoutes(app, ctx, jobs, { secrets: { default: SECRET }, maxAttachmentBytes: 1024, bodyLimitBytes: 1024 * 1024 });
    await app.listen({ host: '127.0.0.1', port: 0 });
  }, HUB_START_TIMEOUT_MS);
  afterAll(async () => {
    await app?.close();
    await jobs?.stop();
    await store?.close();
  });

  it('processes what was left queued, fails what no longer validates, and drops the kept bodies', async () => {
    const client = webhookClient(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}`, SECRET);
    const done = await client.settled('orders', 'left-over-1');
    expect(done).toMatchObject({ status: 'done', result: { accepted: 1, stored: [{ index: 0, created: true }] } });
    const failed = await client.settled('chat', 'left-over-2');
    expect(failed).toMatchObject({ status: 'failed', result: { error: expect.stringMatching(/not valid JSON/) } });
    const rows = await store.db.select({ payload: webhookDeliveries.payload }).from(webhookDeliveries).where(eq(webhookDeliveries.status, 'done'));
    expect(rows).toEqual([{ payload: null }]);
  });
});
