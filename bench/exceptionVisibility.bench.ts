import Database from 'better-sqlite3';
import { customerRowSchema, tenantScope } from '../src/core';
import type { DesktopCore } from '../src/desktop/createDesktopCore';
import { startHub, type RunningHub } from '../src/hub/startHub';
import { MAYA } from './lib/benchHub';
import { benchDatabase } from './lib/benchDatabase';
import { figure, type BenchOutcome, type Figure } from './lib/Figure';
import { RawHubClient } from './lib/RawHubClient';
import { postSignedDelivery, signedDeliveryStatus } from './lib/signedDelivery';
import { signedInCore } from './lib/signedInCore';
import { summarize } from './lib/stats';
import { tempDir } from './lib/tempDir';
import { nowMs } from './lib/timer';
import { waitFor } from './lib/waitFor';

const SECRET = 'whsec-relay-bench-visible';
const CARRIER = 'BENCHVIS';
/** The steady rate the issue names: 1,000 events/s, as 10 deliveries of 100 a second. */
const BATCH = 100;
const TICK_MS = 100;
/** RELAY_BENCH_VERBOSE=1 prints each step (long runs on a busy machine). */
const step = (line: string): void => {
  if (process.env.RELAY_BENCH_VERBOSE) console.error(`    [visible] ${line}`);
};

interface Run {
  /** Per marker: when the delivery carrying its damage scan was sent and answered, and when the replica held the exception. */
  sentAt: Map<string, number>;
  answeredAt: Map<string, number>;
  seenAt: Map<string, number>;
  answerMs: number[];
}

/** Creates `count` fresh shipments for one demo customer through the signed shipments feed and waits until they are stored. */
async function createShipments(hub: RunningHub, customerId: string, prefix: string, count: number): Promise<string[]> {
  const numbers = Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
  const ids: string[] = [];
  for (let i = 0; i < numbers.length; i += BATCH) {
    const items = numbers.slice(i, i + BATCH).map((trackingNumber) => ({ carrier: CARRIER, trackingNumber, mode: 'parcel', customer: { id: customerId }, origin: 'Venlo, NL', destination: 'Lyon, FR' }));
    ids.push(await postSignedDelivery(hub.url, SECRET, 'shipments', items));
  }
  for (const id of ids) await waitFor(`shipments delivery ${id}`, async () => (await signedDeliveryStatus(hub.url, SECRET, 'shipments', id)) === 'done', { intervalMs: 20, timeoutMs: 300_000 });
  return numbers;
}

/** Watches the replica file (read-only, WAL) for the markers' exceptions, on every data.changed and every 25 ms. */
function watchReplica(core: DesktopCore, dbPath: string, markerIds: ReadonlyMap<string, string>, run: Run): { stop(): void } {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  const byShipment = new Map([...markerIds].map(([number, id]) => [id, number]));
  const query = db.prepare<[], { shipmentId: string }>(`SELECT shipment_id AS shipmentId FROM exceptions WHERE type = 'damaged'`);
  const check = (): void => {
    const at = nowMs();
    for (const { shipmentId } of query.all()) {
      const number = byShipment.get(shipmentId);
      if (number && !run.seenAt.has(number)) run.seenAt.set(number, at);
    }
  };
  const off = core.on('data.changed', (p) => {
    if (p.entities.includes('exceptions')) check();
  });
  const timer = setInterval(check, 25);
  return {
    stop() {
      off();
      clearInterval(timer);
      db.close();
    },
  };
}

/** One engine: a demo hub with rules on, Maya's desktop signed in, a steady 1,000 events/s for `seconds`. */
async function visibilityOn(engine: string, target: { dataDir: string } | { databaseUrl: string }, seconds: number): Promise<{ figures: Figure[]; details: Record<string, unknown> }> {
  process.env.RELAY_WEBHOOK_SECRET = SECRET;
  const hub = await startHub({ ...target, port: 0, seed: 'demo', redisUrl: null, rules: { connectors: {}, sweepIntervalMs: 0 } }).finally(() => delete process.env.RELAY_WEBHOOK_SECRET);
  const dir = tempDir('relay-bench-visible-');
  let core: DesktopCore | null = null;
  try {
    step('hub started');
    const raw = await RawHubClient.connect(hub.url, MAYA.email, MAYA.password);
    const customer = customerRowSchema.parse((await raw.snapshot(tenantScope, 'customers', 1)).rows[0]);
    const ticks = Math.round((seconds * 1000) / TICK_MS);
    const prefix = `VIS${Date.now()}`;
    const markers = await createShipments(hub, customer.id, `${prefix}-M`, ticks);
    const fillers = await createShipments(hub, customer.id, `${prefix}-F`, 500);

    step('shipments created');
    const dbPath = dir.file('maya.sqlite');
    core = await signedInCore(dbPath, hub.url, MAYA);
    const lookup = new Database(dbPath, { readonly: true });
    const idOf = lookup.prepare<[string], { id: string }>('SELECT id FROM shipments WHERE tracking_number = ?');
    const markerIds = new Map(markers.map((n) => [n, idOf.get(n)?.id ?? '']));
    lookup.close();
    if ([...markerIds.values()].some((id) => id === '')) throw new Error('bench: a marker shipment is missing from the replica');

    step('desktop synced');
    const run: Run = { sentAt: new Map(), answeredAt: new Map(), seenAt: new Map(), answerMs: [] };
    const watch = watchReplica(core, dbPath, markerIds, run);
    const base = Date.now() - 3_600_000;
    let event = 0;
    const start = nowMs();
    const sends: Promise<void>[] = [];
    for (let tick = 0; tick < ticks; tick++) {
      const due = start + tick * TICK_MS;
      const wait = due - nowMs();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const marker = markers[tick]!;
      const items = [{ carrier: CARRIER, trackingNumber: marker, code: 'A7', status: 'damaged', occurredAt: new Date(base + event++ * 10).toISOString(), location: 'Venlo, NL' }];
      for (let i = 1; i < BATCH; i++) {
        items.push({ carrier: CARRIER, trackingNumber: fillers[(tick * BATCH + i) % fillers.length]!, code: 'X6', status: 'in_transit', occurredAt: new Date(base + event++ * 10).toISOString(), location: 'Venlo, NL' });
      }
      // Open loop: the next delivery leaves on schedule whether or not this one was answered.
      const sent = nowMs();
      run.sentAt.set(marker, sent);
      sends.push(
        postSignedDelivery(hub.url, SECRET, 'tracking', items).then(() => {
          const at = nowMs();
          run.answerMs.push(at - sent);
          run.answeredAt.set(marker, at);
        }),
      );
    }
    await Promise.all(sends);
    const offeredSeconds = (nowMs() - start) / 1000;
    step(`all ${ticks} deliveries answered in ${offeredSeconds.toFixed(1)} s`);
    await waitFor('every marker exception in the replica', () => Promise.resolve(run.seenAt.size === markers.length), { intervalMs: 25, timeoutMs: 600_000 });
    watch.stop();

    // After the answer: 0 when the replica had it before the sender got its 202 (the answer waited behind the work).
    const visible = summarize(markers.map((n) => Math.max(0, (run.seenAt.get(n) ?? 0) - (run.answeredAt.get(n) ?? 0))));
    const endToEnd = summarize(markers.map((n) => (run.seenAt.get(n) ?? 0) - (run.sentAt.get(n) ?? 0)));
    const answers = summarize(run.answerMs);
    // Baseline: one bare request/answer on the same hub (a pull with an up-to-date cursor).
    const head = (await raw.snapshot(tenantScope, 'shipments', 1)).seq;
    const rtt: number[] = [];
    for (let i = 0; i < 100; i++) {
      const t = nowMs();
      await raw.pull({ [tenantScope]: head }, 1);
      rtt.push(nowMs() - t);
    }
    raw.close();
    const bare = summarize(rtt);
    const events = ticks * BATCH;
    return {
      figures: [
        figure({ bench: `exception visible (${engine})`, measure: `damage scan answered → exception in a desktop replica, p95, at ${Math.round((events * 1000) / (ticks * TICK_MS)).toLocaleString('en')} events/s offered`, value: visible.p95, unit: 'ms', baseline: 'bare hub request (socket pull), p95', baselineValue: bare.p95 }),
        figure({ bench: `exception visible (${engine})`, measure: 'damage scan sent → exception in the replica (end to end), p95', value: endToEnd.p95, unit: 'ms', baseline: 'bare hub request (socket pull), p95', baselineValue: bare.p95 }),
        figure({ bench: `exception visible (${engine})`, measure: 'webhook answer, p95', value: answers.p95, unit: 'ms', baseline: 'bare hub request (socket pull), p95', baselineValue: bare.p95 }),
      ],
      details: { events, deliveries: ticks, allAnsweredSeconds: offeredSeconds, visible, endToEnd, answers, bare },
    };
  } finally {
    await core?.close();
    await hub.close();
    dir.remove();
  }
}

/** Bench: at a steady 1,000 tracking events/s, how long after the webhook answer an exception shows in a signed-in desktop's replica. */
export async function benchExceptionVisibility(scale: number): Promise<BenchOutcome> {
  const seconds = Math.max(1, Math.round(10 * scale));
  const pglite = await visibilityOn('PGlite', { dataDir: ':memory:' }, seconds);
  const figures = [...pglite.figures];
  const details: Record<string, unknown> = { pglite: pglite.details };
  const db = await benchDatabase('visible');
  if ('skipped' in db) {
    details.postgres = { skipped: db.skipped };
    console.log(`\n    exception visibility on PostgreSQL skipped: ${db.skipped}`);
  } else {
    try {
      const pg = await visibilityOn('PostgreSQL', { databaseUrl: db.url }, seconds);
      figures.push(...pg.figures);
      details.postgres = pg.details;
    } finally {
      await db.drop();
    }
  }
  return { figures, details };
}
