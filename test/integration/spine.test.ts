import Database from 'better-sqlite3';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYNC_PROTOCOL_VERSION, uuidv7, type TicketDetail } from '../../src/core';
import { createDesktopCore, type DesktopCore } from '../../src/desktop/createDesktopCore';
import { fileTokenStore } from '../../src/desktop/session/fileTokenStore';
import { memoryTokenStore } from '../../src/desktop/session/memoryTokenStore';
import { SESSION_ENDED_MESSAGE } from '../../src/desktop/session/sessionEndedMessage';
import { startHub, type RunningHub } from '../../src/hub/startHub';
import { call } from '../fixtures/desktop/coreCalls';
import { startCuttableProxy, type CuttableProxy } from '../fixtures/desktop/cuttableProxy';
import { freshPgDatabase } from '../fixtures/desktop/freshPgDatabase';
import { rawHubClient } from '../fixtures/desktop/rawHubClient';
import { tempDir } from '../fixtures/desktop/tempDir';
import { waitFor } from '../fixtures/desktop/waitFor';
import { sendMessage } from '../fixtures/desktop/sendMessage';

const PRIYA = { email: 'priya@relay.example', password: 'demo-priya' };
const MAYA = { email: 'maya@relay.example', password: 'demo-maya' };

interface Backend {
  name: string;
  skip: string | null;
  hubStore(): Promise<{ options: { dataDir?: string; databaseUrl?: string }; cleanup(): Promise<void> }>;
}

const backends: Backend[] = [
  { name: 'PGlite', skip: null, hubStore: async () => ({ options: { dataDir: ':memory:' }, cleanup: async () => {} }) },
  {
    name: 'PostgreSQL',
    skip: process.env.DATABASE_URL ? null : 'DATABASE_URL is not set, so there is no PostgreSQL to run the hub on',
    hubStore: async () => {
      const db = await freshPgDatabase(process.env.DATABASE_URL ?? '');
      return { options: { databaseUrl: db.url }, cleanup: () => db.drop() };
    },
  },
];

for (const backend of backends) {
  if (backend.skip) console.info(`[spine] skipping the ${backend.name} run: ${backend.skip}`);

  describe.skipIf(backend.skip !== null)(`the spine on a ${backend.name} hub`, () => {
    const dir = tempDir('relay-spine-');
    const pathA = dir.file('a.sqlite');
    const tokensA = fileTokenStore(dir.file('a.token'));
    let hub: RunningHub;
    let proxy: CuttableProxy;
    let cleanupStore: () => Promise<void> = async () => {};
    let coreA: DesktopCore;
    let coreB: DesktopCore;
    const extraCores: DesktopCore[] = [];
    const sockets: Socket[] = [];
    let ticketId = '';

    const thread = async (core: DesktopCore): Promise<TicketDetail['messages']> =>
      (await call(core, 'tickets.get', { id: ticketId }))?.messages ?? [];
    const countBody = (messages: TicketDetail['messages'], body: string): number => messages.filter((m) => m.body === body).length;

    beforeAll(async () => {
      const store = await backend.hubStore();
      cleanupStore = store.cleanup;
      hub = await startHub({ ...store.options, seed: 'demo', port: 0 });
      proxy = await startCuttableProxy({ host: '127.0.0.1', port: hub.port });
      // Core A reaches the hub only through the proxy, so cutting the proxy cuts its network.
      coreA = await createDesktopCore({ dbPath: pathA, hubUrl: proxy.url, tokenStore: tokensA, log: () => {} });
      coreB = await createDesktopCore({ dbPath: dir.file('b.sqlite'), hubUrl: hub.url, log: () => {} });
    });

    afterAll(async () => {
      for (const s of sockets) s.close();
      for (const core of [coreA, coreB, ...extraCores]) await core?.close();
      await proxy?.close();
      await hub?.close();
      await cleanupStore();
      dir.remove();
    });

    it('signs two desktops in and completes their first sync', async () => {
      const session = await call(coreA, 'session.signIn', PRIYA);
      expect(session.agent?.email).toBe(PRIYA.email);
      await call(coreB, 'session.signIn', MAYA);
      for (const core of [coreA, coreB]) {
        await waitFor('first sync', async () => {
          const status = await call(core, 'sync.status', {});
          return status.connection === 'online' && !status.syncing;
        });
      }
      const inbox = await call(coreA, 'tickets.list', { status: ['new', 'open', 'pending'] });
      expect(inbox.length).toBeGreaterThan(0);
      expect(inbox.every((t) => t.customerName !== 'Unknown customer' && t.messageCount > 0)).toBe(true);
      ticketId = inbox[0]!.id;
      expect(await call(coreB, 'tickets.get', { id: ticketId })).not.toBeNull();
    });

    it('shows a ticket created on the hub live, and a reply from A live on B', async () => {
      const agentA = (await call(coreA, 'session.get', {})).agent!;
      const customerId = (await call(coreA, 'tickets.get', { id: ticketId }))!.ticket.customerId;
      const created = await hub.mutate(MAYA.email, 'ticket.create', {
        id: uuidv7(),
        subject: 'Where is my parcel?',
        customerId,
        teamId: agentA.teamId,
        channel: 'email',
        firstMessage: { id: uuidv7(), direction: 'inbound', body: 'Tracking has not moved for three days.' },
      });
      expect(created.status).toBe('applied');
      await waitFor('the new ticket on A', async () =>
        (await call(coreA, 'tickets.list', {})).some((t) => t.subject === 'Where is my parcel?' && t.number !== null),
      );

      const changedOnB: string[][] = [];
      const unsubscribe = coreB.on('data.changed', (p) => changedOnB.push(p.entities));
      const body = `On it — ${uuidv7()}`;
      const sent = await sendMessage(coreA, { ticketId, kind: 'reply', body });
      const local = (await thread(coreA)).find((m) => m.id === sent.messageId);
      expect(local).toMatchObject({ body, authorName: 'Priya Nair', direction: 'outbound' });
      const onB = await waitFor('the reply on B', async () => (await thread(coreB)).find((m) => m.id === sent.messageId));
      expect(onB).toMatchObject({ body, authorName: 'Priya Nair', pending: false });
      // The renderer re-queries on this event; a live arrival must announce the messages it wrote.
      expect(changedOnB.some((entities) => entities.includes('messages'))).toBe(true);
      unsubscribe();
      await waitFor('A to settle the reply', async () => (await thread(coreA)).find((m) => m.id === sent.messageId)?.pending === false);
    });

    it('queues replies while the network is cut, keeps them across a restart, and delivers each once', async () => {
      const before = (await thread(coreB)).length;
      await proxy.cut();
      await waitFor('A to notice the cut', async () => (await call(coreA, 'sync.status', {})).connection === 'offline');

      const bodies = [1, 2, 3].map((n) => `Offline reply ${n} — ${uuidv7()}`);
      for (const body of bodies) await sendMessage(coreA, { ticketId, kind: 'reply', body });
      const queued = (await thread(coreA)).filter((m) => bodies.includes(m.body));
      expect(queued.map((m) => m.pending)).toEqual([true, true, true]);
      expect((await call(coreA, 'sync.status', {})).unsent).toBe(3);

      // Restart: a new core on the same file and token, still without a network.
      await coreA.close();
      coreA = await createDesktopCore({ dbPath: pathA, hubUrl: proxy.url, tokenStore: tokensA, log: () => {} });
      expect((await call(coreA, 'session.get', {})).agent?.email).toBe(PRIYA.email);
      expect((await thread(coreA)).filter((m) => bodies.includes(m.body) && m.pending)).toHaveLength(3);
      expect((await call(coreA, 'sync.status', {})).unsent).toBe(3);

      await proxy.restore();
      await waitFor('A to deliver its outbox', async () => {
        const status = await call(coreA, 'sync.status', {});
        return status.connection === 'online' && status.unsent === 0;
      });
      const outboxRows = (): number => {
        const db = new Database(pathA, { readonly: true });
        try {
          return (db.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n;
        } finally {
          db.close();
        }
      };
      await waitFor('A to settle its outbox', () => outboxRows() === 0);
      expect((await thread(coreA)).filter((m) => bodies.includes(m.body)).map((m) => m.pending)).toEqual([false, false, false]);

      const onB = await waitFor('the three replies on B', async () => {
        const messages = await thread(coreB);
        return bodies.every((b) => countBody(messages, b) > 0) && messages;
      });
      expect(bodies.map((b) => countBody(onB, b))).toEqual([1, 1, 1]);
      expect(onB).toHaveLength(before + 3);

      // A third desktop's first sync reads the hub's own state, not anything relayed live.
      const coreC = await createDesktopCore({ dbPath: dir.file('c.sqlite'), hubUrl: hub.url, log: () => {} });
      extraCores.push(coreC);
      await call(coreC, 'session.signIn', PRIYA);
      const onC = await waitFor('C first sync', async () => {
        const status = await call(coreC, 'sync.status', {});
        return status.connection === 'online' && !status.syncing && (await thread(coreC));
      });
      expect(bodies.map((b) => countBody(onC, b))).toEqual([1, 1, 1]);
      expect(onC).toHaveLength(before + 3);
    });

    it('drops a queued reply the hub rejects (ticket closed meanwhile) and records why', async () => {
      const inbox = await call(coreA, 'tickets.list', { status: ['new', 'open', 'pending'] });
      const other = inbox.find((t) => t.id !== ticketId);
      if (!other) throw new Error('the demo data needs a second open ticket');
      await proxy.cut();
      await waitFor('A to notice the cut', async () => (await call(coreA, 'sync.status', {})).connection === 'offline');
      const body = `Too late — ${uuidv7()}`;
      const sent = await sendMessage(coreA, { ticketId: other.id, kind: 'reply', body });
      expect((await call(coreA, 'tickets.get', { id: other.id }))?.messages.find((m) => m.id === sent.messageId)?.pending).toBe(true);
      expect(await hub.mutate(MAYA.email, 'ticket.update', { id: other.id, status: 'closed' })).toMatchObject({ status: 'applied' });

      await proxy.restore();
      const failure = await waitFor('A to hear the rejection', async () =>
        (await call(coreA, 'sync.failures', {})).find((f) => f.id === sent.mutationId),
      );
      expect(failure).toMatchObject({
        code: 'conflict',
        message: expect.stringContaining('closed'),
        summary: `Reply on #${other.number} ${other.subject}`,
        ticketId: other.id,
        text: body,
      });
      expect((await call(coreA, 'sync.status', {})).refused).toBe(1);
      const detail = await call(coreA, 'tickets.get', { id: other.id });
      expect(detail?.ticket.status).toBe('closed');
      expect(detail?.messages.some((m) => m.id === sent.messageId)).toBe(false);
      expect((await call(coreA, 'sync.status', {})).unsent).toBe(0);
      await call(coreA, 'sync.dismissFailure', { id: sent.mutationId });
      expect((await call(coreA, 'sync.status', {})).refused).toBe(0);
      expect((await call(coreA, 'sync.failures', {})).some((f) => f.id === sent.mutationId)).toBe(false);
    });

    it('refuses an invalid token: the session ends with the reason and the core keeps serving its replica', async () => {
      const path = dir.file('d.sqlite');
      const first = await createDesktopCore({ dbPath: path, hubUrl: hub.url, log: () => {} });
      await call(first, 'session.signIn', PRIYA);
      await waitFor('D first sync', async () => !(await call(first, 'sync.status', {})).syncing && (await call(first, 'sync.status', {})).connection === 'online');
      await first.close();

      const coreD = await createDesktopCore({ dbPath: path, hubUrl: hub.url, tokenStore: memoryTokenStore('not-a-real-token'), log: () => {} });
      extraCores.push(coreD);
      const status = await waitFor('the refusal', async () => {
        const s = await call(coreD, 'sync.status', {});
        return s.lastError !== null && s;
      });
      expect(status).toMatchObject({ connection: 'signed_out', lastError: SESSION_ENDED_MESSAGE });
      expect((await call(coreD, 'tickets.list', {})).length).toBeGreaterThan(0);
    });

    it('rejects a malformed mutation with a clear error and applies the others in the same push', async () => {
      const socket = await rawHubClient(hub.url, PRIYA.email, PRIYA.password);
      sockets.push(socket);
      const clientId = uuidv7();
      expect(await socket.timeout(10_000).emitWithAck('hello', { protocol: SYNC_PROTOCOL_VERSION, clientId, cursors: {} })).toMatchObject({ ok: true });
      const envelope = (args: unknown) => ({ id: uuidv7(), name: 'message.send', args, clientId, createdAt: Date.now() });
      const good1 = envelope({ id: uuidv7(), ticketId, kind: 'note', body: `before the bad one ${uuidv7()}` });
      const bad = envelope({ id: uuidv7(), ticketId, kind: 'shout' });
      const good2 = envelope({ id: uuidv7(), ticketId, kind: 'note', body: `after the bad one ${uuidv7()}` });
      const before = (await thread(coreB)).length;

      const reply: unknown = await socket.timeout(10_000).emitWithAck('push', { mutations: [good1, bad, good2] });
      expect(reply).toMatchObject({
        ok: true,
        data: {
          results: [
            { id: good1.id, status: 'applied' },
            { id: bad.id, status: 'rejected', error: { code: 'invalid_args', message: expect.stringMatching(/kind.*body|body/s) } },
            { id: good2.id, status: 'applied' },
          ],
        },
      });

      const goodBodies = [good1, good2].map((e) => (e.args as { body: string }).body);
      for (const core of [coreA, coreB]) {
        const messages = await waitFor('both good notes', async () => {
          const m = await thread(core);
          return goodBodies.every((b) => countBody(m, b) === 1) && m;
        });
        expect(messages.some((m) => m.id === (bad.args as { id: string }).id)).toBe(false);
      }
      expect(await thread(coreB)).toHaveLength(before + 2);
    });
  });
}
