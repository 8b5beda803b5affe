import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPageSchema, managedAgentSchema, uuidv7, type AuditEntry, type AuditPage } from '../../../../src/core';
import { connectSocket } from '../../../fixtures/hub/connectSocket';
import { hubLogin } from '../../../fixtures/hub/hubLogin';
import { waitFor } from '../../../fixtures/desktop/waitFor';
import { rolesBackends, startRolesKit, type RoleSession, type RolesKit } from './rolesKit';

/** Settings → Agents and Audit log: the hub routes behind them, by role. */
for (const backend of rolesBackends) {
  if (backend.skip) console.info(`[people routes on ${backend.name}] skipped: ${backend.skip}`);
  describe.skipIf(backend.skip !== null)(`people routes (${backend.name})`, () => {
    let kit: RolesKit;
    let maya: RoleSession; // admin, parcel
    let daniel: RoleSession; // lead, freight
    let priya: RoleSession; // agent, parcel
    let teams: { parcel: string; freight: string };
    beforeAll(async () => {
      kit = await startRolesKit(backend.kind);
      maya = await kit.session('maya@relay.example');
      daniel = await kit.session('daniel@relay.example');
      priya = await kit.session('priya@relay.example');
      teams = await kit.teamIds();
    });
    afterAll(async () => kit?.close());

    let invited = 0;
    async function invite(teamId: string): Promise<{ id: string; email: string; password: string }> {
      invited += 1;
      const email = `people-${invited}-${uuidv7().slice(-6)}@relay.example`;
      const res = await kit.http('POST', '/api/v1/admin/agents', maya.token, { name: `Invited ${invited}`, email, role: 'agent', teamId });
      expect(res.status).toBe(201);
      const body = res.body as { agent: { id: string }; initialPassword: string };
      return { id: body.agent.id, email, password: body.initialPassword };
    }
    const audit = async (token: string, query: string, base = '/api/v1/admin/audit-log'): Promise<AuditPage> => {
      const res = await kit.http('GET', `${base}?${query}`, token);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return auditPageSchema.parse(res.body);
    };
    const me = (token: string) => kit.http('GET', '/api/v1/me', token);
    const cut = (s: RoleSession) => waitFor('the socket to be cut', () => s.disconnected.includes('io server disconnect'));

    it('invites with a one-time password made by the hub: answered once, never audited, and it signs in', async () => {
      const lena = await invite(teams.freight);
      expect(lena.password).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
      expect((await hubLogin(kit.hub.url, lena.email, lena.password)).agent.id).toBe(lena.id);
      const listed = (await kit.http('GET', '/api/v1/admin/agents', maya.token)).body as { agents: unknown[] };
      expect(JSON.stringify(listed)).not.toContain(lena.password);
      const entries = (await audit(maya.token, `entity=agents&q=${lena.id}`)).entries;
      expect(entries.map((e) => e.action)).toEqual(['agent.create']);
      expect(JSON.stringify(entries)).not.toContain(lena.password);
      // A lead and an agent may not invite.
      for (const s of [daniel, priya]) {
        const res = await kit.http('POST', '/api/v1/admin/agents', s.token, { name: 'No', email: 'no@relay.example', role: 'agent', teamId: teams.freight });
        expect(res.status).toBe(403);
      }
      const bad = await kit.http('POST', '/api/v1/admin/agents', maya.token, { name: 'X', email: 'not-an-email', role: 'agent', teamId: teams.freight });
      expect(bad).toMatchObject({ status: 400, body: { error: { message: expect.stringContaining('email') } } });
    });

    it('resets a password to a new one-time password: the old sessions end, the new password works', async () => {
      const ana = await invite(teams.parcel);
      const session = await kit.session(ana.email, ana.password);
      for (const s of [daniel, priya]) expect((await kit.http('POST', `/api/v1/admin/agents/${ana.id}/password`, s.token, {})).status).toBe(403);
      const reset = await kit.http('POST', `/api/v1/admin/agents/${ana.id}/password`, maya.token, {});
      expect(reset.status).toBe(200);
      const { newPassword } = reset.body as { newPassword: string };
      expect(newPassword).not.toBe(ana.password);
      await cut(session);
      expect((await me(session.token)).status).toBe(401);
      await expect(hubLogin(kit.hub.url, ana.email, ana.password)).rejects.toThrow(/401/);
      expect((await hubLogin(kit.hub.url, ana.email, newPassword)).agent.id).toBe(ana.id);
      expect(JSON.stringify(await audit(maya.token, `action=agent.password_reset&q=${ana.id}`))).not.toContain(newPassword);
    });

    it("signs another agent out everywhere: their sockets are cut, their tokens refused, others untouched; audited; admins only", async () => {
      const ana = await invite(teams.parcel);
      const laptop = await kit.session(ana.email, ana.password);
      const phone = await kit.session(ana.email, ana.password);
      const other = await invite(teams.parcel);
      const bystander = await kit.session(other.email, other.password);
      for (const s of [daniel, priya]) expect((await kit.http('POST', `/api/v1/admin/agents/${ana.id}/sign-out`, s.token, {})).status).toBe(403);
      expect(laptop.disconnected).toEqual([]);
      const res = await kit.http('POST', `/api/v1/admin/agents/${ana.id}/sign-out`, maya.token, {});
      expect(res).toMatchObject({ status: 200, body: { ok: true } });
      await cut(laptop);
      await cut(phone);
      for (const token of [laptop.token, phone.token]) {
        expect(await me(token)).toMatchObject({ status: 401, body: { error: { message: expect.stringMatching(/session revoked/) } } });
      }
      await expect(connectSocket(kit.hub.url, { token: laptop.token })).rejects.toThrow(/session revoked/);
      expect((await me(maya.token)).status).toBe(200);
      expect(bystander.disconnected).toEqual([]);
      // Signing in again works: only the old sessions ended.
      expect((await me((await hubLogin(kit.hub.url, ana.email, ana.password)).token)).status).toBe(200);
      const [entry] = (await audit(maya.token, `action=agent.sign_out_everywhere&actorId=${maya.agent.id}`)).entries.filter((e) => e.entityId === ana.id);
      expect(entry).toMatchObject({ actorId: maya.agent.id, actorName: maya.agent.name, entity: 'agents' });
      expect((await kit.http('POST', `/api/v1/admin/agents/${uuidv7()}/sign-out`, maya.token, {})).status).toBe(404);
    });

    it('reactivates a deactivated agent: sign-in works again, old tokens stay revoked, twice is a conflict', async () => {
      const ana = await invite(teams.parcel);
      const old = await hubLogin(kit.hub.url, ana.email, ana.password);
      expect((await kit.http('POST', `/api/v1/admin/agents/${ana.id}/deactivate`, maya.token, {})).status).toBe(200);
      await expect(hubLogin(kit.hub.url, ana.email, ana.password)).rejects.toThrow(/401/);
      expect((await kit.http('POST', `/api/v1/admin/agents/${ana.id}/reactivate`, daniel.token, {})).status).toBe(403);
      const back = await kit.http('POST', `/api/v1/admin/agents/${ana.id}/reactivate`, maya.token, {});
      expect(back.status).toBe(200);
      expect(managedAgentSchema.parse((back.body as { agent: unknown }).agent)).toMatchObject({ id: ana.id, active: true });
      expect((await me(old.token)).status).toBe(401);
      expect((await hubLogin(kit.hub.url, ana.email, ana.password)).agent.id).toBe(ana.id);
      expect(await kit.http('POST', `/api/v1/admin/agents/${ana.id}/reactivate`, maya.token, {})).toMatchObject({
        status: 409,
        body: { error: { message: expect.stringContaining('already active') } },
      });
      const actions = (await audit(maya.token, `entity=agents&q=${ana.id}`)).entries.map((e) => e.action);
      expect(actions).toEqual(['agent.reactivate', 'agent.deactivate', 'agent.create']);
    });

    it("lets a lead read their own team's agents (with the active flag), not another team's; agents not at all", async () => {
      const own = await kit.http('GET', `/api/v1/teams/${teams.freight}/agents`, daniel.token);
      expect(own.status).toBe(200);
      const agents = (own.body as { agents: unknown[] }).agents.map((a) => managedAgentSchema.parse(a));
      expect(agents.length).toBeGreaterThan(0);
      expect(agents.every((a) => a.teamId === teams.freight)).toBe(true);
      expect(agents.map((a) => a.id)).toContain(daniel.agent.id);
      expect((await kit.http('GET', `/api/v1/teams/${teams.parcel}/agents`, daniel.token)).status).toBe(404);
      expect((await kit.http('GET', `/api/v1/teams/${teams.parcel}/agents`, priya.token)).status).toBe(403);
      expect((await kit.http('GET', `/api/v1/teams/${teams.freight}/agents`, maya.token)).status).toBe(200);
      // Leads change nothing on agents.
      expect((await kit.http('PATCH', `/api/v1/admin/agents/${agents[0]?.id}`, daniel.token, { role: 'lead' })).status).toBe(403);
    });

    it('filters the audit log by actor, entity, action, dates and words, and pages it without gaps or repeats', async () => {
      for (const colour of ['red', 'blue', 'green']) {
        const envelope = { id: uuidv7(), name: 'tagDef.save', args: { name: `people-${colour}`, colour }, clientId: maya.clientId, createdAt: Date.now() };
        expect((await kit.http('POST', '/api/v1/mutations', maya.token, envelope)).body).toMatchObject({ status: 'applied' });
      }
      const mine = await audit(maya.token, `actorId=${maya.agent.id}&action=tagDef.&limit=500`);
      expect(mine.entries.length).toBeGreaterThanOrEqual(3);
      expect(mine.entries.every((e) => e.actorId === maya.agent.id && e.detail.mutation === 'tagDef.save' && e.entity === 'tag_defs')).toBe(true);
      const words = await audit(maya.token, 'q=tagDef.save&entity=tag_defs');
      expect(words.entries.length).toBe(mine.entries.length);
      const newest = mine.entries[0] as AuditEntry;
      expect((await audit(maya.token, `actorId=${maya.agent.id}&from=${newest.at + 1}`)).entries).toEqual([]);
      expect((await audit(maya.token, `actorId=${maya.agent.id}&action=tagDef.&to=${newest.at + 1}&from=${newest.at}`)).entries.map((e) => e.id)).toContain(newest.id);
      expect((await audit(maya.token, `entity=no_such_entity`)).entries).toEqual([]);
      // A definition's entry keeps the row before and after: a recolour reads as red → pink.
      const recolour = { id: uuidv7(), name: 'tagDef.save', args: { name: 'people-red', colour: 'pink' }, clientId: maya.clientId, createdAt: Date.now() };
      expect((await kit.http('POST', '/api/v1/mutations', maya.token, recolour)).body).toMatchObject({ status: 'applied' });
      const [recoloured] = (await audit(maya.token, 'q=people-red&action=tagDef.save')).entries;
      expect(recoloured?.detail).toMatchObject({ before: { name: 'people-red', colour: 'red' }, after: { name: 'people-red', colour: 'pink' } });
      // Pages of two, followed to the end, give the whole log once, newest first.
      const all = await audit(maya.token, 'limit=500');
      const paged: AuditEntry[] = [];
      let query = 'limit=2';
      for (;;) {
        const page = await audit(maya.token, query);
        paged.push(...page.entries);
        if (!page.next) break;
        query = `limit=2&before=${page.next.before}&beforeId=${page.next.beforeId}`;
      }
      expect(paged.map((e) => e.id)).toEqual(all.entries.map((e) => e.id));
      for (const bad of ['limit=0', 'actorId=nobody', 'from=20&to=10', 'beforeId=' + uuidv7()]) {
        const res = await kit.http('GET', `/api/v1/admin/audit-log?${bad}`, maya.token);
        expect(res, bad).toMatchObject({ status: 400, body: { error: { code: 'invalid_request', message: expect.stringContaining('audit log query') } } });
      }
    });

    it("shows a lead the entries their team's agents made, not others'; agents get 403", async () => {
      const envelope = { id: uuidv7(), name: 'tagDef.save', args: { name: 'people-lead', colour: 'teal' }, clientId: daniel.clientId, createdAt: Date.now() };
      expect((await kit.http('POST', '/api/v1/mutations', daniel.token, envelope)).body).toMatchObject({ status: 'applied' });
      const base = `/api/v1/teams/${teams.freight}/audit-log`;
      const page = await audit(daniel.token, 'limit=500', base);
      expect(page.entries.some((e) => e.actorId === daniel.agent.id && e.action === 'tagDef.save')).toBe(true);
      const freightIds = new Set(
        ((await kit.http('GET', `/api/v1/teams/${teams.freight}/agents`, daniel.token)).body as { agents: Array<{ id: string }> }).agents.map((a) => a.id),
      );
      expect(page.entries.every((e) => e.actorId !== null && freightIds.has(e.actorId))).toBe(true);
      expect((await audit(daniel.token, `actorId=${maya.agent.id}`, base)).entries).toEqual([]);
      expect((await kit.http('GET', `/api/v1/teams/${teams.parcel}/audit-log`, daniel.token)).status).toBe(404);
      expect((await kit.http('GET', base, priya.token)).status).toBe(403);
      expect((await kit.http('GET', '/api/v1/admin/audit-log', daniel.token)).status).toBe(403);
      expect((await kit.http('GET', `${base}?limit=9999`, daniel.token)).status).toBe(400);
    });
  });
}
