import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../src/core';
import { createDesktopCore, type DesktopCore } from '../../../../src/desktop/createDesktopCore';
import { startHub, type RunningHub } from '../../../../src/hub/startHub';
import { call } from '../../../fixtures/desktop/coreCalls';
import { connectSocket } from '../../../fixtures/hub/connectSocket';
import { hubLogin } from '../../../fixtures/hub/hubLogin';
import { socketRequestOk } from '../../../fixtures/hub/socketRequest';
import { freshPgDatabase } from '../../../fixtures/desktop/freshPgDatabase';
import { tempDir } from '../../../fixtures/desktop/tempDir';
import { waitFor } from '../../../fixtures/desktop/waitFor';
import { sendMessage } from '../../../fixtures/desktop/sendMessage';

const PRIYA = { email: 'priya@relay.example', password: 'demo-priya' };
const MAYA = { email: 'maya@relay.example', password: 'demo-maya' };

const skipReason =
  process.env.DATABASE_URL && process.env.REDIS_URL
    ? null
    : 'DATABASE_URL and REDIS_URL must both be set (e.g. postgres://postgres@127.0.0.1:5432/test, redis://127.0.0.1:6379)';
if (skipReason) console.info(`[hub scale-out] skipped: ${skipReason}`);

/** Two hub nodes sharing nothing but one PostgreSQL database and a Redis channel prefix. */
describe.skipIf(skipReason !== null)('two hub nodes over one PostgreSQL with the Redis adapter', () => {
  const dir = tempDir('relay-scale-');
  const redisKey = `relay-test-${randomBytes(6).toString('hex')}`;
  let db: { url: string; drop(): Promise<void> };
  let node1: RunningHub;
  let node2: RunningHub;
  let onNode1: DesktopCore;
  let onNode2: DesktopCore;
  let ticketId = '';

  beforeAll(async () => {
    db = await freshPgDatabase(process.env.DATABASE_URL ?? '', 'relay_scale');
    const options = { databaseUrl: db.url, redisUrl: process.env.REDIS_URL, redisKey, seed: 'demo' as const, port: 0 };
    // Started together: migrations, secret and demo seed must each happen once.
    [node1, node2] = await Promise.all([startHub(options), startHub(options)]);
    onNode1 = await createDesktopCore({ dbPath: dir.file('one.sqlite'), hubUrl: node1.url, log: () => {} });
    onNode2 = await createDesktopCore({ dbPath: dir.file('two.sqlite'), hubUrl: node2.url, log: () => {} });
  });

  afterAll(async () => {
    for (const core of [onNode1, onNode2]) await core?.close();
    await node1?.close();
    await node2?.close();
    await db?.drop();
    dir.remove();
  });

  it('starts both nodes together on a fresh database: one schema, one seed, one shared token secret', async () => {
    const sql = postgres(db.url, { max: 1, onnotice: () => {} });
    try {
      // Seeded once: a second seed would have logged every team a second time.
      const [teams] = await sql<{ n: string }[]>`select count(*)::text as n from teams`;
      const [logged] = await sql<{ n: string }[]>`select count(*)::text as n from changes where entity = 'teams'`;
      expect(Number(teams?.n)).toBeGreaterThan(0);
      expect(logged?.n).toBe(teams?.n);
      const [migrations] = await sql<{ n: string }[]>`select count(*)::text as n from drizzle.__drizzle_migrations`;
      expect(Number(migrations?.n)).toBeGreaterThan(0);
    } finally {
      await sql.end();
    }
    // A token from node 1 works on node 2 (the secret lives in the database).
    const login = await fetch(`${node1.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(PRIYA),
    });
    const { token } = (await login.json()) as { token: string };
    const me = await fetch(`${node2.url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
  });

  it('delivers a change made through node 1 live to a desktop connected to node 2', async () => {
    await call(onNode1, 'session.signIn', PRIYA);
    await call(onNode2, 'session.signIn', PRIYA);
    for (const core of [onNode1, onNode2]) {
      await waitFor('first sync', async () => {
        const status = await call(core, 'sync.status', {});
        return status.connection === 'online' && !status.syncing;
      });
    }
    const inbox = await call(onNode2, 'tickets.list', { status: ['new', 'open', 'pending'] });
    ticketId = inbox[0]?.id ?? '';
    expect(ticketId).not.toBe('');

    const body = `Through node 1 — ${uuidv7()}`;
    const result = await node1.mutate(MAYA.email, 'message.send', { id: uuidv7(), ticketId, kind: 'note', body });
    expect(result.status).toBe('applied');
    const seen = await waitFor('the note on the node 2 desktop', async () =>
      (await call(onNode2, 'tickets.get', { id: ticketId }))?.messages.find((m) => m.body === body),
    );
    expect(seen.pending).toBe(false);
  });

  it('converges when both desktops write concurrently through different nodes', async () => {
    const bodies1 = Array.from({ length: 8 }, (_, i) => `node1 reply ${i} — ${uuidv7()}`);
    const bodies2 = Array.from({ length: 8 }, (_, i) => `node2 reply ${i} — ${uuidv7()}`);
    // Interleave the local writes so both outboxes flush at the same time, plus hub-side writes on both nodes.
    await Promise.all([
      (async () => {
        for (const body of bodies1) await sendMessage(onNode1, { ticketId, kind: 'note', body });
      })(),
      (async () => {
        for (const body of bodies2) await sendMessage(onNode2, { ticketId, kind: 'note', body });
      })(),
      node1.mutate(MAYA.email, 'ticket.update', { id: ticketId, priority: 'high' }),
      node2.mutate(MAYA.email, 'ticket.update', { id: ticketId, status: 'pending' }),
    ]);

    const sql = postgres(db.url, { max: 1, onnotice: () => {} });
    try {
      const settled = async (core: DesktopCore): Promise<boolean> => (await call(core, 'sync.status', {})).unsent === 0;
      await waitFor('both outboxes delivered', async () => (await settled(onNode1)) && (await settled(onNode2)));
      const hubView = async (): Promise<string> => {
        const messages = await sql<{ id: string; body: string }[]>`select id, body from messages where ticket_id = ${ticketId} order by id`;
        const [ticket] = await sql<{ status: string; priority: string }[]>`select status, priority from tickets where id = ${ticketId}`;
        return JSON.stringify({ ticket, messages: messages.map((m) => [m.id, m.body]) });
      };
      const desktopView = async (core: DesktopCore): Promise<string> => {
        const detail = await call(core, 'tickets.get', { id: ticketId });
        const messages = [...(detail?.messages ?? [])].sort((a, b) => (a.id < b.id ? -1 : 1));
        return JSON.stringify({
          ticket: { status: detail?.ticket.status, priority: detail?.ticket.priority },
          messages: messages.map((m) => [m.id, m.body]),
        });
      };
      const expected = await waitFor('both desktops equal the hub', async () => {
        const hub = await hubView();
        return (await desktopView(onNode1)) === hub && (await desktopView(onNode2)) === hub && hub;
      });
      const parsed = JSON.parse(expected) as { ticket: { status: string; priority: string }; messages: [string, string][] };
      expect(parsed.ticket).toEqual({ status: 'pending', priority: 'high' });
      const hubBodies = parsed.messages.map(([, body]) => body);
      for (const body of [...bodies1, ...bodies2]) expect(hubBodies.filter((b) => b === body)).toHaveLength(1);
    } finally {
      await sql.end();
    }
  });

  it('an admin change through node 1 cuts the agent\'s socket on node 2; deactivation is refused there at once', async () => {
    const tom = await hubLogin(node2.url, 'tom@relay.example', 'demo-tom');
    const socket = await connectSocket(node2.url, { token: tom.token });
    const reasons: string[] = [];
    socket.on('disconnect', (reason) => reasons.push(reason));
    await socketRequestOk(socket, 'hello', { protocol: 1, clientId: uuidv7(), cursors: {} });
    const maya = await hubLogin(node1.url, MAYA.email, MAYA.password);
    const admin = (method: string, path: string, body?: unknown) =>
      fetch(`${node1.url}/api/v1/admin${path}`, {
        method,
        headers: { authorization: `Bearer ${maya.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    expect((await admin('PATCH', `/agents/${tom.agent.id}`, { role: 'lead' })).status).toBe(200);
    await waitFor('the node 2 socket cut', () => reasons.includes('io server disconnect'));
    socket.close();

    expect((await fetch(`${node2.url}/api/v1/me`, { headers: { authorization: `Bearer ${tom.token}` } })).status).toBe(200);
    expect((await admin('POST', `/agents/${tom.agent.id}/deactivate`)).status).toBe(200);
    expect((await fetch(`${node2.url}/api/v1/me`, { headers: { authorization: `Bearer ${tom.token}` } })).status).toBe(401);
    await expect(connectSocket(node2.url, { token: tom.token })).rejects.toThrow(/deactivated/);
  });
});
