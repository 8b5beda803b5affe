import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYNC_PROTOCOL_VERSION, uuidv7, type PresenceEntry, type PresenceSetResponse } from '../../../../src/core';
import { startHub, type RunningHub } from '../../../../src/hub/startHub';
import { freshPgDatabase } from '../../../fixtures/desktop/freshPgDatabase';
import { waitFor } from '../../../fixtures/desktop/waitFor';
import { connectSocket, type HubClientSocket } from '../../../fixtures/hub/connectSocket';
import { hubLogin } from '../../../fixtures/hub/hubLogin';
import { socketRequestOk } from '../../../fixtures/hub/socketRequest';

const skipReason =
  process.env.DATABASE_URL && process.env.REDIS_URL
    ? null
    : 'DATABASE_URL and REDIS_URL must both be set (e.g. postgres://postgres@127.0.0.1:5432/test, redis://127.0.0.1:6379)';
if (skipReason) console.info(`[presence scale-out] skipped: ${skipReason}`);

/** Presence between sockets on two hub nodes: broadcasts, the newcomer's list and disconnects cross the Redis adapter. */
describe.skipIf(skipReason !== null)('presence across two hub nodes', () => {
  const redisKey = `relay-test-${randomBytes(6).toString('hex')}`;
  let db: { url: string; drop(): Promise<void> };
  let node1: RunningHub;
  let node2: RunningHub;
  const sockets: HubClientSocket[] = [];

  beforeAll(async () => {
    db = await freshPgDatabase(process.env.DATABASE_URL ?? '', 'relay_presence');
    const options = { databaseUrl: db.url, redisUrl: process.env.REDIS_URL, redisKey, seed: 'demo' as const, port: 0 };
    [node1, node2] = await Promise.all([startHub(options), startHub(options)]);
  });

  afterAll(async () => {
    for (const s of sockets) s.close();
    await node1?.close();
    await node2?.close();
    await db?.drop();
  });

  async function join(url: string, email: string): Promise<{ socket: HubClientSocket; heard: PresenceEntry[]; agentId: string; teamId: string }> {
    const login = await hubLogin(url, email, `demo-${email.split('@')[0]}`);
    const socket = await connectSocket(url, { token: login.token });
    sockets.push(socket);
    const heard: PresenceEntry[] = [];
    socket.on('presence', (entry) => heard.push(entry));
    await socketRequestOk(socket, 'hello', { protocol: SYNC_PROTOCOL_VERSION, clientId: uuidv7(), cursors: {} });
    return { socket, heard, agentId: login.agent.id, teamId: login.agent.teamId };
  }

  it('relays presence to the team on the other node, lists it for a newcomer there, and clears it on disconnect', async () => {
    const priya = await join(node1.url, 'priya@relay.example');
    const maya = await join(node2.url, 'maya@relay.example');
    const tom = await join(node2.url, 'tom@relay.example');
    const ticket = await findTicketOfTeam(node1.url, priya.teamId);

    const first = await socketRequestOk<PresenceSetResponse>(priya.socket, 'presence:set', { ticketId: ticket, state: 'typing' });
    expect(first.present).toEqual([]);
    await waitFor('maya on node 2 hears priya', () => maya.heard.some((e) => e.agentId === priya.agentId && e.state === 'typing'));

    const arrival = await socketRequestOk<PresenceSetResponse>(maya.socket, 'presence:set', { ticketId: ticket, state: 'viewing' });
    expect(arrival.present).toEqual([{ key: priya.socket.id, agentId: priya.agentId, ticketId: ticket, state: 'typing' }]);
    await waitFor('priya on node 1 hears maya', () => priya.heard.some((e) => e.agentId === maya.agentId));

    priya.socket.close();
    await waitFor('maya hears priya leave', () => maya.heard.some((e) => e.agentId === priya.agentId && e.state === 'idle'));
    expect(tom.heard).toEqual([]);
  });
});

/** The first ticket of the team, read through a snapshot page as its agent. */
async function findTicketOfTeam(url: string, teamId: string): Promise<string> {
  const lead = await hubLogin(url, 'priya@relay.example', 'demo-priya');
  const socket = await connectSocket(url, { token: lead.token });
  try {
    await socketRequestOk(socket, 'hello', { protocol: SYNC_PROTOCOL_VERSION, clientId: uuidv7(), cursors: {} });
    const page = await socketRequestOk<{ rows: { id: string }[] }>(socket, 'snapshot', {
      scope: `team:${teamId}`,
      entity: 'tickets',
      afterId: null,
      limit: 1,
    });
    const id = page.rows[0]?.id;
    if (!id) throw new Error('the demo team has no ticket');
    return id;
  } finally {
    socket.close();
  }
}
