/**
 * A damaged replica end to end: Priya queues three replies offline, the app stops, a page of
 * the tickets table is destroyed on disk; at the next start the core keeps the file aside,
 * tells her once that three unsent changes were rescued, rebuilds the replica from the hub by
 * the normal first sync and sends the three replies, each applied once.
 */
import { closeSync, openSync, readdirSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDesktopCore, type DesktopCore } from '../../../src/desktop/createDesktopCore';
import { memoryTokenStore } from '../../../src/desktop/session/memoryTokenStore';
import { startHub, type RunningHub } from '../../../src/hub/startHub';
import { call } from '../../fixtures/desktop/coreCalls';
import { tempDir } from '../../fixtures/desktop/tempDir';
import { waitFor } from '../../fixtures/desktop/waitFor';
import { hubLogin } from '../../fixtures/hub/hubLogin';
import { historyAs } from '../partial/historyAs';
import { replicaPeek } from '../partial/replicaPeek';
import { sendMessage } from '../../fixtures/desktop/sendMessage';

const PRIYA = { email: 'priya@relay.example', password: 'demo-priya' };

describe('rebuilding a damaged replica from the hub', () => {
  const dir = tempDir('relay-rebuild-');
  const path = dir.file('replica.sqlite');
  const tokens = memoryTokenStore();
  let hub: RunningHub;
  let core: DesktopCore;

  const caughtUp = (): Promise<unknown> =>
    waitFor('online and caught up', async () => {
      const s = await call(core, 'sync.status', {});
      return s.connection === 'online' && !s.syncing;
    });
  const tickets = (): number => replicaPeek(path, (db) => db.prepare<[], { n: number }>('SELECT count(*) AS n FROM tickets').get()!.n);

  beforeAll(async () => {
    hub = await startHub({ dataDir: ':memory:', seed: 'demo', port: 0 });
    core = await createDesktopCore({ dbPath: path, hubUrl: hub.url, tokenStore: tokens, log: () => {} });
    await call(core, 'session.signIn', PRIYA);
    await caughtUp();
  }, 120_000);

  afterAll(async () => {
    await core?.close();
    await hub?.close();
    dir.remove();
  });

  it('rescues the unsent replies, rebuilds from the hub and sends them once', async () => {
    const held = tickets();
    expect(held).toBeGreaterThan(0);
    const ticket = (await call(core, 'tickets.list', { view: 'all', limit: 1 }))[0]!;
    await call(core, 'sync.setPaused', { paused: true });
    const bodies = [1, 2, 3].map((i) => `Rescued reply ${i} — ${Date.now()}`);
    for (const body of bodies) await sendMessage(core, { ticketId: ticket.id, kind: 'reply', body });
    expect((await call(core, 'sync.status', {})).unsent).toBe(3);
    await core.close();

    // Destroy the tickets table's root page on disk.
    const { rootpage, pageSize } = replicaPeek(path, (db) => ({
      rootpage: db.prepare<[], { rootpage: number }>("SELECT rootpage FROM sqlite_master WHERE name = 'tickets'").get()!.rootpage,
      pageSize: Number(db.pragma('page_size', { simple: true })),
    }));
    const fd = openSync(path, 'r+');
    writeSync(fd, randomBytes(pageSize), 0, pageSize, (rootpage - 1) * pageSize);
    closeSync(fd);

    core = await createDesktopCore({ dbPath: path, hubUrl: hub.url, tokenStore: tokens, log: () => {} });
    const notices = await call(core, 'app.notices', {});
    expect(notices.map((n) => n.message)).toEqual(['The local database was damaged and has been rebuilt from the hub; 3 unsent changes were rescued.']);
    expect(readdirSync(dir.path).filter((f) => /^replica\.corrupt-.*\.db$/.test(f))).toHaveLength(1);

    await caughtUp();
    await waitFor('the rescued replies confirmed', async () => (await call(core, 'sync.status', {})).unsent === 0);
    expect(tickets()).toBe(held);
    const { token } = await hubLogin(hub.url, PRIYA.email, PRIYA.password);
    const { bundle } = await historyAs(hub.url, token, `tickets/${ticket.id}`);
    const onHub = (bundle?.rows.messages ?? []).map((m) => String(m.body));
    for (const body of bodies) expect(onHub.filter((b) => b === body), body).toHaveLength(1);
    const local = replicaPeek(path, (db) => db.prepare<[string], { body: string }>('SELECT body FROM messages WHERE ticket_id = ?').all(ticket.id).map((m) => m.body));
    for (const body of bodies) expect(local.filter((b) => b === body), body).toHaveLength(1);
    expect(replicaPeek(path, (db) => db.pragma('quick_check', { simple: true }))).toBe('ok');
  });
});
