import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7, type Actor, type SyncStatus } from '../../../../src/core';
import { openLocalStore, type LocalStore } from '../../../../src/desktop/db/localStore';
import { messages, tickets } from '../../../../src/desktop/db/schema';
import { runLocalWrite } from '../../../../src/desktop/outbox/runLocalWrite';
import { StatusTracker } from '../../../../src/desktop/status/StatusTracker';
import { MAX_INTERNAL_FAILURES } from '../../../../src/desktop/sync/flushOutbox';
import type { BackoffPolicy } from '../../../../src/desktop/sync/RetryBackoff';
import { SyncEngine } from '../../../../src/desktop/sync/SyncEngine';
import { startHub, type RunningHub } from '../../../../src/hub/startHub';
import { startCuttableProxy, type CuttableProxy } from '../../../fixtures/desktop/cuttableProxy';
import { tempDir } from '../../../fixtures/desktop/tempDir';
import { waitFor } from '../../../fixtures/desktop/waitFor';
import { hubLogin } from '../../../fixtures/hub/hubLogin';

/**
 * The outbox never stalls silently: a real hub (PGlite) behind a cuttable link and a real sync
 * engine on a SQLite replica. PostgreSQL refuses text with a NUL character, so a note holding
 * one makes the hub fail on that mutation (an internal error, not a refusal) every time.
 */
describe('outbox retries', () => {
  const dir = tempDir('relay-outbox-retry-');
  let hub: RunningHub;
  const open: Array<{ engine: SyncEngine; store: LocalStore; proxy: CuttableProxy }> = [];

  beforeAll(async () => {
    // The proxies present their own port in the Host header; the hub must answer to them too.
    hub = await startHub({ dataDir: ':memory:', seed: 'demo', port: 0, allowedHosts: ['127.0.0.1'] });
  });
  afterEach(async () => {
    for (const { engine, store, proxy } of open.splice(0)) {
      await engine.stop();
      store.close();
      await proxy.close();
    }
  });
  afterAll(async () => {
    await hub?.close();
    dir.remove();
  });

  /** A signed-in engine for Priya on its own replica behind its own proxy, caught up with the hub. */
  async function desktop(options: { backoff: BackoffPolicy; requestTimeoutMs?: number; now?: () => number }) {
    const proxy = await startCuttableProxy({ host: '127.0.0.1', port: hub.port });
    const store = openLocalStore(dir.file(`${uuidv7()}.sqlite`));
    const { token, agent } = await hubLogin(hub.url, 'priya@relay.example', 'demo-priya');
    const actor: Actor = { agentId: agent.id, role: agent.role, teamId: agent.teamId };
    const history: SyncStatus[] = [];
    const status = new StatusTracker((s) => history.push(s));
    const engine = new SyncEngine({
      store,
      hubUrl: proxy.url,
      token,
      clientId: store.state.clientId(),
      actor: () => actor,
      onAgent: () => {},
      status,
      dataChanged: () => {},
      now: options.now ?? Date.now,
      log: () => {},
      backoff: options.backoff,
      requestTimeoutMs: options.requestTimeoutMs,
    });
    open.push({ engine, store, proxy });
    engine.start(false);
    await waitFor('first sync', () => status.get().connection === 'online' && !status.get().syncing, 60_000);
    const ticket = store.db.select().from(tickets).all().find((t) => t.status === 'open' || t.status === 'new');
    if (!ticket) throw new Error('the demo world has no open ticket for Priya');
    /** Queues a note as the app does: optimistic row + outbox entry, then a send. */
    const note = (body: string): { mutationId: string; messageId: string } => {
      const messageId = uuidv7();
      const envelope = { id: uuidv7(), name: 'message.send', args: { id: messageId, ticketId: ticket.id, kind: 'note', body }, clientId: store.state.clientId(), createdAt: Date.now() };
      runLocalWrite(store, envelope, actor);
      status.set({ ...store.outbox.counts() });
      engine.flushSoon();
      return { mutationId: envelope.id, messageId };
    };
    const hasMessage = (id: string): boolean => store.db.select().from(messages).all().some((m) => m.id === id);
    return { engine, store, proxy, status, history, note, hasMessage };
  }

  it(`moves a change the hub keeps failing on to the refused list after ${MAX_INTERNAL_FAILURES} tries, and the changes behind it reach the hub`, async () => {
    const d = await desktop({ backoff: { baseMs: 20, maxMs: 200, random: () => 0.5 } });
    const bad = d.note('Broken scanner output: \u0000');
    const good = d.note('Customer confirmed the new delivery slot.');

    const refusal = await waitFor('the failing change in the refused list', () => d.store.outbox.failure(bad.mutationId) ?? false);
    expect(refusal.name).toBe('message.send');
    const [row] = d.store.sqlite.prepare('select code, message from failed_mutations where id = ?').all(bad.mutationId) as Array<{ code: string; message: string }>;
    expect(row?.code).toBe('internal');
    expect(row?.message).toMatch(new RegExp(`^The hub failed on this change ${MAX_INTERNAL_FAILURES} times: The hub hit an internal error on this change \\(hub log reference [0-9a-f]{8}\\)\\.$`));

    // The change behind it flows: the hub has it and the replica holds it as hub state.
    await waitFor('the outbox to drain', () => d.store.outbox.all().length === 0);
    expect(d.hasMessage(good.messageId)).toBe(true);
    // Its optimistic effect is rolled back like a refusal's.
    expect(d.hasMessage(bad.messageId)).toBe(false);
    expect(d.status.get()).toMatchObject({ unsent: 0, refused: 1, connection: 'online', lastError: null, retryAt: null });
    // While it was retried, the header said why and when, online; the connection was never dropped for it.
    expect(d.history.some((s) => s.connection === 'online' && s.retryAt !== null && s.lastError?.includes('internal error') === true)).toBe(true);
    expect(d.proxy.connections).toBe(1);
  });

  it('retries a send that timed out after a backoff, with no new write and no reconnect', async () => {
    const d = await desktop({ backoff: { baseMs: 200, maxMs: 400, random: () => 0 }, requestTimeoutMs: 1_500 });
    const connections = d.proxy.connections;
    d.proxy.stall();
    const sent = d.note('Left a card; the driver tries again tomorrow.');
    await waitFor('the timeout to show', () => d.status.get().lastError?.includes('did not answer') === true && d.status.get().retryAt !== null);
    expect(d.status.get()).toMatchObject({ connection: 'online', unsent: 1 });
    // A timeout is not the hub failing on the change: it is never counted towards giving up.
    expect(d.store.outbox.all()[0]?.attempts).toBe(0);

    d.proxy.unstall();
    await waitFor('the note to be confirmed', () => d.store.outbox.all().length === 0 && d.hasMessage(sent.messageId));
    expect(d.status.get()).toMatchObject({ unsent: 0, refused: 0, lastError: null, retryAt: null });
    expect(d.proxy.connections).toBe(connections);
  });

  it('keeps reconnecting to an unreachable hub on a growing backoff, never giving up on the change, and sends it once the hub is back', async () => {
    // A frozen clock makes retryAt exactly the wait the engine chose.
    const d = await desktop({ backoff: { baseMs: 100, maxMs: 400, random: () => 0 }, now: () => 0 });
    await d.proxy.cut();
    const sent = d.note('Parcel rerouted to the pickup point.');
    await waitFor('four attempts', () => new Set(d.history.map((s) => s.retryAt).filter((at) => at !== null)).size >= 3 && d.history.filter((s) => s.connection === 'connecting').length >= 4);
    const waits = [...new Set(d.history.map((s) => s.retryAt).filter((at): at is number => at !== null))];
    expect(waits.slice(0, 3)).toEqual([50, 100, 200]);
    expect(d.status.get()).toMatchObject({ unsent: 1, refused: 0 });
    expect(d.status.get().lastError).toMatch(/^Cannot reach the hub|^The connection to the hub/);
    expect(d.store.outbox.all()[0]?.attempts).toBe(0);

    await d.proxy.restore();
    await waitFor('the note to be confirmed', () => d.store.outbox.all().length === 0 && d.hasMessage(sent.messageId));
    expect(d.status.get()).toMatchObject({ connection: 'online', unsent: 0, lastError: null, retryAt: null });
  });
});
