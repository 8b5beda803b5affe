import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenSigner } from '../../../../src/hub/auth/TokenSigner';
import type { HubContext } from '../../../../src/hub/HubContext';
import { webhookSignaturesSeen } from '../../../../src/hub/ingest/ingestTables';
import { registerIngestRoutes } from '../../../../src/hub/ingest/registerIngestRoutes';
import { HubJobs } from '../../../../src/hub/jobs/HubJobs';
import { SeenSignatures } from '../../../../src/hub/ingest/signature/SeenSignatures';
import { signWebhookV1 } from '../../../../src/hub/ingest/signature/signWebhookV1';
import { signWebhookV2 } from '../../../../src/hub/ingest/signature/signWebhookV2';
import { openStore, type HubStore } from '../../../../src/hub/store/openStore';
import { WriteLane } from '../../../../src/hub/write/WriteLane';
import { freshPgDatabase } from '../../../fixtures/desktop/freshPgDatabase';
import { HUB_START_TIMEOUT_MS, SLOW_TEST_TIMEOUT_MS } from '../../../fixtures/ingest/startIngestHub';
import { webhookClient } from '../../../fixtures/ingest/webhookClient';

const SECRET = 'signature-test-secret';
let n = 0;
const order = () => JSON.stringify({ number: `SO-SIG-${++n}-${Date.now()}`, customer: { accountNumber: 'ACC-SIG', name: 'Signature Ltd' }, status: 'confirmed', currency: 'EUR', lines: [] });

const backends = [
  { name: 'PGlite', skip: null as string | null },
  { name: 'PostgreSQL', skip: process.env.DATABASE_URL ? null : 'DATABASE_URL is not set, so there is no PostgreSQL to share between the two nodes' },
];

for (const backend of backends) {
  if (backend.skip) console.info(`[ingest signatures] skipping the ${backend.name} run: ${backend.skip}`);

  /**
   * Two hub "nodes" on one database (the seen-signature table is what they share; on PostgreSQL
   * each has its own connection pool): one with the default settings (v2 only), one that still
   * accepts v1 senders.
   */
  describe.skipIf(backend.skip !== null)(`ingest signatures on ${backend.name}: v2 binds the delivery and the source, each signature is good once`, { timeout: SLOW_TEST_TIMEOUT_MS }, () => {
    let store: HubStore;
    let other: HubStore;
    let strict: FastifyInstance;
    let lenient: FastifyInstance;
    let dropDatabase = async (): Promise<void> => {};
    const nodeJobs: HubJobs[] = [];
    const urlOf = (app: FastifyInstance) => `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

    beforeAll(async () => {
      if (backend.name === 'PostgreSQL') {
        const db = await freshPgDatabase(process.env.DATABASE_URL ?? '', 'relay_signatures');
        dropDatabase = db.drop;
        store = await openStore({ kind: 'postgres', url: db.url });
        other = await openStore({ kind: 'postgres', url: db.url });
      } else {
        store = await openStore({ kind: 'pglite', dataDir: ':memory:' });
        other = store;
      }
      const node = async (nodeStore: HubStore, acceptV1: boolean) => {
        const app = Fastify({ logger: { level: 'fatal' } });
        const ctx: HubContext = { db: nodeStore.db, lane: new WriteLane(nodeStore.db, () => {}), tokens: new TokenSigner('signature-test-token-secret'), now: () => Date.now(), log: app.log };
        const jobs = await HubJobs.start(nodeStore.jobs, app.log);
        nodeJobs.push(jobs);
        registerIngestRoutes(app, ctx, jobs, { secrets: { default: SECRET }, maxAttachmentBytes: 1024, bodyLimitBytes: 1024 * 1024, acceptV1 });
        await app.listen({ host: '127.0.0.1', port: 0 });
        return app;
      };
      strict = await node(store, false);
      lenient = await node(other, true);
    }, HUB_START_TIMEOUT_MS);
    afterAll(async () => {
      await strict?.close();
      await lenient?.close();
      for (const jobs of nodeJobs) await jobs.stop();
      if (other !== store) await other?.close();
      await store?.close();
      await dropDatabase();
    });

    /** Sends exactly these bytes and headers: what an attacker who captured a request can do. */
    const send = async (base: string, path: string, headers: Record<string, string>, body: string) => {
      const res = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };

    it('a captured v2 request replayed under a new delivery id or to another source is refused; the same delivery again runs once', async () => {
      const body = order();
      const timestamp = String(Math.floor(Date.now() / 1000));
      const signature = signWebhookV2(SECRET, { method: 'POST', path: '/api/v1/ingest/orders', deliveryId: 'sig-v2-1', timestamp }, body);
      const captured = { 'x-relay-timestamp': timestamp, 'x-relay-delivery': 'sig-v2-1', 'x-relay-signature': signature };
      expect((await send(urlOf(strict), '/api/v1/ingest/orders', captured, body)).status).toBe(202);

      const renamed = await send(urlOf(strict), '/api/v1/ingest/orders', { ...captured, 'x-relay-delivery': 'sig-v2-2' }, body);
      expect(renamed.status).toBe(401);
      expect(renamed.body).toMatchObject({ error: { code: 'unauthorized', message: expect.stringMatching(/signature does not match/) } });
      const elsewhere = await send(urlOf(strict), '/api/v1/ingest/shipments', captured, body);
      expect(elsewhere.status).toBe(401);

      const again = await send(urlOf(lenient), '/api/v1/ingest/orders', captured, body);
      expect(again).toMatchObject({ status: 200, body: { duplicate: true, deliveryId: 'sig-v2-1' } });
      expect(await webhookClient(urlOf(strict), SECRET).status('orders', 'sig-v2-2')).toBeNull();
    });

    it('refuses v1 by default with the reason; a hub that accepts v1 still refuses its replay under a new delivery id, on any node', async () => {
      const client = webhookClient(urlOf(strict), SECRET);
      const refused = await client.post('orders', order(), { v1: true });
      expect(refused.status).toBe(401);
      expect(refused.body).toMatchObject({ error: { message: expect.stringMatching(/v1 signatures are refused by this hub.*RELAY_WEBHOOK_ACCEPT_V1=1/) } });

      const body = order();
      const timestamp = String(Math.floor(Date.now() / 1000));
      const v1 = signWebhookV1(SECRET, timestamp, body);
      const first = await send(urlOf(lenient), '/api/v1/ingest/orders', { 'x-relay-timestamp': timestamp, 'x-relay-delivery': 'sig-v1-1', 'x-relay-signature': v1 }, body);
      expect(first.status).toBe(202);
      // The v1 MAC does not cover the delivery id: only the seen-signature table stops this.
      const replay = await send(urlOf(lenient), '/api/v1/ingest/orders', { 'x-relay-timestamp': timestamp, 'x-relay-delivery': 'sig-v1-2', 'x-relay-signature': v1 }, body);
      expect(replay.status).toBe(409);
      expect(replay.body).toMatchObject({ error: { code: 'conflict', message: expect.stringMatching(/already used \(a replayed request\)/) } });
      const seen = await store.db.select().from(webhookSignaturesSeen);
      expect(seen.filter((row) => row.signature === v1)).toEqual([expect.objectContaining({ source: 'orders' })]);
    });

    it('a request refused for its content type does not use up its signature', async () => {
      const body = order();
      const timestamp = String(Math.floor(Date.now() / 1000));
      const headers = { 'x-relay-timestamp': timestamp, 'x-relay-delivery': 'sig-415', 'x-relay-signature': signWebhookV2(SECRET, { method: 'POST', path: '/api/v1/ingest/orders', deliveryId: 'sig-415', timestamp }, body) };
      const wrongType = await fetch(`${urlOf(strict)}/api/v1/ingest/orders`, { method: 'POST', headers: { ...headers, 'content-type': 'text/plain' }, body });
      expect(wrongType.status).toBe(415);
      expect((await send(urlOf(strict), '/api/v1/ingest/orders', headers, body)).status).toBe(202);
    });

    it('the delivery-status GET is signed over its path: one signature reads one delivery only', async () => {
      const client = webhookClient(urlOf(strict), SECRET);
      const posted = await client.post('orders', order());
      expect(posted.status).toBe(202);
      expect(await client.settled('orders', posted.deliveryId)).toMatchObject({ status: 'done' });

      const timestamp = String(Math.floor(Date.now() / 1000));
      const path = `/api/v1/ingest/orders/deliveries/${posted.deliveryId}`;
      const signature = signWebhookV2(SECRET, { method: 'GET', path, deliveryId: posted.deliveryId, timestamp }, '');
      const other = await fetch(`${urlOf(strict)}/api/v1/ingest/orders/deliveries/sig-v2-1`, { headers: { 'x-relay-timestamp': timestamp, 'x-relay-delivery': 'sig-v2-1', 'x-relay-signature': signature } });
      expect(other.status).toBe(401);
      const v1Status = await fetch(`${urlOf(strict)}${path}`, { headers: { 'x-relay-timestamp': timestamp, 'x-relay-delivery': posted.deliveryId, 'x-relay-signature': signWebhookV1(SECRET, timestamp, '') } });
      expect(v1Status.status).toBe(401);
    });

    it('prunes seen signatures that no clock check could accept any more', async () => {
      const seen = new SeenSignatures(store.db);
      const now = Date.now();
      expect(await seen.claim('v2=prune-old', 'orders', now - 11 * 60_000)).toBe(true);
      expect(await seen.claim('v2=prune-recent', 'orders', now - 9 * 60_000)).toBe(true);
      expect(await seen.claim('v2=prune-recent', 'orders', now)).toBe(false);
      // The other node sees the same table.
      expect(await new SeenSignatures(other.db).claim('v2=prune-recent', 'orders', now)).toBe(false);
      await seen.prune(now);
      const left = (await store.db.select().from(webhookSignaturesSeen)).map((row) => row.signature);
      expect(left).toContain('v2=prune-recent');
      expect(left).not.toContain('v2=prune-old');
    });
  });
}
