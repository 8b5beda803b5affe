import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHub } from '../../../../src/hub/startHub';
import { freshPgDatabase } from '../../../fixtures/desktop/freshPgDatabase';
import { postgresSkipReason } from '../../../fixtures/hub/postgresSkipReason';
import { HUB_START_TIMEOUT_MS, SLOW_TEST_TIMEOUT_MS, TEST_WEBHOOK_SECRET } from '../../../fixtures/ingest/startIngestHub';
import { webhookClient } from '../../../fixtures/ingest/webhookClient';
import { startJobsNode } from '../../../fixtures/jobs/startJobsNode';

const run = Date.now().toString(36);

/**
 * A burst of shipment upserts each followed at once by its tracking event, posted round-robin to
 * the given nodes without waiting: every tracking delivery must find its shipment (the logistics
 * feeds share one key_strict_fifo line, whichever node accepted or runs them).
 */
async function burst(nodes: RunningHub[], tag: string, pairs: number): Promise<void> {
  const clients = nodes.map((n) => webhookClient(n.url, TEST_WEBHOOK_SECRET));
  const tracking: { node: number; id: string }[] = [];
  for (let i = 0; i < pairs; i++) {
    const tn = `BRST-${run}-${tag}-${i}`;
    const shipment = await clients[(2 * i) % clients.length]!.post(
      'shipments',
      JSON.stringify({ carrier: 'BRST', trackingNumber: tn, mode: 'parcel', customer: { accountNumber: `ACC-${run}-${tag}`, name: `Burst ${tag}` } }),
    );
    expect(shipment.status).toBe(202);
    const node = (2 * i + 1) % clients.length;
    const event = await clients[node]!.post('tracking', JSON.stringify({ carrier: 'BRST', trackingNumber: tn, code: 'X1', status: 'in_transit', occurredAt: '2026-11-20T08:00:00Z' }));
    expect(event.status).toBe(202);
    tracking.push({ node, id: event.deliveryId });
  }
  for (const { node, id } of tracking) {
    const settled = await clients[node]!.settled('tracking', id);
    expect(settled.status, `tracking delivery ${id}`).toBe('done');
    expect(settled.result.failed ?? [], `tracking delivery ${id} found its shipment`).toEqual([]);
    expect(settled.result.stored).toHaveLength(1);
  }
}

describe('jobs on PGlite: one node works its own queue', { timeout: SLOW_TEST_TIMEOUT_MS }, () => {
  let hub: RunningHub;
  beforeAll(async () => {
    hub = await startJobsNode({ dataDir: ':memory:' });
  }, HUB_START_TIMEOUT_MS);
  afterAll(async () => {
    await hub?.close();
  });

  it('keeps shipments ahead of their tracking events under a burst', async () => {
    await burst([hub], 'pglite', 12);
    await hub.rules?.idle();
  });
});

const skipReason = postgresSkipReason();
if (skipReason) console.info(`[jobs] PostgreSQL suite skipped: ${skipReason}`);

/** Hub nodes sharing nothing but one PostgreSQL database: the queue lives in its relay_jobs schema. */
describe.skipIf(skipReason !== null)('jobs on PostgreSQL: hub nodes share one queue', { timeout: SLOW_TEST_TIMEOUT_MS }, () => {
  let db: { url: string; drop(): Promise<void> };
  let sql: postgres.Sql;
  const nodes: RunningHub[] = [];
  let a: RunningHub;
  let b: RunningHub;

  beforeAll(async () => {
    db = await freshPgDatabase(process.env.DATABASE_URL ?? '', 'relay_jobs');
    sql = postgres(db.url, { max: 1, onnotice: () => {} });
    // Started together: the queue schema is installed once (pg-boss locks its migration).
    [a, b] = await Promise.all([startJobsNode({ databaseUrl: db.url }), startJobsNode({ databaseUrl: db.url })]);
    nodes.push(a, b);
  }, HUB_START_TIMEOUT_MS);
  afterAll(async () => {
    for (const node of nodes) await node.close();
    await sql?.end();
    await db?.drop();
  });

  const exceptionsOf = async (trackingNumber: string) =>
    sql<{ type: string }[]>`select e.type from exceptions e join shipments s on s.id = e.shipment_id where s.tracking_number = ${trackingNumber}`;

  it('runs the rules reaction to node A’s commit on node B (A works deliveries, only B works reactions)', async () => {
    // Exceptions belong to a team; an unseeded hub has none yet.
    await sql`insert into teams (id, name, created_at) values (gen_random_uuid(), 'Ops', ${Date.now()})`;
    await b.jobs.offWork('ingest-delivery');
    await a.jobs.offWork('rules-reaction');
    const client = webhookClient(a.url, TEST_WEBHOOK_SECRET);
    const tn = `DMG-${run}`;
    await client.deliver('shipments', JSON.stringify({ carrier: 'DMGC', trackingNumber: tn, mode: 'parcel', customer: { accountNumber: `ACC-${run}-dmg`, name: 'Damage Ltd' } }));
    await client.deliver('tracking', JSON.stringify({ carrier: 'DMGC', trackingNumber: tn, code: 'A9', status: 'damaged', occurredAt: '2026-11-23T08:00:00Z' }));
    // Node A's idle waits for the shared queue: the reaction A queued ran on B.
    await a.rules?.idle();
    expect(await exceptionsOf(tn)).toEqual([{ type: 'damaged' }]);
    const [queued] = await sql<{ n: number }[]>`select count(*)::int as n from relay_jobs.job where name = 'rules-reaction' and state = 'completed'`;
    expect(queued?.n).toBeGreaterThan(0);
  });

  it('processes on another node a delivery node A accepted while its worker was stopped', async () => {
    await a.jobs.offWork('ingest-delivery');
    const client = webhookClient(a.url, TEST_WEBHOOK_SECRET);
    const answer = await client.post('orders', JSON.stringify({ number: `SO-${run}-1`, customer: { accountNumber: `ACC-${run}-o`, name: 'Orders Ltd' }, status: 'confirmed', currency: 'EUR', lines: [] }));
    expect(answer.status).toBe(202);
    // Nobody works deliveries now: the job waits in the database, the delivery stays queued.
    const [waiting] = await sql<{ state: string }[]>`select state from relay_jobs.job where name = 'ingest-delivery' and data->>'deliveryId' = ${answer.deliveryId}`;
    expect(waiting?.state).toBe('created');
    expect((await client.status('orders', answer.deliveryId))?.status).toBe('queued');
    // A third node joins and takes it.
    const c = await startJobsNode({ databaseUrl: db.url });
    nodes.push(c);
    const settled = await client.settled('orders', answer.deliveryId);
    expect(settled).toMatchObject({ status: 'done', result: { accepted: 1, stored: [{ index: 0, created: true }] } });
  });

  it('keeps per-feed order under a burst accepted by two nodes and run by a third', async () => {
    await burst([a, b], 'pg', 12);
    await a.rules?.idle();
  });
});
