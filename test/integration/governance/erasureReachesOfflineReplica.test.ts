/**
 * The key erasure test (issue #15 part 5): desktop B holds a customer's thread, goes offline and
 * queues a reply to them; an admin erases the customer; B reconnects. Afterwards the customer's
 * name, email and a distinctive phrase of their thread are in no byte of B's SQLite file (after a
 * checkpoint), in no table of it (FTS included), and in no table of the hub, the change log and
 * the audit log included. B's queued reply is refused (the erased ticket is closed), not sent.
 */
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDesktopCore, type DesktopCore } from '../../../src/desktop/createDesktopCore';
import { startHub, type RunningHub } from '../../../src/hub/startHub';
import { call } from '../../fixtures/desktop/coreCalls';
import { startCuttableProxy, type CuttableProxy } from '../../fixtures/desktop/cuttableProxy';
import { sendMessage } from '../../fixtures/desktop/sendMessage';
import { tempDir } from '../../fixtures/desktop/tempDir';
import { waitFor } from '../../fixtures/desktop/waitFor';
import { hubLogin } from '../../fixtures/hub/hubLogin';
import { replicaPeek } from '../partial/replicaPeek';

interface Desk {
  path: string;
  proxy: CuttableProxy;
  core: DesktopCore;
}

const name = 'Zyxwq Quellbrook';
const email = 'quellbrook@zyxwq.example';
const phrase = 'quokkafandango';
const needles = [name, email, phrase, 'quellbrook'].map((n) => n.toLowerCase());

describe('erasing a customer reaches a replica that was offline', () => {
  const dir = tempDir('relay-erasure-');
  const hubDir = dir.file('hub');
  let hub: RunningHub | undefined;
  let adminToken = '';
  const desks: Desk[] = [];

  const status = (d: Desk) => call(d.core, 'sync.status', {});
  const online = (d: Desk): Promise<unknown> =>
    waitFor('desk online, caught up, outbox drained', async () => {
      const s = await status(d);
      return s.connection === 'online' && !s.syncing && s.unsent === 0;
    });
  async function desk(login: string, password: string): Promise<Desk> {
    const proxy = await startCuttableProxy({ host: '127.0.0.1', port: hub!.port });
    const path = dir.file(`${login}.sqlite`);
    const core = await createDesktopCore({ dbPath: path, hubUrl: proxy.url, log: () => {} });
    await call(core, 'session.signIn', { email: login, password });
    const d = { path, proxy, core };
    desks.push(d);
    await online(d);
    return d;
  }
  const holds = (d: Desk, text: string): boolean =>
    replicaPeek(d.path, (db) => db.prepare<[string], { n: number }>("SELECT count(*) AS n FROM messages WHERE body LIKE '%' || ? || '%'").get(text)!.n > 0);

  beforeAll(async () => {
    hub = await startHub({ dataDir: hubDir, seed: 'demo', port: 0 });
    adminToken = (await hubLogin(hub.url, 'maya@relay.example', 'demo-maya')).token;
  }, 120_000);

  afterAll(async () => {
    for (const d of desks) {
      await d.core.close();
      await d.proxy.close();
    }
    await hub?.close();
    dir.remove();
  });

  it('leaves no trace of the customer on the hub or on the reconnected replica', async () => {
    const a = await desk('maya@relay.example', 'demo-maya');
    const b = await desk('priya@relay.example', 'demo-priya');
    const list = await call(b.core, 'tickets.list', { view: 'all' });
    const ticket = list.find((t) => t.status !== 'solved' && t.status !== 'closed');
    if (!ticket) throw new Error('no open ticket in the demo data');
    const customer = replicaPeek(b.path, (db) => db.prepare<[string], { tier: string; segment: string }>('SELECT tier, segment FROM customers WHERE id = ?').get(ticket.customerId))!;
    // The customer gets a distinctive identity and their thread a distinctive phrase, so any leftover is findable.
    await hub!.mutate('maya@relay.example', 'customer.update', {
      customerId: ticket.customerId, name, email, phone: '+44 20 7946 0991', tier: customer.tier, segment: customer.segment, addresses: [], optIns: { email: true, sms: false, chat: false, social: false },
    });
    await hub!.mutate('maya@relay.example', 'message.send', { id: crypto.randomUUID(), ticketId: ticket.id, kind: 'note', body: `Customer says the ${phrase} pallet arrived wet.` });
    await waitFor('both desks hold the phrase', () => holds(a, phrase) && holds(b, phrase));

    await b.proxy.cut();
    await waitFor('desk B offline', async () => (await status(b)).connection === 'offline');
    const reply = 'Offline reply queued before the erasure.';
    await sendMessage(b.core, { ticketId: ticket.id, kind: 'reply', body: reply });
    expect((await status(b)).unsent).toBe(1);

    const wrongName = await fetch(`${hub!.url}/api/v1/admin/customers/${ticket.customerId}/erase`, {
      method: 'POST', headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' }, body: JSON.stringify({ confirmName: 'Someone Else' }),
    });
    expect(wrongName.status).toBe(400);
    const erased = await fetch(`${hub!.url}/api/v1/admin/customers/${ticket.customerId}/erase`, {
      method: 'POST', headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' }, body: JSON.stringify({ confirmName: name.toUpperCase() }),
    });
    expect(erased.status, await erased.clone().text()).toBe(200);
    const { erasure } = (await erased.json()) as { erasure: { touched: Record<string, number> } };
    expect(erasure.touched.messages).toBeGreaterThan(0);
    expect(erasure.touched.changeLogRows).toBeGreaterThan(0);
    // The online desk gets the anonymised rows live.
    await waitFor('desk A lost the phrase', () => !holds(a, phrase));

    await b.proxy.restore();
    await call(b.core, 'sync.reconnectNow', {});
    await online(b);
    const row = replicaPeek(b.path, (db) => db.prepare<[string], { name: string; email: string | null }>('SELECT name, email FROM customers WHERE id = ?').get(ticket.customerId))!;
    expect(row).toEqual({ name: 'Erased customer', email: null });
    // The queued reply was refused (the erasure closed the ticket) and never reached the hub.
    const failures = await call(b.core, 'sync.failures', {});
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ code: 'conflict', text: reply });

    for (const d of [a, b]) {
      await d.core.close();
      await d.proxy.close();
    }
    desks.length = 0;
    for (const path of [a.path, b.path]) {
      const db = new Database(path);
      db.pragma('wal_checkpoint(TRUNCATE)');
      expect(db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM messages_fts WHERE messages_fts MATCH ?').get(phrase)!.n).toBe(0);
      for (const { name: table } of db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all()) {
        const rows = db.prepare(`SELECT * FROM "${table}"`).all();
        const text = JSON.stringify(rows).toLowerCase();
        for (const n of needles) expect(text.includes(n), `${table} of ${path} holds "${n}"`).toBe(false);
      }
      db.close();
      const bytes = readFileSync(path).toString('latin1').toLowerCase();
      for (const n of needles) expect(bytes.includes(n), `the file ${path} holds "${n}"`).toBe(false);
    }

    await hub!.close();
    hub = undefined;
    const pg = new PGlite(hubDir);
    try {
      const tables = await pg.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'");
      expect(tables.rows.map((t) => t.table_name)).toContain('changes');
      for (const { table_name } of tables.rows) {
        for (const n of needles) {
          const found = await pg.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table_name}" t WHERE t::text ILIKE '%' || $1 || '%'`, [n]);
          expect(found.rows[0]!.n, `hub table ${table_name} holds "${n}"`).toBe(0);
        }
      }
    } finally {
      await pg.close();
    }
  }, 180_000);
});
