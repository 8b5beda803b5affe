/**
 * The replica prune against a real hub (PGlite, demo world, one-day window) and a desktop core
 * over sockets: old tickets fetched on demand stay while their open is recent and go once it is
 * old, taking their thread; the window's own rows are untouched; a pruned ticket re-opened on
 * the hub comes back whole through the (unwindowed) change log and the hydration path.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityRowSchemas, type TicketRow } from '../../../src/core';
import { createDesktopCore, type DesktopCore } from '../../../src/desktop/createDesktopCore';
import { startHub, type RunningHub } from '../../../src/hub/startHub';
import { call } from '../../fixtures/desktop/coreCalls';
import { tempDir } from '../../fixtures/desktop/tempDir';
import { waitFor } from '../../fixtures/desktop/waitFor';
import { hubLogin } from '../../fixtures/hub/hubLogin';
import { historyAs } from '../partial/historyAs';
import { replicaPeek } from '../partial/replicaPeek';

const PRIYA = { email: 'priya@relay.example', password: 'demo-priya' };
const WINDOW = { ticketDays: 1, logisticsDays: 1 };

describe('pruning a synced replica', () => {
  const dir = tempDir('relay-prune-int-');
  const path = dir.file('priya.sqlite');
  let hub: RunningHub;
  let core: DesktopCore;
  /** Old solved/closed tickets of Priya's team (outside the window), with their thread sizes on the hub. */
  const old: { ticket: TicketRow; messages: number }[] = [];

  const local = (id: string): { status: string; messages: number } | null =>
    replicaPeek(path, (db) => {
      const t = db.prepare<[string], { status: string }>('SELECT status FROM tickets WHERE id = ?').get(id);
      if (!t) return null;
      return { status: t.status, messages: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM messages WHERE ticket_id = ?').get(id)!.n };
    });
  const ticketIds = (): string[] => replicaPeek(path, (db) => db.prepare<[], { id: string }>('SELECT id FROM tickets ORDER BY id').all().map((r) => r.id));

  beforeAll(async () => {
    hub = await startHub({ dataDir: ':memory:', seed: 'demo', port: 0, replicationWindow: WINDOW });
    core = await createDesktopCore({ dbPath: path, hubUrl: hub.url, replicationWindow: WINDOW, log: () => {} });
    await call(core, 'session.signIn', PRIYA);
    await waitFor('priya online and caught up', async () => {
      const s = await call(core, 'sync.status', {});
      return s.connection === 'online' && !s.syncing;
    });
    const { token } = await hubLogin(hub.url, PRIYA.email, PRIYA.password);
    const customerIds = replicaPeek(path, (db) => db.prepare<[], { id: string }>('SELECT id FROM customers ORDER BY id').all().map((r) => r.id));
    for (const customerId of customerIds) {
      if (old.length >= 2) break;
      const { bundle } = await historyAs(hub.url, token, `customers/${customerId}?limit=200`);
      for (const raw of bundle?.rows.tickets ?? []) {
        const ticket = entityRowSchemas.tickets.parse(raw);
        const messages = (bundle?.rows.messages ?? []).filter((m) => m.ticketId === ticket.id).length;
        if ((ticket.status === 'solved' || ticket.status === 'closed') && messages > 0 && old.length < 2) old.push({ ticket, messages });
      }
    }
  }, 120_000);

  afterAll(async () => {
    await core?.close();
    await hub?.close();
    dir.remove();
  });

  it('keeps a recently opened old ticket, removes one opened long ago, and leaves the window alone', async () => {
    expect(old, 'the demo world has old solved tickets in Parcel').toHaveLength(2);
    const [kept, aged] = old as [(typeof old)[number], (typeof old)[number]];
    const windowTickets = ticketIds();
    for (const { ticket } of old) await call(core, 'tickets.get', { id: ticket.id });
    expect(local(aged.ticket.id)).toEqual({ status: aged.ticket.status, messages: aged.messages });
    const threadSizes = replicaPeek(path, (db) => db.prepare<[], { n: number }>('SELECT count(*) AS n FROM messages').get()!.n);

    // Fifteen days later for this one record: its open no longer protects it.
    const writer = new Database(path);
    writer.prepare('UPDATE recent_opens SET opened_at = ? WHERE id = ?').run(Date.now() - 15 * 86_400_000, aged.ticket.id);
    writer.close();

    const report = await core.pruneNow();
    expect(report.complete).toBe(true);
    expect(report.removed.tickets).toBe(1);
    expect(report.removed.messages).toBe(aged.messages);
    expect(local(aged.ticket.id)).toBeNull();
    expect(local(kept.ticket.id)).toEqual({ status: kept.ticket.status, messages: kept.messages });
    expect(ticketIds()).toEqual([...windowTickets, kept.ticket.id].sort());
    expect(replicaPeek(path, (db) => db.prepare<[], { n: number }>('SELECT count(*) AS n FROM messages').get()!.n)).toBe(threadSizes - aged.messages);
  });

  it('a pruned ticket re-opened on the hub comes back with its whole thread', async () => {
    const aged = old[1]!;
    expect(local(aged.ticket.id)).toBeNull();
    const result = await hub.mutate('maya@relay.example', 'ticket.update', { id: aged.ticket.id, status: 'open' });
    expect(result.status).toBe('applied');
    // Read the file, not tickets.get: that would fetch on demand by itself and prove nothing.
    await waitFor('the re-opened ticket and its thread', () => {
      const back = local(aged.ticket.id);
      return back?.status === 'open' && back.messages === aged.messages;
    });
    // Now in the window: the next prune keeps it.
    await core.pruneNow();
    expect(local(aged.ticket.id)).toEqual({ status: 'open', messages: aged.messages });
  });
});
