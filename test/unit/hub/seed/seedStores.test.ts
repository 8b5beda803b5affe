import { asc, count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityNames, entityRowSchemas, scopeOfRow, type EntityName } from '../../../../src/core';
import { TokenSigner } from '../../../../src/hub/auth/TokenSigner';
import type { HubContext } from '../../../../src/hub/HubContext';
import { seedDemo } from '../../../../src/hub/seed/seedDemo';
import { largeWorldOptions, seedLarge } from '../../../../src/hub/seed/seedLarge';
import { openStore, type HubStore } from '../../../../src/hub/store/openStore';
import { entityTables, replicatedColumns } from '../../../../src/hub/store/rowStore';
import { auditLog, changes } from '../../../../src/hub/store/schema';
import { WriteLane } from '../../../../src/hub/write/WriteLane';
import { allocateSequence } from '../../../../src/hub/write/allocateSequence';

/** A hub context over a fresh in-memory PGlite store (no HTTP, no sockets: seeding needs neither). */
async function seededStore(seed: (ctx: HubContext) => Promise<unknown>): Promise<{ store: HubStore; ctx: HubContext }> {
  const store = await openStore({ kind: 'pglite', dataDir: ':memory:' });
  const lane = new WriteLane(store.db, () => {});
  const log = { error: () => {}, info: () => {}, warn: () => {} } as unknown as HubContext['log'];
  const ctx: HubContext = { db: store.db, lane, tokens: new TokenSigner('seed-test-secret-0123456789abcdef'), now: () => Date.UTC(2026, 10, 23), log };
  await seed(ctx);
  return { store, ctx };
}

async function dump(ctx: HubContext, entity: EntityName): Promise<Record<string, unknown>[]> {
  const table = entityTables[entity];
  return ctx.db.select(replicatedColumns(entity)).from(table).orderBy(asc(table.id));
}

describe('seeding real stores', () => {
  const stores: HubStore[] = [];
  let a: HubContext;
  let b: HubContext;

  beforeAll(async () => {
    const first = await seededStore(seedDemo);
    const second = await seededStore(seedDemo);
    stores.push(first.store, second.store);
    a = first.ctx;
    b = second.ctx;
  }, 120_000);

  afterAll(async () => {
    for (const s of stores) await s.close();
  });

  it('two demo seeds write identical rows, every one valid, with a change-log row each', async () => {
    let total = 0;
    for (const entity of entityNames) {
      const rowsA = await dump(a, entity);
      expect(await dump(b, entity), entity).toEqual(rowsA);
      for (const row of rowsA) expect(entityRowSchemas[entity].safeParse(row).success, `${entity} ${String(row.id)}`).toBe(true);
      total += rowsA.length;
    }
    const [logged] = await a.db.select({ n: count() }).from(changes);
    expect(logged?.n).toBe(total);
  });

  it('logs every seeded row in its scope, through seed.load runs by system:seed, one audit entry per chunk', async () => {
    const logged = await a.db.select({ entity: changes.entity, id: changes.entityId, scope: changes.scope, op: changes.op }).from(changes);
    const byKey = new Map(logged.map((c) => [`${c.entity}:${c.id}`, c]));
    expect(byKey.size).toBe(logged.length);
    const tickets = new Map((await dump(a, 'tickets')).map((t) => [String(t.id), String(t.teamId)]));
    for (const entity of entityNames) {
      for (const row of await dump(a, entity)) {
        const entry = byKey.get(`${entity}:${String(row.id)}`);
        expect(entry, `${entity} ${String(row.id)} has no change-log entry`).toBeDefined();
        const parsed = entityRowSchemas[entity].parse(row);
        expect(entry?.scope).toBe(scopeOfRow(entity, parsed as never, { ticketTeamId: (id) => tickets.get(id) }));
        expect(entry?.op).toBe('upsert');
      }
    }
    const audit = await a.db.select().from(auditLog);
    expect(audit.length).toBeGreaterThan(1);
    for (const entry of audit) {
      expect(entry).toMatchObject({ actorId: null, action: 'seed.load', entity: 'seed', entityId: 'demo' });
      expect(entry.detail).toMatchObject({ actor: 'system:seed', mutation: 'seed.load' });
    }
    const audited = audit.reduce((n, e) => n + Object.values(e.detail.rows as Record<string, number>).reduce((x, y) => x + y, 0), 0);
    expect(audited).toBe(logged.length);
  });

  it('seeds once: a second run on a seeded store changes nothing, and new tickets number after the seeded ones', async () => {
    const before = await dump(a, 'tickets');
    const logins = await seedDemo(a);
    expect(logins.map((l) => l.email)).toContain('priya@relay.example');
    expect(await dump(a, 'tickets')).toEqual(before);
    const highest = Math.max(...before.map((t) => Number(t.number)));
    const next = await a.lane.transact(async (tx) => ({ value: await allocateSequence(tx, 'ticketNumber'), batches: [] }));
    expect(next).toBe(highest + 1);
  });

  it('the large generator at a tiny scale: benchmark proportions, valid rows, progress reported', async () => {
    const lines: string[] = [];
    const scale = 0.002;
    const { store, ctx } = await seededStore((c) => seedLarge(c, { scale, chunkCustomers: 40, progress: (l) => lines.push(l) }));
    stores.push(store);
    const counted: Partial<Record<EntityName, number>> = {};
    for (const entity of entityNames) {
      const rows = await dump(ctx, entity);
      counted[entity] = rows.length;
      for (const row of rows) expect(entityRowSchemas[entity].safeParse(row).success, `${entity} ${String(row.id)}`).toBe(true);
    }
    const customers = largeWorldOptions(scale).customers + 12;
    expect(counted.customers).toBe(customers);
    // Per customer, as at full scale: ~4 shipments, ≥5 scans per shipment, ~2 tickets.
    expect(counted.shipments ?? 0).toBeGreaterThan(3 * customers);
    expect(counted.tracking_events ?? 0).toBeGreaterThan(5 * (counted.shipments ?? 0));
    expect(counted.tickets ?? 0).toBeGreaterThan(1.5 * customers);
    // The large seed writes tables only (the measured bulk exception); desktops snapshot them (see seedLarge).
    expect((await ctx.db.select({ n: count() }).from(changes))[0]?.n).toBe(0);
    expect(lines.at(-1)).toMatch(new RegExp(`${largeWorldOptions(scale).customers}/${largeWorldOptions(scale).customers} customers`));
  }, 120_000);
});
