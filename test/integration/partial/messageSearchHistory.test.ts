/**
 * "Search older tickets on the hub": a real hub (PGlite, demo world) with a one-day window, so
 * solved tickets stay on the hub; Priya's desktop asks the hub for old tickets whose messages hold
 * a word, caches them, and its own full-text search finds them after. Another team's agent never
 * gets Priya's team's tickets from the route.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityRowSchemas } from '../../../src/core';
import { createDesktopCore, type DesktopCore } from '../../../src/desktop/createDesktopCore';
import { startHub, type RunningHub } from '../../../src/hub/startHub';
import { call } from '../../fixtures/desktop/coreCalls';
import { tempDir } from '../../fixtures/desktop/tempDir';
import { waitFor } from '../../fixtures/desktop/waitFor';
import { hubLogin } from '../../fixtures/hub/hubLogin';
import { historyAs } from './historyAs';
import { replicaPeek } from './replicaPeek';

const PRIYA = { email: 'priya@relay.example', password: 'demo-priya' };

describe('searching older tickets on the hub by message text', () => {
  const dir = tempDir('relay-msg-history-');
  const path = dir.file('priya.sqlite');
  let hub: RunningHub;
  let core: DesktopCore;
  let token = '';
  let old: { ticketId: string; teamId: string; word: string } | null = null;

  beforeAll(async () => {
    hub = await startHub({ dataDir: ':memory:', seed: 'demo', port: 0, replicationWindow: { ticketDays: 1, logisticsDays: 1 } });
    core = await createDesktopCore({ dbPath: path, hubUrl: hub.url, log: () => {} });
    await call(core, 'session.signIn', PRIYA);
    token = (await hubLogin(hub.url, PRIYA.email, PRIYA.password)).token;
    await waitFor('priya online and caught up', async () => {
      const s = await call(core, 'sync.status', {});
      return s.connection === 'online' && !s.syncing;
    });
    // An old ticket of Priya's team that the replica does not hold, and a distinctive word of its thread.
    const customerIds = replicaPeek(path, (db) => db.prepare<[], { id: string }>('SELECT id FROM customers ORDER BY id').all().map((r) => r.id));
    for (const customerId of customerIds) {
      const { bundle } = await historyAs(hub.url, token, `customers/${customerId}?limit=200`);
      for (const raw of bundle?.rows.messages ?? []) {
        const message = entityRowSchemas.messages.parse(raw);
        const held = replicaPeek(path, (db) => db.prepare('SELECT 1 FROM tickets WHERE id = ?').get(message.ticketId));
        const ticket = (bundle?.rows.tickets ?? []).find((t) => t.id === message.ticketId);
        if (held || !ticket) continue;
        // A word no message on this computer has, so the hub's newest matches include this ticket.
        for (const word of message.body.match(/[A-Za-z]{7,}/g) ?? []) {
          if ((await call(core, 'messages.search', { query: `${word} `, limit: 1 })).length === 0) {
            old = { ticketId: message.ticketId, teamId: String(ticket.teamId), word };
            break;
          }
        }
        if (old) break;
      }
      if (old) break;
    }
  }, 120_000);

  afterAll(async () => {
    await core?.close();
    await hub?.close();
    dir.remove();
  });

  it('finds nothing of the old ticket locally, then caches it from the hub so the local search finds it', async () => {
    expect(old, 'the demo world has an old ticket outside a one-day window').not.toBeNull();
    const { ticketId, word } = old!;
    const before = await call(core, 'messages.search', { query: word, limit: 100 });
    expect(before.map((h) => h.ticketId)).not.toContain(ticketId);

    const answer = await call(core, 'history.searchMessages', { query: word });
    expect(answer.found).toBe(true);
    expect(answer.tickets).toBeGreaterThan(0);
    const after = await call(core, 'messages.search', { query: word, limit: 100 });
    const hit = after.find((h) => h.ticketId === ticketId);
    expect(hit?.snippet.marks.length).toBeGreaterThan(0);
    expect(hit?.source).toBe('replica');
  });

  it("never answers another team's tickets, and refuses a one-letter search", async () => {
    const { word, teamId } = old!;
    const tom = await hubLogin(hub.url, 'tom@relay.example', 'demo-tom');
    const { status, bundle } = await historyAs(hub.url, tom.token, `messages?q=${encodeURIComponent(word)}`);
    expect(status).toBe(200);
    expect((bundle?.rows.tickets ?? []).filter((t) => t.teamId === teamId)).toEqual([]);
    expect((await historyAs(hub.url, token, 'messages?q=a')).status).toBe(400);
  });
});
