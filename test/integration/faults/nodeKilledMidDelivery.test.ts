import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHub } from '../../../src/hub/startHub';
import { freshPgDatabase } from '../../fixtures/desktop/freshPgDatabase';
import { waitFor } from '../../fixtures/desktop/waitFor';
import { killChildHubs, startChildHub, type ChildHub } from '../../fixtures/faults/childHub';
import { postgresSkipReason } from '../../fixtures/hub/postgresSkipReason';
import { TEST_WEBHOOK_SECRET } from '../../fixtures/ingest/startIngestHub';
import { webhookClient } from '../../fixtures/ingest/webhookClient';
import { startJobsNode } from '../../fixtures/jobs/startJobsNode';

const SHIPMENTS = 10;
// The most one batch may carry (validateBatch): seconds of writing, long enough to be killed inside.
const EVENTS = 1000;
const ROUNDS = 3;
const env = { RELAY_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET };
const skipReason = postgresSkipReason();
if (skipReason) console.info(`[faults] node killed mid delivery skipped: ${skipReason}`);

/**
 * Fault: hub node A (its own process) is SIGKILLed while it runs a large tracking delivery it
 * claimed from the shared queue on PostgreSQL. Node B, on the same database, takes the job over
 * once A's heartbeat lapses. Checked: the delivery ends `done`, every event is stored exactly once,
 * and the job was run a second time (the takeover, not a lucky finish before the kill).
 */
describe.skipIf(skipReason !== null)('fault: hub node killed while running a delivery job', () => {
  let db: { url: string; drop(): Promise<void> };
  let sql: postgres.Sql;
  let a: ChildHub | null = null;
  let b: RunningHub | null = null;

  beforeAll(async () => {
    db = await freshPgDatabase(process.env.DATABASE_URL ?? '', 'relay_kill_job');
    sql = postgres(db.url, { max: 1, onnotice: () => {} });
  }, 60_000);
  afterAll(async () => {
    await killChildHubs();
    await b?.close();
    await sql?.end();
    await db?.drop();
  });

  it('another node finishes the delivery; every event is stored once', async () => {
    const run = Date.now().toString(36);
    const tracking = (i: number) => `KILL-${run}-${i % SHIPMENTS}`;
    let interrupted: { deliveryId: string; events: number } | null = null;
    for (let round = 0; round < ROUNDS && !interrupted; round++) {
      a = await startChildHub({ databaseUrl: db.url, seed: null, redisUrl: null, env });
      const client = webhookClient(a.url, TEST_WEBHOOK_SECRET);
      if (round === 0) {
        const shipments = Array.from({ length: SHIPMENTS }, (_, i) => ({ carrier: 'KILC', trackingNumber: tracking(i), mode: 'parcel', customer: { accountNumber: `ACC-${run}`, name: 'Kill Ltd' } }));
        await client.deliver('shipments', JSON.stringify(shipments));
      }
      const base = Date.parse('2026-11-20T00:00:00Z') + round * EVENTS * 60_000;
      const events = Array.from({ length: EVENTS }, (_, i) => ({ carrier: 'KILC', trackingNumber: tracking(i), code: 'X6', status: 'in_transit', occurredAt: new Date(base + i * 60_000).toISOString() }));
      const answer = await client.post('tracking', JSON.stringify(events));
      expect(answer.status).toBe(202);
      // Kill the moment A has claimed the job (its rows are being written).
      const state = await waitFor(
        'node A to claim the delivery job',
        async () => {
          const [job] = await sql<{ state: string }[]>`select state from relay_jobs.job where name = 'ingest-delivery' and data->>'deliveryId' = ${answer.deliveryId}`;
          return job && job.state !== 'created' ? job.state : undefined;
        },
        60_000,
        5,
      );
      await a.kill();
      a = null;
      const [delivery] = await sql<{ status: string }[]>`select status from webhook_deliveries where delivery_id = ${answer.deliveryId}`;
      console.info(`[faults] round ${round}: node A SIGKILLed with its job ${state}, delivery ${delivery?.status}`);
      if (state === 'active' && delivery?.status === 'queued') interrupted = { deliveryId: answer.deliveryId, events: EVENTS };
    }
    expect(interrupted, 'a kill interrupted a claimed delivery').not.toBeNull();

    b = await startJobsNode({ databaseUrl: db.url });
    const client = webhookClient(b.url, TEST_WEBHOOK_SECRET);
    const settled = await waitFor(
      'node B to finish the delivery',
      async () => {
        const s = await client.status('tracking', interrupted!.deliveryId);
        return s && s.status !== 'queued' ? s : undefined;
      },
      240_000,
      200,
    );
    expect(settled.status).toBe('done');
    expect(settled.result.failed ?? []).toEqual([]);
    const [job] = await sql<{ retry_count: number; state: string }[]>`select retry_count, state from relay_jobs.job where data->>'deliveryId' = ${interrupted!.deliveryId}`;
    expect(job).toMatchObject({ state: 'completed' });
    expect(job!.retry_count).toBeGreaterThan(0);
    const [counts] = await sql<{ rows: number; distinct: number }[]>`
      select count(*)::int as rows, count(distinct (shipment_id, raw_code, occurred_at))::int as distinct
      from tracking_events where carrier = 'KILC'`;
    expect(counts?.rows).toBe(counts?.distinct);
    expect(counts!.rows).toBeGreaterThanOrEqual(EVENTS);
  }, 600_000);
});
