import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import Fastify from 'fastify';
import { defaultCustomerPreferences, tenantScope, uuidv7, type RowChange, type TrackingStatus } from '../../../../src/core';
import type { InboundTrackingEvent } from '../../../../src/core/ingest';
import type { HubContext } from '../../../../src/hub/HubContext';
import { TokenSigner } from '../../../../src/hub/auth/TokenSigner';
import { storeTrackingBatch } from '../../../../src/hub/ingest/write/storeTrackingBatch';
import { RulesEngine } from '../../../../src/hub/rules/RulesEngine';
import { runRulesWrite } from '../../../../src/hub/rules/runRulesWrite';
import type { HubStore } from '../../../../src/hub/store/openStore';
import { auditLog, changes, customers, exceptions, messages, orders, shipments, teams, tickets, trackingEvents } from '../../../../src/hub/store/schema';
import { WriteLane } from '../../../../src/hub/write/WriteLane';
import type { HubBackend } from '../../../fixtures/hub/openHubBackend';
import { openFreshStore } from '../../../fixtures/hub/openFreshStore';
import { postgresSkipReason } from '../../../fixtures/hub/postgresSkipReason';

const H = 3_600_000;
/** Ids inside values (foreign keys, dedupe keys) are swapped for the natural key of their row. */
const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** One fixed clock for both worlds: every generated timestamp matches, only generated ids differ. */
const NOW = Date.UTC(2026, 10, 23, 9, 0);

/** Per shipment, scans chosen so no condition comes and goes inside the feed (see DESIGN-NOTES: batched intake). */
const feed: Array<[tn: string, status: TrackingStatus, code: string, minutesAgo: number]> = [
  ['EQ-DELAY', 'in_transit', 'X6', 50], ['EQ-DAMAGE', 'damaged', 'A7', 49], ['EQ-DELAY', 'delayed', 'SD', 48],
  ['EQ-HOLD', 'customs_hold', 'CH', 47], ['EQ-HOLD', 'customs_hold', 'CH', 47], ['EQ-DAMAGE', 'in_transit', 'X6', 46],
  ['EQ-DONE', 'out_for_delivery', 'OD', 45], ['EQ-NOPE', 'in_transit', 'X6', 44], ['EQ-DONE', 'delivered', 'D1', 43],
  ['EQ-LATE', 'departed_facility', 'P1', 30], ['EQ-LATE', 'arrived_at_facility', 'X1', 40], ['EQ-TRY', 'delivery_attempted', 'X4', 42],
  ['EQ-DELAY', 'delayed', 'SD', 48],
];
const tracking = ['EQ-DELAY', 'EQ-DAMAGE', 'EQ-HOLD', 'EQ-DONE', 'EQ-LATE', 'EQ-TRY'];

function events(): InboundTrackingEvent[] {
  return feed.map(([tn, status, code, ago]) => ({ carrier: 'DHL', trackingNumber: tn, status, rawCode: code, rawReason: null, flagged: false, occurredAt: NOW - ago * 60_000, location: 'Hamburg, DE', eta: null, source: 'json' }));
}

interface World {
  ctx: HubContext;
  engine: RulesEngine;
  store: HubStore;
  close(): Promise<void>;
}

/** The same small world on a fresh store: one team, a customer per shipment, an automation that notifies on every opened exception. */
async function world(store: HubStore): Promise<World> {
  const lane = new WriteLane(store.db, () => {});
  const ctx: HubContext = { db: store.db, lane, tokens: new TokenSigner('batch-equivalence-secret-0123456789'), now: () => NOW, log: Fastify({ logger: false }).log };
  const rows: RowChange[] = [];
  const put = (change: RowChange): void => void rows.push(change);
  const teamId = uuidv7(NOW);
  put({ op: 'upsert', entity: 'teams', id: teamId, scope: tenantScope, row: { id: teamId, name: 'Parcel Support', createdAt: NOW } });
  for (const tn of tracking) {
    const customer = { id: uuidv7(NOW), name: `Customer ${tn}`, email: `${tn.toLowerCase()}@customer.example`, phone: null, kind: 'b2c' as const, tier: 'standard' as const, segment: 'consumer', preferences: defaultCustomerPreferences, addresses: [], mergedIntoId: null, createdAt: NOW, updatedAt: NOW };
    const order = { id: uuidv7(NOW), customerId: customer.id, number: `SO-${tn}`, status: 'shipped' as const, lines: [], currency: 'EUR', total: 120, promisedDate: NOW + 48 * H, createdAt: NOW, updatedAt: NOW };
    const shipment = { id: uuidv7(NOW), orderId: order.id, customerId: customer.id, carrier: 'DHL', trackingNumber: tn, mode: 'parcel' as const, origin: 'Hamburg, DE', destination: 'Berlin, DE', promisedDate: NOW + 48 * H, eta: NOW + 40 * H, status: 'in_transit' as const, lastEventAt: null, createdAt: NOW, updatedAt: NOW };
    put({ op: 'upsert', entity: 'customers', id: customer.id, scope: tenantScope, row: customer });
    put({ op: 'upsert', entity: 'orders', id: order.id, scope: tenantScope, row: order });
    put({ op: 'upsert', entity: 'shipments', id: shipment.id, scope: tenantScope, row: shipment });
  }
  const macro = { id: uuidv7(NOW), title: 'About your shipment', body: 'Hello {{customer.name}}, news about {{shipment.trackingNumber}}.', channel: null, ownerAgentId: null, archived: false };
  const automation = { id: uuidv7(NOW), name: 'exception notice', trigger: 'exception.opened', enabled: true, config: { macroId: macro.id, throttle: { perShipmentHours: 1, perCustomerPerDay: 10 } } };
  put({ op: 'upsert', entity: 'macros', id: macro.id, scope: tenantScope, row: macro });
  put({ op: 'upsert', entity: 'automations', id: automation.id, scope: tenantScope, row: automation });
  await runRulesWrite(ctx, NOW, async () => ({ value: null, changes: rows, audit: [] }));
  const engine = new RulesEngine(ctx, { connectors: {}, sweepIntervalMs: 0 });
  engine.start();
  return {
    ctx,
    engine,
    store,
    async close() {
      await engine.stop();
      await lane.drain();
      await store.close();
    },
  };
}

/** Every row of the tables ingest and the rules write, ids replaced by natural keys, sorted; change log rows counted per entity. */
async function snapshot(store: HubStore) {
  const db = store.db;
  const [ts, cs, os, ss, es, xs, ks, ms, log] = await Promise.all([
    db.select().from(teams), db.select().from(customers), db.select().from(orders), db.select().from(shipments), db.select().from(trackingEvents),
    db.select().from(exceptions), db.select().from(tickets), db.select().from(messages),
    db.select({ entity: changes.entity, n: count() }).from(changes).groupBy(changes.entity),
  ]);
  const label = new Map<string, string>();
  for (const t of ts) label.set(t.id, `team:${t.name}`);
  for (const c of cs) label.set(c.id, `customer:${c.email}`);
  for (const o of os) label.set(o.id, `order:${o.number}`);
  for (const s of ss) label.set(s.id, `shipment:${s.trackingNumber}`);
  for (const x of xs) label.set(x.id, `exception:${label.get(x.shipmentId ?? '')}:${x.type}`);
  for (const k of ks) label.set(k.id, `ticket:${label.get(k.customerId)}:${k.subject}`);
  const natural = (rows: readonly Record<string, unknown>[], drop: readonly string[] = []) =>
    rows
      .map((row) => JSON.stringify(Object.entries(row).filter(([k]) => k !== 'id' && !drop.includes(k)).map(([k, v]) => [k, typeof v === 'string' ? v.replace(uuid, (id) => label.get(id) ?? id) : v])))
      .sort();
  return {
    shipments: natural(ss),
    trackingEvents: natural(es),
    exceptions: natural(xs),
    // Ticket numbers follow creation order, which among shipments of one batch is id order.
    tickets: natural(ks, ['number']),
    messages: natural(ms),
    log: Object.fromEntries(log.map((r) => [r.entity, Number(r.n)])),
    shipmentIdsLogged: ss.length,
  };
}

function suite(kind: 'pglite' | 'postgres'): void {
  let oneByOne: World;
  let batched: World;
  const backends: HubBackend[] = [];
  const open = (): Promise<HubStore> => openFreshStore(kind, backends);
  beforeAll(async () => {
    oneByOne = await world(await open());
    batched = await world(await open());
  }, 120_000);
  afterAll(async () => {
    await oneByOne?.close();
    await batched?.close();
    for (const b of backends) await b.dispose();
  });

  it('stores the same rows one delivery per event (rules after each) as in one delivery (rules once)', async () => {
    const list = events();
    const single: { stored: unknown[]; failed: unknown[] } = { stored: [], failed: [] };
    for (const [index, value] of list.entries()) {
      const out = await storeTrackingBatch(oneByOne.ctx, [{ index, value }]);
      single.stored.push(...out.stored.map(({ trackingEventId: _, shipmentId: __, ...rest }) => rest));
      single.failed.push(...out.failed);
      await oneByOne.engine.idle();
    }
    const out = await storeTrackingBatch(batched.ctx, list.map((value, index) => ({ index, value })));
    await batched.engine.idle();
    expect(out.stored.map(({ trackingEventId: _, shipmentId: __, ...rest }) => rest)).toEqual(single.stored);
    expect(out.failed).toEqual(single.failed);
    expect(out.failed).toEqual([{ index: 7, reason: expect.stringContaining('no shipment with tracking number EQ-NOPE') }]);
    expect(out.stored.filter((s) => s.duplicate).map((s) => s.index)).toEqual([4, 12]);

    // Each delivery is one core mutation with one audit entry, by system:ingest (a failed or repeated event alone writes nothing).
    const audits = async (w: World) => (await w.store.db.select().from(auditLog)).filter((e) => e.action === 'tracking.record').map((e) => [e.actorId, e.detail.actor]);
    expect(await audits(batched)).toEqual([[null, 'system:ingest']]);
    expect(await audits(oneByOne)).toHaveLength(list.length - 3);
    const [a, b] = await Promise.all([snapshot(oneByOne.store), snapshot(batched.store)]);
    expect(b.shipments).toEqual(a.shipments);
    expect(b.trackingEvents).toEqual(a.trackingEvents);
    expect(b.exceptions).toEqual(a.exceptions);
    expect(b.tickets).toEqual(a.tickets);
    expect(b.messages).toEqual(a.messages);
    // The rules really ran: delay, damage, customs hold and a failed delivery opened, each notified on its own ticket.
    expect(a.exceptions).toHaveLength(4);
    expect(a.tickets).toHaveLength(4);
    expect(a.messages).toHaveLength(4);
    // The log carries the same changes, except that a batch logs each shipment once (its final row) instead of once per scan.
    const { shipments: shipmentsA, ...restA } = a.log;
    const { shipments: shipmentsB, ...restB } = b.log;
    expect(restB).toEqual(restA);
    expect(shipmentsA).toBe(tracking.length + 10);
    expect(shipmentsB).toBe(tracking.length + tracking.length);
  }, 120_000);
}

describe('batched intake and rules equal one-by-one (PGlite)', () => suite('pglite'));

const skip = postgresSkipReason();
if (skip) console.log(`batchEquivalence on PostgreSQL skipped: ${skip}`);
describe.skipIf(skip !== null)('batched intake and rules equal one-by-one (PostgreSQL)', () => suite('postgres'));
