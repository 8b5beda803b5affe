import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { shipmentRowSchema, type ShipmentRow, type TrackingStatus } from '../src/core';
import { signWebhookV2 } from '../src/hub/ingest/signature/signWebhookV2';
import { startHub, type RunningHub } from '../src/hub/startHub';
import { openStore, type StoreTarget } from '../src/hub/store/openStore';
import { trackingEvents } from '../src/hub/store/schema';
import { MAYA } from './lib/benchHub';
import { benchDatabase } from './lib/benchDatabase';
import { figure, type BenchOutcome, type Figure } from './lib/Figure';
import { RawHubClient } from './lib/RawHubClient';
import { summarize } from './lib/stats';
import { nowMs } from './lib/timer';
import { waitFor } from './lib/waitFor';

const SECRET = 'whsec-relay-bench';
const BATCH = 100;
/** A carrier feed's mix: mostly progress scans, some that raise exceptions. */
const statusMix: Array<{ status: TrackingStatus; code: string }> = [
  { status: 'in_transit', code: 'X6' }, { status: 'arrived_at_facility', code: 'X1' }, { status: 'departed_facility', code: 'P1' },
  { status: 'in_transit', code: 'X6' }, { status: 'out_for_delivery', code: 'OD' }, { status: 'delayed', code: 'SD' },
  { status: 'in_transit', code: 'X6' }, { status: 'damaged', code: 'A7' }, { status: 'delivery_attempted', code: 'X4' }, { status: 'customs_hold', code: 'CH' },
];

async function readShipmentsAndExceptionCount(hubUrl: string): Promise<{ shipments: ShipmentRow[]; exceptions: number }> {
  const raw = await RawHubClient.connect(hubUrl, MAYA.email, MAYA.password);
  try {
    const shipments: ShipmentRow[] = [];
    let exceptions = 0;
    for (const scope of raw.hello.scopes) {
      for (const entity of ['shipments', 'exceptions'] as const) {
        let afterId: string | null = null;
        for (;;) {
          const page = await raw.snapshot(scope, entity, 1000, afterId);
          if (entity === 'shipments') shipments.push(...page.rows.map((r) => shipmentRowSchema.parse(r)));
          else exceptions += page.rows.length;
          const last = page.rows.at(-1);
          if (!page.hasMore || !last) break;
          afterId = String(last.id);
        }
      }
    }
    return { shipments, exceptions };
  } finally {
    raw.close();
  }
}

function eventPayloads(shipments: readonly ShipmentRow[], n: number) {
  const base = Date.now() - 2 * 60 * 60_000;
  return Array.from({ length: n }, (_, i) => {
    const shipment = shipments[i % shipments.length]!;
    const kind = statusMix[i % statusMix.length]!;
    return { carrier: shipment.carrier, trackingNumber: shipment.trackingNumber, code: kind.code, status: kind.status, occurredAt: new Date(base + i * 50).toISOString(), location: 'Rotterdam, NL' };
  });
}

async function postBatch(hub: RunningHub, items: unknown[]): Promise<string> {
  const deliveryId = randomUUID();
  const timestamp = Math.floor(Date.now() / 1000);
  const body = JSON.stringify(items);
  const path = '/api/v1/ingest/tracking';
  const signature = signWebhookV2(SECRET, { method: 'POST', path, deliveryId, timestamp }, body);
  const res = await fetch(`${hub.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-relay-timestamp': String(timestamp), 'x-relay-delivery': deliveryId, 'x-relay-signature': signature },
    body,
  });
  if (res.status !== 202) throw new Error(`bench: ingest answered ${res.status}: ${await res.text()}`);
  return deliveryId;
}

async function deliveryDone(hub: RunningHub, deliveryId: string): Promise<boolean> {
  const timestamp = Math.floor(Date.now() / 1000);
  const path = `/api/v1/ingest/tracking/deliveries/${deliveryId}`;
  const res = await fetch(`${hub.url}${path}`, {
    headers: { 'x-relay-timestamp': String(timestamp), 'x-relay-delivery': deliveryId, 'x-relay-signature': signWebhookV2(SECRET, { method: 'GET', path, deliveryId, timestamp }, '') },
  });
  if (res.status !== 200) return false;
  const status = ((await res.json()) as { status: string }).status;
  if (status === 'failed') throw new Error(`bench: delivery ${deliveryId} failed`);
  return status === 'done';
}

/** Raw multi-row INSERTs of `n` tracking events (FK checks off) in one transaction on a fresh store of the same engine. */
async function rawInsertRate(target: StoreTarget, shipments: readonly ShipmentRow[], n: number): Promise<number> {
  const store = await openStore(target);
  try {
    const rows = eventPayloads(shipments, n).map((p, i) => ({ id: randomUUID(), shipmentId: shipments[i % shipments.length]!.id, status: p.status, rawCode: p.code, rawReason: null, carrier: p.carrier, location: p.location, occurredAt: Date.parse(p.occurredAt), flagged: false, source: 'json' as const }));
    const start = nowMs();
    await store.db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL session_replication_role = replica`);
      for (let i = 0; i < rows.length; i += 500) await tx.insert(trackingEvents).values(rows.slice(i, i + 500));
    });
    return n / ((nowMs() - start) / 1000);
  } finally {
    await store.close();
  }
}

/** Deliveries in flight at once: a carrier or TMS pushing a backlog sends over a few connections, not one. */
const SENDERS = 4;

/** Signed POSTs of `payloads` in batches of BATCH, SENDERS at a time, each answer's latency kept. */
async function postAll(hub: RunningHub, payloads: readonly unknown[]): Promise<{ ids: string[]; answersMs: number[] }> {
  const batches: unknown[][] = [];
  for (let i = 0; i < payloads.length; i += BATCH) batches.push(payloads.slice(i, i + BATCH));
  const ids: string[] = new Array<string>(batches.length);
  const answersMs: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: SENDERS }, async () => {
      for (let i = next++; i < batches.length; i = next++) {
        const sent = nowMs();
        ids[i] = await postBatch(hub, batches[i]!);
        answersMs.push(nowMs() - sent);
      }
    }),
  );
  return { ids, answersMs };
}

/**
 * One engine: the demo hub with rules on, N events in signed batches of 100 (SENDERS in flight), until every
 * delivery is processed and the rules are idle (so the last exception is open). The answer
 * latency of every POST is kept and compared with the same hub's answer when idle.
 */
export async function ingestOn(engine: string, target: { dataDir: string } | { databaseUrl: string }, baselineTarget: StoreTarget | null, n: number): Promise<{ figures: Figure[]; details: Record<string, unknown> }> {
  process.env.RELAY_WEBHOOK_SECRET = SECRET;
  const hub = await startHub({ ...target, port: 0, seed: 'demo', redisUrl: null, rules: { connectors: {}, sweepIntervalMs: 0 } }).finally(() => delete process.env.RELAY_WEBHOOK_SECRET);
  try {
    const before = await readShipmentsAndExceptionCount(hub.url);
    // The idle answer: 20 one-event deliveries of a scan the hub already has (a repeat), each waited for.
    const idle = eventPayloads(before.shipments, 1);
    const idleMs: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      const sent = nowMs();
      const id = await postBatch(hub, idle);
      idleMs.push(nowMs() - sent);
      await waitFor(`delivery ${id}`, () => deliveryDone(hub, id), { intervalMs: 5, timeoutMs: 60_000 });
    }
    await hub.rules?.idle();
    const payloads = eventPayloads(before.shipments, n).map((p, i) => ({ ...p, occurredAt: new Date(Date.parse(p.occurredAt) + 1 + (i % 7)).toISOString() }));
    const start = nowMs();
    const { ids, answersMs } = await postAll(hub, payloads);
    const answeredMs = nowMs() - start;
    for (const id of ids) await waitFor(`delivery ${id}`, () => deliveryDone(hub, id), { intervalMs: 20, timeoutMs: 1_800_000 });
    await hub.rules?.idle();
    const totalMs = nowMs() - start;
    const after = await readShipmentsAndExceptionCount(hub.url);
    const answers = summarize(answersMs);
    const idleAnswer = summarize(idleMs);
    const label = `${n.toLocaleString('en')} tracking events`;
    const figures: Figure[] = [];
    if (baselineTarget) {
      const rawRate = await rawInsertRate(baselineTarget, before.shipments, n);
      figures.push(figure({ bench: `ingest (${engine})`, measure: `${label}, HMAC route → rules idle`, value: n / (totalMs / 1000), unit: 'ops/s', baseline: `raw INSERT of the same rows, 1 tx (${engine})`, baselineValue: rawRate }));
    } else {
      figures.push(figure({ bench: `ingest burst (${engine})`, measure: `${label}, first POST → last exception opened (rules idle)`, value: totalMs, unit: 'ms', baseline: 'target (issue #11)', baselineValue: 60_000 }));
    }
    figures.push(
      figure({ bench: `ingest (${engine})`, measure: `webhook answer during ${label}, p50`, value: answers.p50, unit: 'ms', baseline: 'same hub idle, p50', baselineValue: idleAnswer.p50 }),
      figure({ bench: `ingest (${engine})`, measure: `webhook answer during ${label}, p99`, value: answers.p99, unit: 'ms', baseline: 'same hub idle, p99', baselineValue: idleAnswer.p99 }),
    );
    return {
      figures,
      details: { events: n, batches: ids.length, totalMs, allAnsweredMs: answeredMs, answers, idleAnswer, exceptionsBefore: before.exceptions, exceptionsAfter: after.exceptions, shipments: before.shipments.length },
    };
  } finally {
    await hub.close();
  }
}

/**
 * Bench 5: tracking events through the signed ingest route into exceptions, on PGlite and
 * (when DATABASE_URL answers) PostgreSQL; then a 100,000 × scale burst on PostgreSQL.
 */
export async function benchIngest(scale: number): Promise<BenchOutcome> {
  const n = Math.max(BATCH, Math.round(20_000 * scale));
  const pglite = await ingestOn('PGlite', { dataDir: ':memory:' }, { kind: 'pglite', dataDir: ':memory:' }, n);
  const figures = [...pglite.figures];
  const details: Record<string, unknown> = { pglite: pglite.details };
  const db = await benchDatabase('ingest');
  if ('skipped' in db) {
    details.postgres = { skipped: db.skipped };
    console.log(`\n    ingest on PostgreSQL skipped: ${db.skipped}`);
    return { figures, details };
  }
  const baseline = await benchDatabase('ingest_raw');
  try {
    if ('skipped' in baseline) throw new Error(baseline.skipped);
    const pg = await ingestOn('PostgreSQL', { databaseUrl: db.url }, { kind: 'postgres', url: baseline.url }, n);
    figures.push(...pg.figures);
    details.postgres = pg.details;
    await baseline.drop();
  } finally {
    await db.drop();
  }
  const burstDb = await benchDatabase('ingest_burst');
  if ('skipped' in burstDb) return { figures, details };
  try {
    const burst = await ingestOn('PostgreSQL', { databaseUrl: burstDb.url }, null, Math.max(BATCH, Math.round(100_000 * scale)));
    figures.push(...burst.figures);
    details.postgresBurst = burst.details;
  } finally {
    await burstDb.drop();
  }
  return { figures, details };
}
