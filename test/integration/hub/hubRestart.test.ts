import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { teamScope, uuidv7, type SnapshotResponse } from '../../../src/core';
import { startHub } from '../../../src/hub/startHub';
import { connectSocket } from '../../fixtures/hub/connectSocket';
import { hubLogin } from '../../fixtures/hub/hubLogin';
import { socketRequestOk } from '../../fixtures/hub/socketRequest';

describe('hub on a PGlite data folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'relay-hub-'));
  const dataDir = join(dir, 'hub');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps data, tokens and the seed across a restart without seeding twice', async () => {
    const first = await startHub({ dataDir, port: 0, seed: 'demo' });
    const { token, agent } = await hubLogin(first.url, 'daniel@relay.example', 'demo-daniel');
    const ticketId = uuidv7();
    const created = await first.mutate(agent.id, 'ticket.create', {
      id: ticketId,
      subject: 'Pallet count mismatch on delivery',
      customerId: await anyCustomer(first.url, token),
      teamId: agent.teamId,
      channel: 'email',
      firstMessage: { id: uuidv7(), direction: 'inbound', body: 'We ordered 6 pallets and received 5.' },
    });
    expect(created.status).toBe('applied');
    await first.close();
    expect(statSync(join(dataDir, 'secret')).mode & 0o777).toBe(0o600);

    const second = await startHub({ dataDir, port: 0, seed: 'demo' });
    try {
      expect(second.demoCredentials.map((c) => c.email)).toContain('daniel@relay.example');
      const me = await fetch(`${second.url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
      expect(me.status).toBe(200);
      const socket = await connectSocket(second.url, { token });
      try {
        await socketRequestOk(socket, 'hello', { protocol: 1, clientId: uuidv7(), cursors: {} });
        const teams = await socketRequestOk<SnapshotResponse>(socket, 'snapshot', { scope: 'tenant', entity: 'teams', afterId: null, limit: 100 });
        expect(teams.total).toBe(3);
        const tickets = await socketRequestOk<SnapshotResponse>(socket, 'snapshot', {
          scope: teamScope(agent.teamId),
          entity: 'tickets',
          afterId: null,
          limit: 1000,
        });
        expect(tickets.rows.some((t) => t.id === ticketId)).toBe(true);
      } finally {
        socket.close();
      }
    } finally {
      await second.close();
    }
  });
});

async function anyCustomer(url: string, token: string): Promise<string> {
  const socket = await connectSocket(url, { token });
  try {
    await socketRequestOk(socket, 'hello', { protocol: 1, clientId: uuidv7(), cursors: {} });
    const page = await socketRequestOk<SnapshotResponse>(socket, 'snapshot', { scope: 'tenant', entity: 'customers', afterId: null, limit: 1 });
    return String(page.rows[0]?.id);
  } finally {
    socket.close();
  }
}
