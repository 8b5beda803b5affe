import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../src/core';
import { startHub, type RunningHub } from '../../../../src/hub/startHub';
import { freshPgDatabase } from '../../../fixtures/desktop/freshPgDatabase';
import { waitFor } from '../../../fixtures/desktop/waitFor';
import { connectSocket, type HubClientSocket } from '../../../fixtures/hub/connectSocket';
import { hubLogin } from '../../../fixtures/hub/hubLogin';
import { socketRequest } from '../../../fixtures/hub/socketRequest';

const skipReason = process.env.DATABASE_URL && process.env.REDIS_URL ? null : 'DATABASE_URL and REDIS_URL must both be set';
if (skipReason) console.info(`[sessions across two hub nodes] skipped: ${skipReason}`);

/** Revocation reaches sockets on the other node (through the Redis adapter) and every socket event re-checks the session. */
describe.skipIf(skipReason !== null)('session revocation across two hub nodes', () => {
  let db: { url: string; drop(): Promise<void> };
  let node1: RunningHub;
  let node2: RunningHub;
  const sockets: HubClientSocket[] = [];

  beforeAll(async () => {
    db = await freshPgDatabase(process.env.DATABASE_URL ?? '', 'relay_sessions');
    const options = { databaseUrl: db.url, redisUrl: process.env.REDIS_URL, redisKey: `relay-test-${randomBytes(6).toString('hex')}`, port: 0 };
    node1 = await startHub({ ...options, seed: 'demo' });
    node2 = await startHub({ ...options, seed: null });
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await node1?.close();
    await node2?.close();
    await db?.drop();
  });

  async function openSession(email: string, password: string): Promise<{ token: string; socket: HubClientSocket; cut: string[] }> {
    const { token } = await hubLogin(node1.url, email, password);
    const socket = await connectSocket(node2.url, { token });
    sockets.push(socket);
    const cut: string[] = [];
    socket.on('disconnect', (reason) => cut.push(reason));
    return { token, socket, cut };
  }
  const post = (url: string, token: string, body: unknown) =>
    fetch(`${node1.url}${url}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('signing out one token on node 1 cuts its socket on node 2, and only that one', async () => {
    const a = await openSession('priya@relay.example', 'demo-priya');
    const b = await openSession('priya@relay.example', 'demo-priya');
    expect((await post('/api/v1/auth/logout', a.token, { everywhere: false })).status).toBe(200);
    await waitFor('socket A on node 2 to be cut', () => a.cut.includes('io server disconnect'));
    expect((await socketRequest(b.socket, 'hello', { protocol: 1, clientId: uuidv7(), cursors: {} })).ok).toBe(true);
    expect(b.cut).toEqual([]);
  });

  it('signing out everywhere on node 1 cuts the agent’s sockets on node 2', async () => {
    const a = await openSession('tom@relay.example', 'demo-tom');
    expect((await post('/api/v1/auth/logout', a.token, { everywhere: true })).status).toBe(200);
    await waitFor('tom’s socket on node 2 to be cut', () => a.cut.includes('io server disconnect'));
  });

  it('refuses the next socket event of a session revoked behind the socket layer’s back', async () => {
    const a = await openSession('maya@relay.example', 'demo-maya');
    // As if the revoking node could not reach this socket (Redis briefly away): the store decides.
    const sql = postgres(db.url, { max: 1, onnotice: () => {} });
    try {
      await sql`update agents set token_version = token_version + 1 where email = 'maya@relay.example'`;
    } finally {
      await sql.end();
    }
    const reply = await socketRequest(a.socket, 'hello', { protocol: 1, clientId: uuidv7(), cursors: {} });
    expect(reply).toMatchObject({ ok: false, error: { code: 'unauthorized', message: expect.stringMatching(/session revoked/) } });
    await waitFor('the refused socket to be closed', () => a.cut.length > 0);
  });
});
