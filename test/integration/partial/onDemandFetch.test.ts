/**
 * Partial replication end to end: a real hub (PGlite, demo world) with a one-day window and a
 * desktop core over sockets through a cuttable link. The first sync holds the window only; an
 * older ticket opens online and is cached (so it opens offline later); offline, an uncached one
 * fails with the clear sentence; an old ticket re-opened elsewhere arrives live with its whole
 * thread; history routes never answer outside the caller's scopes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityRowSchemas, teamScope, type SyncStatus, type TicketRow } from '../../../src/core';
import { createDesktopCore, type DesktopCore } from '../../../src/desktop/createDesktopCore';
import { startHub, type RunningHub } from '../../../src/hub/startHub';
import { call } from '../../fixtures/desktop/coreCalls';
import { startCuttableProxy, type CuttableProxy } from '../../fixtures/desktop/cuttableProxy';
import { tempDir } from '../../fixtures/desktop/tempDir';
import { waitFor } from '../../fixtures/desktop/waitFor';
import { hubLogin } from '../../fixtures/hub/hubLogin';
import { historyAs } from './historyAs';
import { replicaPeek } from './replicaPeek';
import { sendMessage } from '../../fixtures/desktop/sendMessage';

const PRIYA = { email: 'priya@relay.example', password: 'demo-priya' };
const OFFLINE_SENTENCE = 'This ticket is older than what this computer keeps; connect to open it.';

describe('partial replication and on-demand fetch', () => {
  const dir = tempDir('relay-partial-');
  const path = dir.file('priya.sqlite');
  let hub: RunningHub;
  let proxy: CuttableProxy;
  let core: DesktopCore;
  let token = '';
  let parcelTeamId = '';
  /** Solved/closed tickets of Priya's team older than the window, with their thread sizes on the hub. */
  const oldTickets: { ticket: TicketRow; messages: number }[] = [];
  let freightTicketId = '';
  const progress: NonNullable<SyncStatus['progress']>[] = [];

  const localTicket = (id: string): { status: string; messages: number } | null =>
    replicaPeek(path, (db) => {
      const t = db.prepare<[string], { status: string }>('SELECT status FROM tickets WHERE id = ?').get(id);
      if (!t) return null;
      const n = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM messages WHERE ticket_id = ?').get(id)?.n ?? 0;
      return { status: t.status, messages: n };
    });

  const online = (): Promise<unknown> =>
    waitFor('priya online and caught up', async () => {
      const s = await call(core, 'sync.status', {});
      return s.connection === 'online' && !s.syncing;
    });

  beforeAll(async () => {
    // The demo world ends on 2026-11-18; a one-day window leaves its solved tickets and delivered shipments outside.
    hub = await startHub({ dataDir: ':memory:', seed: 'demo', port: 0, replicationWindow: { ticketDays: 1, logisticsDays: 1 } });
    proxy = await startCuttableProxy({ host: '127.0.0.1', port: hub.port });
    core = await createDesktopCore({ dbPath: path, hubUrl: proxy.url, log: () => {} });
    core.on('sync.status', (s) => {
      if (s.progress) progress.push(s.progress);
    });
    const session = await call(core, 'session.signIn', PRIYA);
    parcelTeamId = session.agent!.teamId;
    token = (await hubLogin(hub.url, PRIYA.email, PRIYA.password)).token;
    await online();
    // Find old tickets through the customer history route, as Priya.
    const customerIds = replicaPeek(path, (db) => db.prepare<[], { id: string }>('SELECT id FROM customers ORDER BY id').all().map((r) => r.id));
    for (const customerId of customerIds) {
      if (oldTickets.length >= 4) break;
      const { bundle } = await historyAs(hub.url, token, `customers/${customerId}?limit=200`);
      for (const raw of bundle?.rows.tickets ?? []) {
        const ticket = entityRowSchemas.tickets.parse(raw);
        if (ticket.status !== 'solved' && ticket.status !== 'closed') continue;
        const messages = (bundle?.rows.messages ?? []).filter((m) => m.ticketId === ticket.id).length;
        if (messages > 0 && oldTickets.length < 4) oldTickets.push({ ticket, messages });
      }
    }
    const tom = await hubLogin(hub.url, 'tom@relay.example', 'demo-tom');
    for (const customerId of customerIds) {
      const { bundle } = await historyAs(hub.url, tom.token, `customers/${customerId}?limit=200`);
      const found = bundle?.rows.tickets?.[0];
      if (found) {
        freightTicketId = String(found.id);
        break;
      }
    }
  }, 120_000);

  afterAll(async () => {
    await core?.close();
    await proxy?.close();
    await hub?.close();
    dir.remove();
  });

  it('first sync holds open and recent tickets, every customer, and no old history', async () => {
    expect(oldTickets.length, 'the demo world has old solved tickets in Parcel').toBe(4);
    const dayAgo = Date.now() - 2 * 86_400_000;
    const held = replicaPeek(path, (db) => db.prepare<[], { status: string; updated_at: number }>('SELECT status, updated_at FROM tickets').all());
    expect(held.length).toBeGreaterThan(0);
    for (const t of held) expect(['solved', 'closed'].includes(t.status) && t.updated_at < dayAgo, 'an old solved ticket was snapshotted').toBe(false);
    for (const { ticket } of oldTickets) expect(localTicket(ticket.id)).toBeNull();
    const customers = replicaPeek(path, (db) => db.prepare<[], { n: number }>('SELECT count(*) AS n FROM customers').get()?.n ?? 0);
    expect(customers).toBeGreaterThanOrEqual(250);
    const cursors = replicaPeek(path, (db) => JSON.parse(db.prepare<[], { value: string }>("SELECT value FROM sync_state WHERE key = 'cursors'").get()!.value) as Record<string, number>);
    expect(Object.keys(cursors).sort()).toEqual(['tenant', teamScope(parcelTeamId)].sort());
  });

  it('reports first-sync progress per entity against the window, the inbox before the tracking history', async () => {
    const last = (entity: string) => progress.filter((p) => p.entity === entity).at(-1);
    const count = (table: string): number => replicaPeek(path, (db) => db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get()?.n ?? -1);
    for (const [entity, table] of [['tickets', 'tickets'], ['messages', 'messages'], ['shipments', 'shipments'], ['tracking_events', 'tracking_events']] as const) {
      expect(last(entity), `${entity} progress`).toEqual({ entity, done: count(table), total: count(table) });
    }
    // Done climbs to the total in page steps, never past it.
    const events = progress.filter((p) => p.entity === 'tracking_events');
    for (const p of events) expect(p.done).toBeLessThanOrEqual(p.total);
    const firstIndex = (entity: string): number => progress.findIndex((p) => p.entity === entity);
    expect(firstIndex('tickets')).toBeLessThan(firstIndex('tracking_events'));
    expect(firstIndex('customers')).toBeLessThan(firstIndex('tickets'));
  });

  it('opens an old ticket online, with its thread, and keeps it for offline use', async () => {
    const { ticket, messages } = oldTickets[0]!;
    const detail = await call(core, 'tickets.get', { id: ticket.id });
    expect(detail?.ticket.id).toBe(ticket.id);
    expect(detail?.messages.length).toBe(messages);
    expect(localTicket(ticket.id)).toEqual({ status: ticket.status, messages });

    await proxy.cut();
    await waitFor('priya offline', async () => (await call(core, 'sync.status', {})).connection === 'offline');
    const offline = await call(core, 'tickets.get', { id: ticket.id });
    expect(offline?.messages.length).toBe(messages);
  });

  it('offline, an old ticket it never fetched fails with a clear offline error', async () => {
    const reply = await core.invoke('tickets.get', { id: oldTickets[1]!.ticket.id });
    expect(reply).toEqual({ ok: false, error: { code: 'offline', message: OFFLINE_SENTENCE } });
    const shipment = await core.invoke('history.fetchShipment', { id: oldTickets[1]!.ticket.id });
    expect(shipment.ok ? null : shipment.error.code).toBe('offline');
    await proxy.restore();
    await call(core, 'sync.reconnectNow', {});
    await online();
  });

  it('an old ticket re-opened on another desktop arrives live with its whole thread', async () => {
    const { ticket, messages } = oldTickets[2]!;
    expect(localTicket(ticket.id)).toBeNull();
    const result = await hub.mutate('maya@relay.example', 'ticket.update', { id: ticket.id, status: 'open' });
    expect(result.status).toBe('applied');
    // Read the file, not tickets.get: that would fetch on demand by itself and prove nothing.
    await waitFor('the re-opened ticket and its thread', () => {
      const local = localTicket(ticket.id);
      return local?.status === 'open' && local.messages === messages;
    });
    const detail = await call(core, 'tickets.get', { id: ticket.id });
    expect(detail?.ticket.status).toBe('open');
    expect(detail?.messages.length).toBe(messages);
  });

  it('a ticket newly linked to a shipment older than the window brings the shipment and its events', async () => {
    // An open ticket whose customer has a shipment this replica does not hold.
    let open: { id: string } | undefined;
    let shipmentId: string | undefined;
    for (const t of await call(core, 'tickets.list', { view: 'all', limit: 1000 })) {
      if (t.status === 'solved' || t.status === 'closed') continue;
      const { bundle } = await historyAs(hub.url, token, `customers/${t.customerId}?limit=200`);
      const unheld = (bundle?.rows.shipments ?? []).find(
        (s) => replicaPeek(path, (db) => db.prepare<[string], { id: string }>('SELECT id FROM shipments WHERE id = ?').get(String(s.id))) === undefined,
      );
      if (unheld) {
        open = t;
        shipmentId = String(unheld.id);
        break;
      }
    }
    expect(shipmentId, 'the demo world has shipments outside a one-day window').toBeDefined();
    const result = await hub.mutate('maya@relay.example', 'ticket.update', { id: open!.id, shipmentId });
    expect(result.status).toBe('applied');
    const { bundle } = await historyAs(hub.url, token, `shipments/${shipmentId}`);
    const events = bundle?.rows.tracking_events?.length ?? -1;
    await waitFor('the linked shipment and its events', () =>
      replicaPeek(path, (db) => db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM tracking_events WHERE shipment_id = ?').get(shipmentId!)?.n === events &&
        db.prepare<[string], { id: string }>('SELECT id FROM shipments WHERE id = ?').get(shipmentId!) !== undefined),
    );
  });

  it('a reply to a cached old ticket reaches the hub and stays in step', async () => {
    const { ticket, messages } = oldTickets[0]!;
    await sendMessage(core, { ticketId: ticket.id, kind: 'note', body: 'Looked at this again after the customer called.' });
    await waitFor('the note confirmed', async () => (await call(core, 'sync.status', {})).unsent === 0);
    const { bundle } = await historyAs(hub.url, token, `tickets/${ticket.id}`);
    expect(bundle?.rows.messages?.length).toBe(messages + 1);
    expect(localTicket(ticket.id)?.messages).toBe(messages + 1);
  });

  it('fetches an old shipment with its events and a customer history page into the replica', async () => {
    const old = oldTickets.find((t) => t.ticket.shipmentId !== null);
    const customerId = oldTickets[3]!.ticket.customerId;
    const page = await call(core, 'history.fetchCustomer', { customerId, limit: 200 });
    expect(page.found).toBe(true);
    expect(page.tickets).toBeGreaterThan(0);
    expect(localTicket(oldTickets[3]!.ticket.id)?.messages).toBe(oldTickets[3]!.messages);
    if (old) {
      const { bundle } = await historyAs(hub.url, token, `shipments/${old.ticket.shipmentId}`);
      expect(await call(core, 'history.fetchShipment', { id: old.ticket.shipmentId! })).toEqual({ found: true });
      const events = replicaPeek(path, (db) => db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM tracking_events WHERE shipment_id = ?').get(old.ticket.shipmentId!)?.n);
      expect(events).toBe(bundle?.rows.tracking_events?.length);
    }
    expect(await call(core, 'history.fetchShipment', { id: '019a0000-0000-7000-8000-000000000000' })).toEqual({ found: false });
  });

  it('history routes answer only within the caller\'s scopes', async () => {
    expect(freightTicketId).not.toBe('');
    expect((await historyAs(hub.url, token, `tickets/${freightTicketId}`)).status).toBe(404);
    expect(await call(core, 'tickets.get', { id: freightTicketId })).toBeNull();
    expect(localTicket(freightTicketId)).toBeNull();
    expect((await historyAs(hub.url, null, `tickets/${oldTickets[0]!.ticket.id}`)).status).toBe(401);
    expect((await historyAs(hub.url, token, 'tickets/not-a-uuid')).status).toBe(400);
    // A customer's history lists only Priya's team's tickets.
    const { bundle } = await historyAs(hub.url, token, `customers/${oldTickets[0]!.ticket.customerId}?limit=200`);
    for (const t of bundle?.rows.tickets ?? []) expect(t.teamId).toBe(parcelTeamId);
    const ticketIds = new Set((bundle?.rows.tickets ?? []).map((t) => t.id));
    for (const m of bundle?.rows.messages ?? []) expect(ticketIds.has(m.ticketId)).toBe(true);
  });
});
