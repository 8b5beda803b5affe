/**
 * The replica prune on a real SQLite replica holding a simulated year of one team's work:
 * afterwards it holds what a fresh snapshot would send (core's window rules) plus what is
 * spared — rows of pending edits (outbox, stash) and records opened within the spare period —
 * and every reference row; a hub change between batches makes it plan again, never delete a
 * row that came back into the window.
 */
import { copyFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  defaultReplicationWindow,
  selectWindowIds,
  teamScope,
  uuidv7,
  windowCutoffs,
  type ExceptionRow,
  type OrderRow,
  type ShipmentRow,
  type TicketRow,
} from '../../../../src/core';
import { openLocalStore, type LocalStore } from '../../../../src/desktop/db/localStore';
import { pruneReplica } from '../../../../src/desktop/prune/pruneReplica';
import { recordOpen } from '../../../../src/desktop/prune/recordOpen';
import { envelope } from '../../../fixtures/desktop/replicaFixtures';
import { simulateYear, type SimulatedYear } from '../../../fixtures/desktop/simulatedYear';
import { tempDir } from '../../../fixtures/desktop/tempDir';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 1, 12, 0);
const SPARE = 14 * DAY;

describe('pruning a replica after a simulated year', () => {
  const dir = tempDir('relay-prune-');
  const template = dir.file('year.sqlite');
  let store: LocalStore;
  let year: SimulatedYear;

  // The year is built once; each test prunes its own copy of the file.
  beforeAll(() => {
    const built = openLocalStore(template);
    year = simulateYear(built, { now: NOW, perDay: 4 });
    built.state.setCursors({ tenant: 100, [teamScope(year.teamId)]: 100 });
    built.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    built.close();
  });
  afterAll(() => dir.remove());
  beforeEach(() => {
    const copy = dir.file(`${uuidv7()}.sqlite`);
    copyFileSync(template, copy);
    store = openLocalStore(copy);
  });
  afterEach(() => store.close());

  const ids = (table: string, where = '1'): string[] =>
    store.sqlite.prepare<[], { id: string }>(`SELECT id FROM ${table} WHERE ${where} ORDER BY id`).all().map((r) => r.id);
  const count = (table: string, where = '1'): number => store.sqlite.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).get()!.n;
  const ticket = (id: string): TicketRow => store.rows.get('tickets', id)!;
  /** Old solved/closed tickets (outside a 90-day window), oldest first. */
  const oldDone = (): TicketRow[] =>
    ids('tickets', `status IN ('solved', 'closed') AND updated_at < ${NOW - 120 * DAY}`).map(ticket).sort((a, b) => a.updatedAt - b.updatedAt);

  it('keeps exactly the window plus pending edits and recent opens, with children and reference data', async () => {
    const old = oldDone();
    const [inOutbox, inStash, openedLately, openedLongAgo] = old;
    const customerOpened = old.find((t) => ![inOutbox, inStash, openedLately, openedLongAgo].some((x) => x?.customerId === t.customerId))!;
    store.outbox.add(envelope('message.send', { id: uuidv7(), ticketId: inOutbox!.id, kind: 'reply', body: 'Following up' }, store.state.clientId(), NOW));
    store.stash.keep('tickets', inStash!.id, inStash!);
    recordOpen(store, 'tickets', openedLately!.id, NOW - 2 * DAY);
    recordOpen(store, 'tickets', openedLongAgo!.id, NOW - 30 * DAY);
    recordOpen(store, 'customers', customerOpened.customerId, NOW - DAY);
    const before = { customers: count('customers'), teams: count('teams'), agents: count('agents'), tickets: count('tickets'), events: count('tracking_events') };
    const customersTickets = count('tickets', `customer_id = '${customerOpened.customerId}'`);

    // The oracle: core's window over everything held, with the spared rows counted as just updated.
    const spared = new Set([inOutbox!.id, inStash!.id, openedLately!.id]);
    const keep = (r: { id: string; customerId: string }): boolean => spared.has(r.id) || r.customerId === customerOpened.customerId;
    const all = <T>(table: string): T[] => ids(table).map((id) => store.rows.get(table as 'tickets', id) as T);
    const expected = selectWindowIds(
      {
        tickets: all<TicketRow>('tickets').map((t) => (keep(t) ? { ...t, updatedAt: NOW } : t)),
        exceptions: all<ExceptionRow>('exceptions').map((e) => (keep(e) ? { ...e, detectedAt: NOW } : e)),
        shipments: all<ShipmentRow>('shipments').map((s) => (keep(s) ? { ...s, updatedAt: NOW } : s)),
        orders: all<OrderRow>('orders').map((o) => (keep(o) ? { ...o, updatedAt: NOW } : o)),
      },
      windowCutoffs(defaultReplicationWindow, NOW),
    );
    const messagesOf = (tickets: Set<string>): number => ids('messages').filter((id) => tickets.has(store.rows.get('messages', id)!.ticketId)).length;
    const keptMessages = messagesOf(expected.tickets);

    const pagesBefore = Number(store.sqlite.pragma('page_count', { simple: true }));
    const report = await pruneReplica(store, { window: defaultReplicationWindow, now: NOW, spareOpenedMs: SPARE, batchSize: 50 });

    expect(report.complete).toBe(true);
    // The freed pages went back to the file system: the file is smaller, not just emptier.
    expect(report.releasedPages).toBeGreaterThan(0);
    expect(Number(store.sqlite.pragma('freelist_count', { simple: true }))).toBe(0);
    expect(Number(store.sqlite.pragma('page_count', { simple: true }))).toBeLessThan(pagesBefore * 0.7);
    for (const entity of ['tickets', 'exceptions', 'shipments', 'orders'] as const) expect(ids(entity), entity).toEqual([...expected[entity]].sort());
    expect(count('tickets')).toBeLessThan(before.tickets / 2);
    expect(count('messages')).toBe(keptMessages);
    expect(count('messages', 'ticket_id NOT IN (SELECT id FROM tickets)')).toBe(0);
    expect(count('csat_responses', 'ticket_id NOT IN (SELECT id FROM tickets)')).toBe(0);
    expect(count('tracking_events', 'shipment_id NOT IN (SELECT id FROM shipments)')).toBe(0);
    expect(count('tracking_events')).toBeLessThan(before.events / 2);
    // Spared: pending edits, recent opens (one ticket, one customer's records); an open 30 days ago is not.
    for (const t of [inOutbox!, inStash!, openedLately!]) {
      expect(ids('tickets', `id = '${t.id}'`)).toEqual([t.id]);
      expect(count('messages', `ticket_id = '${t.id}'`)).toBeGreaterThan(0);
      if (t.shipmentId) expect(ids('shipments', `id = '${t.shipmentId}'`)).toEqual([t.shipmentId]);
    }
    expect(ids('tickets', `id = '${openedLongAgo!.id}'`)).toEqual([]);
    expect(count('messages', `ticket_id = '${openedLongAgo!.id}'`)).toBe(0);
    expect(count('tickets', `customer_id = '${customerOpened.customerId}'`)).toBe(customersTickets);
    expect(count('recent_opens')).toBe(2);
    // Open work of any age stays, with the delivered shipment it links.
    const oldOpenLinked = ids('tickets', `status = 'open' AND updated_at < ${NOW - 120 * DAY} AND shipment_id IS NOT NULL`);
    expect(oldOpenLinked.length).toBeGreaterThan(0);
    for (const id of oldOpenLinked) expect(count('shipments', `id = '${ticket(id).shipmentId}'`)).toBe(1);
    // Reference data is whole.
    expect({ customers: count('customers'), teams: count('teams'), agents: count('agents') }).toEqual({ customers: before.customers, teams: before.teams, agents: before.agents });
    // A second run finds nothing more.
    const again = await pruneReplica(store, { window: defaultReplicationWindow, now: NOW, spareOpenedMs: SPARE });
    expect(Object.values(again.removed).every((n) => n === 0)).toBe(true);
  });

  it('plans again when a hub change lands between batches, so a re-opened ticket is never deleted', async () => {
    const reopened = oldDone().at(-1)!;
    let calls = 0;
    const report = await pruneReplica(store, {
      window: defaultReplicationWindow,
      now: NOW,
      spareOpenedMs: SPARE,
      batchSize: 20,
      // Asked before each batch: the second time, a live batch re-opens a planned ticket (rows and cursor in one transaction).
      busy: () => {
        if (++calls === 2) {
          store.transaction(() => {
            store.rows.put('tickets', { ...reopened, status: 'open', updatedAt: NOW });
            store.state.setCursors({ ...store.state.cursors(), [teamScope(year.teamId)]: 101 });
          });
        }
        return false;
      },
    });
    expect(report.complete).toBe(true);
    expect(report.replans).toBe(1);
    expect(ticket(reopened.id).status).toBe('open');
    expect(count('messages', `ticket_id = '${reopened.id}'`)).toBeGreaterThan(0);
  });

  it('stops without deleting anything while sync is busy', async () => {
    const tickets = count('tickets');
    const report = await pruneReplica(store, { window: defaultReplicationWindow, now: NOW, spareOpenedMs: SPARE, busy: () => true });
    expect(report).toEqual({ removed: {}, complete: false, replans: 0, releasedPages: 0 });
    expect(count('tickets')).toBe(tickets);
  });
});
