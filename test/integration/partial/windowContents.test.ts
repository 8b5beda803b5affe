/**
 * The hub's snapshot SQL (hub/sync/windowConditions.ts) selects exactly what the core's
 * window rules (core/domain/replicationWindow.ts, selectWindowIds) say, on the demo world
 * with cut-offs that split it (some rows in, some out, for every windowed entity).
 */
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  invoiceInWindow,
  entityRowSchemas,
  selectWindowIds,
  teamScope,
  windowCutoffs,
  type EntityName,
  type Scope,
  type WindowCutoffs,
} from '../../../src/core';
import { TokenSigner } from '../../../src/hub/auth/TokenSigner';
import type { HubContext } from '../../../src/hub/HubContext';
import { WORLD_NOW } from '../../../src/hub/seed/createWorld';
import { seedDemo } from '../../../src/hub/seed/seedDemo';
import { openStore, type HubStore } from '../../../src/hub/store/openStore';
import { entityTables, replicatedColumns } from '../../../src/hub/store/rowStore';
import { readSnapshotPage } from '../../../src/hub/sync/readSnapshotPage';
import { WriteLane } from '../../../src/hub/write/WriteLane';

const ids = (rows: readonly object[]): string[] => rows.map((r) => String((r as { id?: unknown }).id)).sort();

describe('the replication window on the hub', () => {
  let store: HubStore;
  let cut: WindowCutoffs;
  const all = new Map<EntityName, Record<string, unknown>[]>();

  async function snapshot(scope: Scope, entity: EntityName, limit = 97): Promise<{ rows: Record<string, unknown>[]; total: number }> {
    const rows: Record<string, unknown>[] = [];
    let afterId: string | null = null;
    let total = 0;
    for (;;) {
      const page = await readSnapshotPage(store.db, scope, entity, afterId, limit, cut);
      if (afterId === null) total = page.total;
      rows.push(...page.rows);
      const last = page.rows.at(-1)?.id;
      if (!page.hasMore || typeof last !== 'string') return { rows, total };
      afterId = last;
    }
  }

  beforeAll(async () => {
    store = await openStore({ kind: 'pglite', dataDir: ':memory:' });
    const app = Fastify({ logger: { level: 'error' } });
    const ctx: HubContext = { db: store.db, lane: new WriteLane(store.db, () => {}), tokens: new TokenSigner('window-test-secret-0123456789abcdef'), now: () => WORLD_NOW, log: app.log };
    await seedDemo(ctx);
    for (const entity of Object.keys(entityTables) as EntityName[]) {
      all.set(entity, await store.db.select(replicatedColumns(entity)).from(entityTables[entity]));
    }
    // Two days of tickets, a week of logistics, seen from the world's own "now".
    cut = windowCutoffs({ ticketDays: 2, logisticsDays: 7 }, WORLD_NOW);
  }, 120_000);

  afterAll(async () => {
    await store?.close();
  });

  it('sends exactly the rows the core window rules select, split both ways', async () => {
    const tickets = (all.get('tickets') ?? []).map((r) => entityRowSchemas.tickets.parse(r));
    const expected = selectWindowIds(
      {
        tickets,
        exceptions: (all.get('exceptions') ?? []).map((r) => entityRowSchemas.exceptions.parse(r)),
        shipments: (all.get('shipments') ?? []).map((r) => entityRowSchemas.shipments.parse(r)),
        orders: (all.get('orders') ?? []).map((r) => entityRowSchemas.orders.parse(r)),
      },
      cut,
    );
    const teams = (all.get('teams') ?? []).map((t) => String(t.id));
    const teamScopes = teams.map(teamScope);

    const gathered = async (entity: EntityName, scopes: Scope[]): Promise<string[]> => {
      const out: string[] = [];
      for (const scope of scopes) {
        const { rows: got, total } = await snapshot(scope, entity);
        expect(total, `${entity} total in ${scope}`).toBe(got.length);
        out.push(...ids(got));
      }
      return out.sort();
    };

    for (const entity of ['tickets', 'exceptions'] as const) {
      const got = await gathered(entity, teamScopes);
      expect(got, entity).toEqual([...expected[entity]].sort());
      expect(got.length, `some ${entity} in the window`).toBeGreaterThan(0);
      expect(got.length, `some ${entity} outside the window`).toBeLessThan(all.get(entity)!.length);
    }
    for (const entity of ['shipments', 'orders'] as const) {
      const got = await gathered(entity, ['tenant']);
      expect(got, entity).toEqual([...expected[entity]].sort());
      expect(got.length, `some ${entity} in the window`).toBeGreaterThan(0);
      expect(got.length, `some ${entity} outside the window`).toBeLessThan(all.get(entity)!.length);
    }
    // Invoices: unpaid whatever their age, the others while recent.
    const invoices = (all.get('invoices') ?? []).map((r) => entityRowSchemas.invoices.parse(r));
    const gotInvoices = await gathered('invoices', ['tenant']);
    expect(gotInvoices).toEqual(invoices.filter((i) => invoiceInWindow(i, cut)).map((i) => i.id).sort());
    expect(gotInvoices.length, 'some invoices in the window').toBeGreaterThan(0);
    expect(gotInvoices.length, 'some invoices outside the window').toBeLessThan(invoices.length);
    // Children follow their parent, whole.
    const childrenOf = (entity: EntityName, parentKey: string, parents: Set<string>): string[] =>
      ids((all.get(entity) ?? []).filter((r) => parents.has(String(r[parentKey]))));
    expect(await gathered('messages', teamScopes)).toEqual(childrenOf('messages', 'ticketId', expected.tickets));
    expect(await gathered('csat_responses', teamScopes)).toEqual(childrenOf('csat_responses', 'ticketId', expected.tickets));
    const events = await gathered('tracking_events', ['tenant']);
    expect(events).toEqual(childrenOf('tracking_events', 'shipmentId', expected.shipments));
    expect(events.length).toBeLessThan(all.get('tracking_events')!.length);
    // Every window ticket's order and shipment, and every window exception's shipment, come along.
    for (const t of tickets.filter((x) => expected.tickets.has(x.id))) {
      if (t.shipmentId) expect(expected.shipments.has(t.shipmentId)).toBe(true);
      if (t.orderId) expect(expected.orders.has(t.orderId)).toBe(true);
    }
    // Reference data is whole.
    for (const entity of ['teams', 'agents', 'customers', 'contacts', 'kb_articles', 'macros'] as const) {
      expect(await gathered(entity, ['tenant']), entity).toEqual(ids(all.get(entity) ?? []));
    }
  }, 120_000);

  it('holds open work whatever its age', async () => {
    const longAgo = windowCutoffs({ ticketDays: 0, logisticsDays: 0 }, WORLD_NOW + 3650 * 86_400_000);
    const saved = cut;
    cut = longAgo;
    try {
      const teams = (all.get('teams') ?? []).map((t) => teamScope(String(t.id)));
      const open: string[] = [];
      for (const scope of teams) open.push(...ids((await snapshot(scope, 'tickets')).rows));
      const expectedOpen = ids((all.get('tickets') ?? []).filter((t) => !['solved', 'closed'].includes(String(t.status))));
      expect(open.sort()).toEqual(expectedOpen);
      expect(expectedOpen.length).toBeGreaterThan(0);
    } finally {
      cut = saved;
    }
  }, 60_000);
});
