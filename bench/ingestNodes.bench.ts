import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { signWebhookV2 } from '../src/hub/ingest/signature/signWebhookV2';
import { startHub, type RunningHub } from '../src/hub/startHub';
import { benchDatabase } from './lib/benchDatabase';
import { figure, type BenchOutcome, type Figure } from './lib/Figure';
import { summarize, type LatencySummary } from './lib/stats';
import { nowMs } from './lib/timer';
import { waitFor } from './lib/waitFor';

const SECRET = 'whsec-relay-bench-nodes';
const BATCH = 100;
const SHIPMENTS = 50;
/** Two senders post at once, as fast as the hub answers: a sustained burst. */
const SENDERS = 2;
const statusMix = [
  { status: 'in_transit', code: 'X6' },
  { status: 'arrived_at_facility', code: 'X1' },
  { status: 'delayed', code: 'SD' },
  { status: 'in_transit', code: 'X6' },
  { status: 'damaged', code: 'A7' },
] as const;

async function post(hub: RunningHub, source: string, body: string): Promise<{ deliveryId: string; ms: number }> {
  const deliveryId = randomUUID();
  const path = `/api/v1/ingest/${source}`;
  const send = () => {
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = signWebhookV2(SECRET, { method: 'POST', path, deliveryId, timestamp }, body);
    return fetch(`${hub.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-relay-timestamp': String(timestamp), 'x-relay-delivery': deliveryId, 'x-relay-signature': signature },
      body,
    });
  };
  const start = nowMs();
  // A sender retries a dropped connection with the same delivery id (a kept-alive socket the server
  // closed just then); the hub answers 200 duplicate if the first attempt was recorded.
  const res = await send().catch(() => send());
  const ms = nowMs() - start;
  if (res.status !== 202 && res.status !== 200) throw new Error(`bench: ingest answered ${res.status}: ${await res.text()}`);
  return { deliveryId, ms };
}

async function status(hub: RunningHub, source: string, deliveryId: string): Promise<string> {
  const timestamp = Math.floor(Date.now() / 1000);
  const path = `/api/v1/ingest/${source}/deliveries/${deliveryId}`;
  const res = await fetch(`${hub.url}${path}`, {
    headers: { 'x-relay-timestamp': String(timestamp), 'x-relay-delivery': deliveryId, 'x-relay-signature': signWebhookV2(SECRET, { method: 'GET', path, deliveryId, timestamp }, '') },
  });
  if (res.status !== 200) return 'missing';
  return ((await res.json()) as { status: string }).status;
}

interface Run {
  eventsPerSecond: number;
  answers: LatencySummary;
  idleAnswerMs: number;
  seconds: number;
}

/**
 * `nodeCount` hubs on one store (rules on, no seed), SHIPMENTS shipments, then N tracking events in
 * signed batches of 100 posted by two senders round-robin over the nodes; timed until every delivery
 * is done and the rules (on every node) are idle. Every POST's answer time is kept.
 */
async function runNodes(store: { dataDir: string } | { databaseUrl: string }, nodeCount: number, n: number, addTeam: () => Promise<void>): Promise<Run> {
  process.env.RELAY_WEBHOOK_SECRET = SECRET;
  const nodes: RunningHub[] = [];
  try {
    for (let i = 0; i < nodeCount; i++) nodes.push(await startHub({ ...store, port: 0, seed: null, redisUrl: null, rules: { connectors: {}, sweepIntervalMs: 0 } }));
  } finally {
    delete process.env.RELAY_WEBHOOK_SECRET;
  }
  try {
    await addTeam();
    const run = Date.now().toString(36);
    const tracking = Array.from({ length: SHIPMENTS }, (_, i) => `NODES-${run}-${i}`);
    const first = nodes[0]!;
    const created = await post(first, 'shipments', JSON.stringify(tracking.map((tn) => ({ carrier: 'NODC', trackingNumber: tn, mode: 'parcel', customer: { accountNumber: `ACC-${run}`, name: 'Nodes Bench Ltd' } }))));
    await waitFor('the shipments', async () => (await status(first, 'shipments', created.deliveryId)) === 'done', { timeoutMs: 120_000, intervalMs: 20 });
    await Promise.all(nodes.map((node) => node.rules?.idle()));
    const idleAnswers: number[] = [];
    for (let i = 0; i < 5; i++) idleAnswers.push((await post(first, 'tracking', JSON.stringify([{ carrier: 'NODC', trackingNumber: tracking[0], code: 'X6', status: 'in_transit', occurredAt: new Date(Date.now() - 3_600_000 + i).toISOString() }]))).ms);
    await Promise.all(nodes.map((node) => node.rules?.idle()));

    const base = Date.now() - 3_000_000;
    const batches = Array.from({ length: Math.ceil(n / BATCH) }, (_, b) =>
      JSON.stringify(
        Array.from({ length: BATCH }, (_, j) => {
          const i = b * BATCH + j;
          const kind = statusMix[i % statusMix.length]!;
          return { carrier: 'NODC', trackingNumber: tracking[i % SHIPMENTS], code: kind.code, status: kind.status, occurredAt: new Date(base + i * 1000).toISOString() };
        }),
      ),
    );
    const start = nowMs();
    const answers: number[] = [];
    const sent: { node: RunningHub; id: string }[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: SENDERS }, async () => {
        for (let b = next++; b < batches.length; b = next++) {
          const node = nodes[b % nodes.length]!;
          const answer = await post(node, 'tracking', batches[b]!);
          answers.push(answer.ms);
          sent.push({ node, id: answer.deliveryId });
        }
      }),
    );
    for (const { node, id } of sent) await waitFor(`delivery ${id}`, async () => (await status(node, 'tracking', id)) === 'done', { timeoutMs: 900_000, intervalMs: 50 });
    for (const node of nodes) await node.rules?.idle();
    const seconds = (nowMs() - start) / 1000;
    return { eventsPerSecond: n / seconds, answers: summarize(answers), idleAnswerMs: summarize(idleAnswers).p50, seconds };
  } finally {
    for (const node of nodes) await node.close();
  }
}

function latencyFigures(engine: string, run: Run): Figure[] {
  return [
    figure({ bench: `webhook answer (${engine})`, measure: 'p50 during a sustained burst of 100-event batches', value: run.answers.p50, unit: 'ms', baseline: 'answer on an idle hub (p50 of 5)', baselineValue: run.idleAnswerMs }),
    figure({ bench: `webhook answer (${engine})`, measure: 'p99 during the same burst', value: run.answers.p99, unit: 'ms', baseline: 'target p99 ≤ 1 s', baselineValue: 1000 }),
  ];
}

/** Bench: ingest through the shared job queue — two hub nodes vs one on PostgreSQL; webhook answer latency under a burst on both engines. */
export async function benchIngestNodes(scale: number): Promise<BenchOutcome> {
  const n = Math.max(BATCH, Math.round(2000 * scale));
  const figures: Figure[] = [];
  const details: Record<string, unknown> = { events: n, batch: BATCH, senders: SENDERS };
  // PGlite: one process owns the folder, so one node; no team there (exceptions wait for one), so its
  // rules do less than on PostgreSQL: its figures are about answer latency only.
  const pglite = await runNodes({ dataDir: ':memory:' }, 1, n, async () => {});
  figures.push(...latencyFigures('PGlite', pglite));
  details.pglite = pglite;
  const one = await benchDatabase('nodes_one');
  const two = await benchDatabase('nodes_two');
  if ('skipped' in one || 'skipped' in two) {
    details.postgres = { skipped: 'skipped' in one ? one.skipped : 'second database refused' };
    return { figures, details };
  }
  try {
    const teamOn = (url: string) => async () => {
      const sql = postgres(url, { max: 1, onnotice: () => {} });
      await sql`insert into teams (id, name, created_at) values (gen_random_uuid(), 'Bench ops', ${Date.now()})`;
      await sql.end();
    };
    const single = await runNodes({ databaseUrl: one.url }, 1, n, teamOn(one.url));
    const pair = await runNodes({ databaseUrl: two.url }, 2, n, teamOn(two.url));
    figures.push(...latencyFigures('PostgreSQL', single));
    figures.push(
      figure({ bench: 'ingest, two hub nodes (PostgreSQL)', measure: `${n.toLocaleString('en')} tracking events, HTTP → every node's rules idle`, value: pair.eventsPerSecond, unit: 'ops/s', baseline: 'one node, same run', baselineValue: single.eventsPerSecond }),
    );
    details.postgres = { oneNode: single, twoNodes: pair };
  } finally {
    await one.drop();
    await two.drop();
  }
  return { figures, details };
}
