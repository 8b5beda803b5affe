import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamScope, uuidv7, type AgentRow, type HelloResponse, type TeamRow } from '../../../../src/core';
import { connectSocket } from '../../../fixtures/hub/connectSocket';
import { hubLogin } from '../../../fixtures/hub/hubLogin';
import { socketRequestOk } from '../../../fixtures/hub/socketRequest';
import { waitFor } from '../../../fixtures/hub/waitFor';
import { rolesBackends, startRolesKit, type RoleSession, type RolesKit } from './rolesKit';

interface AuditEntry {
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string;
  detail: { before: Record<string, unknown> | null; after: Record<string, unknown> | null; actor?: string; mutation?: string };
  at: number;
}

for (const backend of rolesBackends) {
  if (backend.skip) console.info(`[roles] skipping the ${backend.name} run: ${backend.skip}`);
  describe.skipIf(backend.skip !== null)(`${backend.name}: ` + 'admin routes', () => {
  let kit: RolesKit;
  let maya: RoleSession; // admin
  let priya: RoleSession; // agent, parcel
  let teams: { parcel: string; freight: string };

  beforeAll(async () => {
    kit = await startRolesKit(backend.kind);
    maya = await kit.session('maya@relay.example');
    priya = await kit.session('priya@relay.example');
    teams = await kit.teamIds();
  });
  afterAll(async () => kit?.close());

  const admin = (method: string, path: string, body?: unknown) => kit.http(method, `/api/v1/admin${path}`, maya.token, body);
  const auditFor = async (entityId: string): Promise<AuditEntry[]> => {
    const res = await admin('GET', '/audit-log?limit=500');
    return (res.body as { entries: AuditEntry[] }).entries.filter((e) => e.entityId === entityId);
  };
  const liveRow = (s: RoleSession, id: string) =>
    waitFor(() => s.live.flatMap((b) => b.rows).find((r) => r.id === id && r.op === 'upsert')?.row ?? undefined, `live row ${id}`);

  it('refuses every admin route to non-admins with 403 and a reason', async () => {
    const res = await kit.http('POST', '/api/v1/admin/teams', priya.token, { name: 'Sneaky' });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ error: { code: 'forbidden', message: expect.stringContaining('admin role') } });
    const lead = await kit.session('daniel@relay.example');
    expect((await kit.http('GET', '/api/v1/admin/agents', lead.token)).status).toBe(403);
  });

  it('refuses agent.save sent as a client mutation, even by an admin: only the admin route (with the password) runs it', async () => {
    const args = { id: uuidv7(), name: 'Sly', email: 'sly@relay.example', role: 'admin', teamId: teams.parcel, emailHolderId: null };
    const envelope = { id: uuidv7(), name: 'agent.save', args, clientId: maya.clientId, createdAt: Date.now() };
    const res = await kit.http('POST', '/api/v1/mutations', maya.token, envelope);
    expect(res.body).toMatchObject({ status: 'rejected', error: { code: 'forbidden', message: expect.stringContaining('hub runs it itself') } });
    const agents = (await admin('GET', '/agents')).body as { agents: AgentRow[] };
    expect(agents.agents.some((a) => a.email === 'sly@relay.example')).toBe(false);
  });

  it('creates and renames teams through the change log, audited, and re-scopes connected admins', async () => {
    const listed = (await admin('GET', '/teams')).body as { teams: Array<{ id: string; agentCount: number }> };
    const everyone = ((await admin('GET', '/agents')).body as { agents: AgentRow[] }).agents;
    const parcel = listed.teams.find((t) => t.id === teams.parcel);
    expect(parcel?.agentCount).toBe(everyone.filter((a) => a.teamId === teams.parcel).length);
    const created = await admin('POST', '/teams', { name: 'Returns Desk' });
    expect(created.status).toBe(201);
    const team = (created.body as { team: TeamRow }).team;
    expect(await liveRow(priya, team.id)).toMatchObject({ name: 'Returns Desk' });
    // A new team widens an admin's scopes: Maya's socket is closed so her desktop says hello again.
    await waitFor(() => (maya.disconnected.includes('io server disconnect') ? true : undefined), 'admin socket re-scoped');
    const again = await connectSocket(kit.hub.url, { token: maya.token });
    const hello = await socketRequestOk<HelloResponse>(again, 'hello', { protocol: 1, clientId: uuidv7(), cursors: {} });
    expect(hello.scopes).toContain(teamScope(team.id));
    again.close();

    expect((await admin('POST', '/teams', { name: 'Returns Desk' })).status).toBe(409);
    expect((await admin('POST', '/teams', { name: '  ' })).status).toBe(400);
    const renamed = await admin('PATCH', `/teams/${team.id}`, { name: 'Returns & Claims' });
    expect(renamed.status).toBe(200);
    await waitFor(
      () => priya.live.flatMap((b) => b.rows).find((r) => r.id === team.id && r.row?.name === 'Returns & Claims'),
      'renamed team live',
    );
    const audit = await auditFor(team.id);
    expect(audit.map((e) => e.action).sort()).toEqual(['team.create', 'team.rename']);
    const rename = audit.find((e) => e.action === 'team.rename');
    expect(rename).toMatchObject({ actorId: maya.agent.id, entity: 'teams', detail: { before: { name: 'Returns Desk' }, after: { name: 'Returns & Claims' } } });
    // The rename ran as the core mutation team.save through the one commit function, naming the admin.
    expect(rename?.detail).toMatchObject({ actor: `agent:${maya.agent.id}`, mutation: 'team.save' });
    expect((await admin('PATCH', `/teams/${uuidv7()}`, { name: 'Ghost' })).status).toBe(404);
  });

  it('creates an agent who can sign in, refuses a duplicate email, and audits without the password', async () => {
    const email = `park-${uuidv7().slice(-8)}@relay.example`;
    const created = await admin('POST', '/agents', {
      name: 'Lena Park',
      email: email.toUpperCase(),
      role: 'agent',
      teamId: teams.freight,
      password: 'initial-secret-1',
    });
    expect(created.status).toBe(201);
    const lena = (created.body as { agent: AgentRow }).agent;
    expect(lena).toMatchObject({ email, teamId: teams.freight, role: 'agent' });
    const signedIn = await hubLogin(kit.hub.url, email, 'initial-secret-1');
    expect(signedIn.agent.id).toBe(lena.id);
    expect(await liveRow(priya, lena.id)).toMatchObject({ name: 'Lena Park' });
    const dup = await admin('POST', '/agents', { name: 'Lena 2', email, role: 'agent', teamId: teams.freight, password: 'another-secret' });
    expect(dup.status).toBe(409);
    expect(dup.body).toEqual({ error: { code: 'conflict', message: `An agent with email ${email} already exists.` } });
    const nowhere = await admin('POST', '/agents', { name: 'Lena 3', email: `x-${email}`, role: 'agent', teamId: uuidv7(), password: 'another-secret' });
    expect(nowhere.status).toBe(404);
    expect(nowhere.body).toMatchObject({ error: { code: 'not_found', message: expect.stringContaining('Team') } });
    const short = await admin('POST', '/agents', { name: 'X', email: 'x@relay.example', role: 'agent', teamId: teams.freight, password: 'short' });
    expect(short.status).toBe(400);
    expect(JSON.stringify(short.body)).toContain('password');
    const audit = await auditFor(lena.id);
    expect(audit).toHaveLength(1);
    // The create ran as the core mutation agent.save through the one commit function, naming the admin.
    expect(audit[0]).toMatchObject({ action: 'agent.create', actorId: maya.agent.id, detail: { actor: `agent:${maya.agent.id}`, mutation: 'agent.save' } });
    expect(JSON.stringify(audit)).not.toContain('initial-secret-1');
    expect(JSON.stringify(audit)).not.toMatch(/argon2/);
  });

  it('moves an agent to another team: her sockets are cut and her next hello swaps the team scopes', async () => {
    const moved = await admin('PATCH', `/agents/${priya.agent.id}`, { teamId: teams.freight });
    expect(moved.status).toBe(200);
    await waitFor(() => (priya.disconnected.includes('io server disconnect') ? true : undefined), 'priya re-scoped');
    const socket = await connectSocket(kit.hub.url, { token: priya.token });
    const hello = await socketRequestOk<HelloResponse>(socket, 'hello', {
      protocol: 1,
      clientId: priya.clientId,
      cursors: { tenant: 1, [teamScope(teams.parcel)]: 1 },
    });
    socket.close();
    expect(hello.scopes).toEqual(['tenant', teamScope(teams.freight)]);
    expect(hello.dropped).toEqual([teamScope(teams.parcel)]);
    expect(hello.snapshot).toEqual([teamScope(teams.freight)]);
    const [entry] = await auditFor(priya.agent.id);
    expect(entry).toMatchObject({
      action: 'agent.update',
      actorId: maya.agent.id,
      detail: { before: { teamId: teams.parcel }, after: { teamId: teams.freight }, mutation: 'agent.save', actor: `agent:${maya.agent.id}` },
    });
    // Her old team's tickets are now refused to her.
    const back = await admin('PATCH', `/agents/${priya.agent.id}`, { teamId: teams.parcel, role: 'lead' });
    expect((back.body as { agent: AgentRow }).agent).toMatchObject({ teamId: teams.parcel, role: 'lead' });
    const demote = await admin('PATCH', `/agents/${maya.agent.id}`, { role: 'agent' });
    expect(demote.status).toBe(409);
    expect(demote.body).toMatchObject({ error: { code: 'conflict', message: expect.stringContaining('own admin role') } });
    // Nothing of the refused change was written: she is still an admin.
    const listed = ((await admin('GET', '/agents')).body as { agents: AgentRow[] }).agents;
    expect(listed.find((a) => a.id === maya.agent.id)?.role).toBe('admin');
  });

  it('deactivates an agent: token refused at once over HTTP and socket, live socket cut, sign-in refused', async () => {
    const tom = await kit.session('tom@relay.example');
    expect((await kit.http('GET', '/api/v1/me', tom.token)).status).toBe(200);
    const res = await admin('POST', `/agents/${tom.agent.id}/deactivate`);
    expect(res.status).toBe(200);
    await waitFor(() => (tom.disconnected.length > 0 ? true : undefined), 'tom socket cut');
    const me = await kit.http('GET', '/api/v1/me', tom.token);
    expect(me.status).toBe(401);
    expect(JSON.stringify(me.body)).toContain('deactivated');
    const envelope = { id: uuidv7(), name: 'ticket.update', args: { id: uuidv7(), status: 'open' }, clientId: tom.clientId, createdAt: Date.now() };
    expect((await kit.http('POST', '/api/v1/mutations', tom.token, envelope)).status).toBe(401);
    await expect(connectSocket(kit.hub.url, { token: tom.token })).rejects.toThrow(/unauthorized: account deactivated/);
    const login = await kit.http('POST', '/api/v1/auth/login', null, { email: 'tom@relay.example', password: 'demo-tom' });
    expect(login.status).toBe(401);
    const [entry] = await auditFor(tom.agent.id);
    expect(entry).toMatchObject({
      action: 'agent.deactivate',
      actorId: maya.agent.id,
      detail: { before: { active: true }, after: { active: false }, mutation: 'agent.deactivate', actor: `agent:${maya.agent.id}` },
    });
    const listed = (await admin('GET', '/agents')).body as { agents: Array<AgentRow & { active: boolean }> };
    expect(listed.agents.find((a) => a.id === tom.agent.id)?.active).toBe(false);
    const self = await admin('POST', `/agents/${maya.agent.id}/deactivate`);
    expect(self.status).toBe(409);
    expect(self.body).toMatchObject({ error: { code: 'conflict', message: expect.stringContaining('deactivate yourself') } });
  });

  it('creates, updates and deletes macros, automations and SLA policies through the change log, audited', async () => {
    const observer = await kit.session('daniel@relay.example'); // earlier tests cut Priya's socket
    const macro = await admin('POST', '/macros', { title: 'Delay apology', body: 'Hi {{customer.name}}, your shipment is late.', channel: 'email' });
    expect(macro.status).toBe(201);
    const macroRow = (macro.body as { row: { id: string } }).row;
    expect(await liveRow(observer, macroRow.id)).toMatchObject({ title: 'Delay apology' });
    expect((await admin('PATCH', `/macros/${macroRow.id}`, { title: 'Delay apology v2' })).status).toBe(200);
    expect((await admin('DELETE', `/macros/${macroRow.id}`)).status).toBe(200);
    await waitFor(() => observer.live.flatMap((b) => b.rows).find((r) => r.id === macroRow.id && r.op === 'delete'), 'macro delete live');
    expect((await auditFor(macroRow.id)).map((e) => e.action).sort()).toEqual(['macros.create', 'macros.delete', 'macros.update']);
    expect((await admin('GET', '/macros')).body).toEqual({ macros: expect.not.arrayContaining([expect.objectContaining({ id: macroRow.id })]) });

    const bad = await admin('POST', '/macros', { title: '', body: 'x' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('title');

    const automation = await admin('POST', '/automations', { name: 'Delay notice', trigger: 'shipment.delayed', enabled: true, config: { macroId: uuidv7() } });
    expect(automation.status).toBe(201);
    const sla = { priority: 'urgent', tier: 'platinum', firstResponseMinutes: 15, resolutionMinutes: 240 };
    const existing = ((await admin('GET', '/sla-policies')).body as { sla_policies: Array<{ priority: string; tier: string }> }).sla_policies;
    const taken = existing.some((p) => p.priority === 'urgent' && p.tier === 'platinum');
    if (!taken) expect((await admin('POST', '/sla-policies', sla)).status).toBe(201);
    expect((await admin('POST', '/sla-policies', sla)).status).toBe(409);
    expect((await admin('DELETE', `/automations/${uuidv7()}`)).status).toBe(404);
  });

  it('keeps one SLA at-risk threshold (the sla.at_risk automation), refusing a bad one with a reason', async () => {
    const threshold = (config: Record<string, unknown>) => admin('POST', '/automations', { name: 'SLA at risk', trigger: 'sla.at_risk', enabled: true, config });
    const bad = await threshold({ withinMinutes: 0 });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('withinMinutes');
    const made = await threshold({ withinMinutes: 90 });
    expect(made.status).toBe(201);
    const id = (made.body as { row: { id: string } }).row.id;
    expect((await threshold({ withinMinutes: 30 })).status).toBe(409);
    expect((await admin('PATCH', `/automations/${id}`, { config: { withinMinutes: 'soon' } })).status).toBe(400);
    expect((await admin('PATCH', `/automations/${id}`, { config: { withinMinutes: 120 } })).status).toBe(200);
    expect((await admin('DELETE', `/automations/${id}`)).status).toBe(200);
  });

  it('refuses a backorder threshold (the warehouse.backorder_threshold automation) it could not use, with a reason', async () => {
    const threshold = (config: Record<string, unknown>) => admin('POST', '/automations', { name: 'Backorder threshold', trigger: 'warehouse.backorder_threshold', enabled: true, config });
    const bad = await threshold({ days: -1 });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('days');
    const made = await threshold({ days: 5 });
    expect(made.status).toBe(201);
    const id = (made.body as { row: { id: string } }).row.id;
    expect((await admin('PATCH', `/automations/${id}`, { config: { days: 'a week' } })).status).toBe(400);
    expect((await admin('DELETE', `/automations/${id}`)).status).toBe(200);
  });
});
}
