/**
 * The people.* IPC channels (Settings → Agents and Audit log) from real desktop cores to a real
 * hub: admins manage agents, leads read their team, agents are refused, offline says it needs
 * the hub. Inputs are checked with the same schemas as the hub's routes before anything is sent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/core';
import { createDesktopCore, type DesktopCore } from '../../../src/desktop/createDesktopCore';
import { startHub, type RunningHub } from '../../../src/hub/startHub';
import { call } from '../../fixtures/desktop/coreCalls';
import { startCuttableProxy, type CuttableProxy } from '../../fixtures/desktop/cuttableProxy';
import { tempDir } from '../../fixtures/desktop/tempDir';
import { waitFor } from '../../fixtures/desktop/waitFor';
import { hubLogin } from '../../fixtures/hub/hubLogin';

interface Desk {
  core: DesktopCore;
  proxy: CuttableProxy;
  teamId: string;
}

describe('people channels', () => {
  const dir = tempDir('relay-people-');
  let hub: RunningHub;
  const desks: Desk[] = [];
  let maya: Desk;
  let daniel: Desk;
  let priya: Desk;

  const connection = async (d: Desk) => (await call(d.core, 'sync.status', {})).connection;
  async function desk(email: string, password: string): Promise<Desk> {
    const proxy = await startCuttableProxy({ host: '127.0.0.1', port: hub.port });
    const core = await createDesktopCore({ dbPath: dir.file(`${email}.sqlite`), hubUrl: proxy.url, log: () => {} });
    const session = await call(core, 'session.signIn', { email, password });
    const d = { core, proxy, teamId: session.agent!.teamId };
    desks.push(d);
    await waitFor(`${email} online`, async () => (await connection(d)) === 'online');
    return d;
  }

  beforeAll(async () => {
    hub = await startHub({ dataDir: ':memory:', seed: 'demo', port: 0 });
    maya = await desk('maya@relay.example', 'demo-maya');
    daniel = await desk('daniel@relay.example', 'demo-daniel');
    priya = await desk('priya@relay.example', 'demo-priya');
  }, 180_000);
  afterAll(async () => {
    for (const d of desks) {
      await d.core.close();
      await d.proxy.close();
    }
    await hub?.close();
  });

  it('lets an admin invite, reset, sign out, deactivate and reactivate an agent, each shown in the audit log', async () => {
    const bad = await maya.core.invoke('people.invite', { name: 'X', email: 'nope', role: 'agent', teamId: maya.teamId });
    expect(bad.ok ? null : bad.error).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('email') });
    const invited = await call(maya.core, 'people.invite', { name: 'Ines Duarte', email: 'ines@relay.example', role: 'agent', teamId: maya.teamId });
    expect(invited.agent).toMatchObject({ email: 'ines@relay.example', active: true });
    expect((await hubLogin(hub.url, 'ines@relay.example', invited.initialPassword ?? '')).agent.id).toBe(invited.agent.id);
    const id = invited.agent.id;

    const { newPassword } = await call(maya.core, 'people.resetPassword', { id });
    await expect(hubLogin(hub.url, 'ines@relay.example', invited.initialPassword ?? '')).rejects.toThrow(/401/);
    const ines = await hubLogin(hub.url, 'ines@relay.example', newPassword);
    await call(maya.core, 'people.signOutEverywhere', { id });
    expect((await fetch(`${hub.url}/api/v1/me`, { headers: { authorization: `Bearer ${ines.token}` } })).status).toBe(401);
    expect(await call(maya.core, 'people.update', { id, change: { role: 'lead' } })).toMatchObject({ role: 'lead' });
    expect(await call(maya.core, 'people.deactivate', { id })).toMatchObject({ active: false });
    expect((await call(maya.core, 'people.agents', {})).find((a) => a.id === id)?.active).toBe(false);
    expect(await call(maya.core, 'people.reactivate', { id })).toMatchObject({ active: true });

    const page = await call(maya.core, 'people.auditLog', { q: id, entity: 'agents' });
    expect(page.entries.map((e) => e.action)).toEqual(['agent.reactivate', 'agent.deactivate', 'agent.update', 'agent.sign_out_everywhere', 'agent.password_reset', 'agent.create']);
    expect(page.entries.every((e) => e.actorName === 'Maya Okafor')).toBe(true);
    expect(JSON.stringify(page)).not.toContain(newPassword);
  });

  it("gives a lead their team's agents and audit entries, and no agent changes; an agent gets neither", async () => {
    const team = await call(daniel.core, 'people.agents', {});
    expect(team.length).toBeGreaterThan(1);
    expect(team.every((a) => a.teamId === daniel.teamId)).toBe(true);
    const invite = await daniel.core.invoke('people.invite', { name: 'Sly', email: 'sly@relay.example', role: 'admin', teamId: daniel.teamId });
    expect(invite.ok ? null : invite.error).toMatchObject({ code: 'unauthorized', message: expect.stringContaining('administrators') });
    await call(daniel.core, 'tagDef.save', { name: 'lead-tag', colour: 'teal' });
    await waitFor('the lead’s tag audited', async () => (await call(daniel.core, 'people.auditLog', { q: 'lead-tag' })).entries.length === 1);
    const entries = (await call(daniel.core, 'people.auditLog', { limit: 500 })).entries;
    const teamIds = new Set(team.map((a) => a.id));
    expect(entries.every((e) => e.actorId !== null && teamIds.has(e.actorId))).toBe(true);
    for (const channel of ['people.agents', 'people.auditLog'] as const) {
      const reply = await priya.core.invoke(channel, {});
      expect(reply.ok ? null : reply.error.code, channel).toBe('unauthorized');
    }
  });

  it('says the page needs the hub when it cannot be reached, without sending anything', async () => {
    await maya.proxy.cut();
    await waitFor('Maya offline', async () => (await connection(maya)) === 'offline');
    for (const channel of ['people.agents', 'people.auditLog'] as const) {
      const reply = await maya.core.invoke(channel, {});
      expect(reply.ok ? null : reply.error, channel).toMatchObject({ code: 'offline', message: expect.stringContaining('connect') });
    }
    const reset = await maya.core.invoke('people.resetPassword', { id: uuidv7() });
    expect(reset.ok ? null : reset.error.code).toBe('offline');
    await maya.proxy.restore();
  });
});
