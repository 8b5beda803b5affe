/**
 * Snapshot replacement on a scope change: an agent moved to another team, and an admin made a
 * lead, while their desktops hold unsent edits. On reconnect the replica drops the rows of the
 * scopes no longer granted, snapshots the new ones, and keeps the outbox: edits still in scope
 * are re-applied and accepted, the others are refused by the hub and listed with their words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamScope, type AgentRow } from '../../../src/core';
import { createDesktopCore, type DesktopCore } from '../../../src/desktop/createDesktopCore';
import { startHub, type RunningHub } from '../../../src/hub/startHub';
import { call } from '../../fixtures/desktop/coreCalls';
import { startCuttableProxy, type CuttableProxy } from '../../fixtures/desktop/cuttableProxy';
import { tempDir } from '../../fixtures/desktop/tempDir';
import { waitFor } from '../../fixtures/desktop/waitFor';
import { hubLogin } from '../../fixtures/hub/hubLogin';
import { historyAs } from './historyAs';
import { replicaPeek } from './replicaPeek';
import { sendMessage } from '../../fixtures/desktop/sendMessage';

interface Desk {
  path: string;
  proxy: CuttableProxy;
  core: DesktopCore;
  agent: AgentRow;
}

describe('scope change while edits are pending', () => {
  const dir = tempDir('relay-rescope-');
  let hub: RunningHub;
  let adminToken = '';
  let parcel = '';
  let freight = '';
  const desks: Desk[] = [];

  const status = (d: Desk) => call(d.core, 'sync.status', {});
  const online = (d: Desk): Promise<unknown> =>
    waitFor('desk online, caught up, outbox drained', async () => {
      const s = await status(d);
      return s.connection === 'online' && !s.syncing && s.unsent === 0;
    });
  const teamCount = (d: Desk, teamId: string): number =>
    replicaPeek(d.path, (db) => db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM tickets WHERE team_id = ?').get(teamId)?.n ?? 0);
  const cursorScopes = (d: Desk): string[] =>
    replicaPeek(d.path, (db) => Object.keys(JSON.parse(db.prepare<[], { value: string }>("SELECT value FROM sync_state WHERE key = 'cursors'").get()!.value) as object).sort());
  const patchAgent = async (id: string, body: object): Promise<void> => {
    const res = await fetch(`${hub.url}/api/v1/admin/agents/${id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status, await res.clone().text()).toBe(200);
  };
  async function desk(email: string, password: string): Promise<Desk> {
    const proxy = await startCuttableProxy({ host: '127.0.0.1', port: hub.port });
    const path = dir.file(`${email}.sqlite`);
    const core = await createDesktopCore({ dbPath: path, hubUrl: proxy.url, log: () => {} });
    const session = await call(core, 'session.signIn', { email, password });
    const d = { path, proxy, core, agent: session.agent! };
    desks.push(d);
    await online(d);
    return d;
  }
  async function goOffline(d: Desk): Promise<void> {
    await d.proxy.cut();
    await waitFor('desk offline', async () => (await status(d)).connection === 'offline');
  }
  async function reconnect(d: Desk): Promise<void> {
    await d.proxy.restore();
    await call(d.core, 'sync.reconnectNow', {});
    await online(d);
  }
  const firstOpenTicket = async (d: Desk, teamId: string): Promise<string> => {
    const list = await call(d.core, 'tickets.list', { view: 'all' });
    const found = list.find((t) => t.teamId === teamId && t.status !== 'solved' && t.status !== 'closed');
    if (!found) throw new Error(`no open ticket of team ${teamId}`);
    return found.id;
  };

  beforeAll(async () => {
    hub = await startHub({ dataDir: ':memory:', seed: 'demo', port: 0 });
    const maya = await hubLogin(hub.url, 'maya@relay.example', 'demo-maya');
    adminToken = maya.token;
    parcel = maya.agent.teamId;
    const tom = await hubLogin(hub.url, 'tom@relay.example', 'demo-tom');
    freight = tom.agent.teamId;
  }, 120_000);

  afterAll(async () => {
    for (const d of desks) {
      await d.core.close();
      await d.proxy.close();
    }
    await hub?.close();
    dir.remove();
  });

  it('an agent moved from Freight to Parcel: Freight rows go, Parcel rows come, the pending note is refused and kept', async () => {
    const tom = await desk('tom@relay.example', 'demo-tom');
    expect(cursorScopes(tom)).toEqual(['tenant', teamScope(freight)].sort());
    expect(teamCount(tom, freight)).toBeGreaterThan(0);
    expect(teamCount(tom, parcel)).toBe(0);
    const freightTicket = await firstOpenTicket(tom, freight);

    await goOffline(tom);
    const body = 'Offline note: carrier confirmed the pallet is at the depot.';
    await sendMessage(tom.core, { ticketId: freightTicket, kind: 'note', body });
    expect((await status(tom)).unsent).toBe(1);
    await patchAgent(tom.agent.id, { teamId: parcel });

    await reconnect(tom);
    expect(cursorScopes(tom)).toEqual(['tenant', teamScope(parcel)].sort());
    expect(teamCount(tom, freight)).toBe(0);
    expect(teamCount(tom, parcel)).toBeGreaterThan(0);
    // Not lost: the hub refused it (Tom no longer works Freight) and the agent sees why, with his words.
    const failures = await call(tom.core, 'sync.failures', {});
    expect(failures).toHaveLength(1);
    // ticketId null: the ticket is no longer in this replica, so the list offers no link to it.
    expect(failures[0]).toMatchObject({ code: 'not_found', text: body, ticketId: null });
    const { bundle } = await historyAs(hub.url, adminToken, `tickets/${freightTicket}`);
    expect((bundle?.rows.messages ?? []).some((m) => m.body === body)).toBe(false);
  });

  it('an admin made a lead: the edit in a kept team is re-applied and accepted, the one in a dropped team refused', async () => {
    const created = await fetch(`${hub.url}/api/v1/admin/agents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Ada Admin', email: 'ada@relay.example', role: 'admin', teamId: parcel, password: 'demo-ada-password' }),
    });
    expect(created.status).toBe(201);
    const ada = await desk('ada@relay.example', 'demo-ada-password');
    expect(cursorScopes(ada)).toContain(teamScope(freight));
    const parcelTicket = await firstOpenTicket(ada, parcel);
    const freightTicket = await firstOpenTicket(ada, freight);

    await goOffline(ada);
    const kept = 'Offline reply draft for the Parcel customer.';
    const dropped = 'Offline note on a Freight ticket.';
    await sendMessage(ada.core, { ticketId: parcelTicket, kind: 'note', body: kept });
    await sendMessage(ada.core, { ticketId: freightTicket, kind: 'note', body: dropped });
    await patchAgent(ada.agent.id, { role: 'lead' });

    await reconnect(ada);
    expect(cursorScopes(ada)).toEqual(['tenant', teamScope(parcel)].sort());
    expect(teamCount(ada, freight)).toBe(0);
    const thread = (await call(ada.core, 'tickets.get', { id: parcelTicket }))?.messages ?? [];
    expect(thread.filter((m) => m.body === kept).map((m) => m.pending)).toEqual([false]);
    const failures = await call(ada.core, 'sync.failures', {});
    expect(failures.map((f) => f.text)).toEqual([dropped]);
  });
});
