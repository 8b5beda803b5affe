import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamScope, uuidv7, type MessageRow } from '../../../../src/core';
import { waitFor } from '../../../fixtures/hub/waitFor';
import { rolesBackends, startRolesKit, type RoleSession, type RolesKit } from '../roles/rolesKit';

const linksIn = (body: string) => [...body.matchAll(/https?:\/\/\S+\/survey\/[A-Za-z0-9_-]+(\?score=\d)?/g)].map((m) => m[0]);
const form = (score: string) => ({ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `score=${score}&comment=Late` });

for (const backend of rolesBackends) {
  describe.skipIf(backend.skip !== null)(`${backend.name}: the public survey page across teams and roles`, () => {
    let kit: RolesKit;
    let maya: RoleSession; // admin, team A
    let priya: RoleSession; // agent, team A
    let tom: RoleSession; // agent, team B
    let daniel: RoleSession; // lead, team B
    let ticketId = '';
    let link = '';

    beforeAll(async () => {
      kit = await startRolesKit(backend.kind, { rules: { connectors: {}, sweepIntervalMs: 0 } });
      maya = await kit.session('maya@relay.example');
      priya = await kit.session('priya@relay.example');
      tom = await kit.session('tom@relay.example');
      daniel = await kit.session('daniel@relay.example');
      for (const [trigger, config] of [['csat.survey', { delayHours: 0 }], ['csat.low_score', { threshold: 2 }]] as const) {
        const res = await kit.http('POST', '/api/v1/admin/automations', maya.token, { name: trigger, trigger, enabled: true, config });
        expect(res.status, JSON.stringify(res.body)).toBe(201);
      }
      // Team B opens a ticket for a new customer (email, consent by default) and solves it.
      ticketId = uuidv7();
      const customerId = uuidv7();
      const created = await kit.hub.mutate('tom@relay.example', 'ticket.create', {
        id: ticketId,
        subject: 'Crate 7 arrived wet',
        customerId,
        newCustomer: { id: customerId, name: 'Wet Crate Ltd', email: 'ops@wetcrate.example', phone: null, kind: 'b2b' },
        teamId: tom.agent.teamId,
        channel: 'email',
        firstMessage: { id: uuidv7(), direction: 'inbound', body: 'Crate 7 is soaked.' },
      });
      expect(created.status).toBe('applied');
      expect((await kit.hub.mutate('tom@relay.example', 'ticket.update', { id: ticketId, status: 'solved' })).status).toBe('applied');
      await kit.hub.rules!.idle();
      const survey = await waitFor(() => {
        const rows = tom.live.flatMap((b) => b.rows).filter((r) => r.entity === 'messages' && (r.row as MessageRow | null)?.body.includes('/survey/'));
        return rows[0]?.row as MessageRow | undefined;
      }, 'survey message live to team B');
      link = linksIn(survey.body).find((l) => l.endsWith('score=3'))!;
      expect(link).toBeDefined();
    });
    afterAll(() => kit.close());

    it('lists the page as public in the route catalogue', async () => {
      const { routes } = (await kit.http('GET', '/api/v1/admin/access', maya.token)).body as { routes: Array<{ method: string; url: string; access: string }> };
      expect(routes.filter((r) => r.url === '/survey/:token' && r.method !== 'HEAD').map((r) => `${r.method} ${r.access}`).sort()).toEqual(['GET public', 'POST public']);
    });

    it('keeps the CSAT settings as one automation each, admins only, refusing a bad config with the reason', async () => {
      const body = (config: Record<string, unknown>) => ({ name: 'CSAT', trigger: 'csat.survey', enabled: true, config });
      const bad = await kit.http('POST', '/api/v1/admin/automations', maya.token, body({ delayHours: -2 }));
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.body)).toContain('delayHours');
      expect((await kit.http('POST', '/api/v1/admin/automations', maya.token, body({ delayHours: 2 }))).status).toBe(409);
      expect((await kit.http('POST', '/api/v1/admin/automations', maya.token, { ...body({}), trigger: 'csat.low_score', config: { threshold: 7 } })).status).toBe(400);
      for (const who of [priya, daniel]) expect((await kit.http('POST', '/api/v1/admin/automations', who.token, body({ delayHours: 2 }))).status).toBe(403);
      // Nor may anyone but an admin write it through the sync path.
      const { automations } = (await kit.http('GET', '/api/v1/admin/automations', maya.token)).body as { automations: Array<{ id: string; trigger: string }> };
      const setting = automations.find((a) => a.trigger === 'csat.survey')!;
      const refused = await kit.hub.mutate('daniel@relay.example', 'setting.save', { entity: 'automations', id: setting.id, row: null });
      expect(refused.status).toBe('rejected');
    });

    it('shows a signed-in agent of another team no more than anyone: ticket number and subject only', async () => {
      const anonymous = await fetch(link);
      const withToken = await fetch(link, { headers: { authorization: `Bearer ${priya.token}` } });
      expect(anonymous.status).toBe(200);
      expect(withToken.status).toBe(200);
      const [a, b] = [await anonymous.text(), await withToken.text()];
      expect(b).toBe(a);
      expect(a).toContain('Crate 7 arrived wet');
      expect(a).not.toContain('Wet Crate Ltd');
      expect(a).not.toContain('ops@wetcrate.example');
      expect(a).not.toContain('soaked');
    });

    it('records the answer into team B only: live to team B, never to team A, and the lead of team B is mentioned', async () => {
      const priyaBefore = priya.live.length;
      const res = await fetch(link.split('?')[0]!, form('1'));
      expect(res.status).toBe(200);
      await kit.hub.rules!.idle();
      const answer = await waitFor(() => tom.live.flatMap((b) => b.rows).find((r) => r.entity === 'csat_responses'), 'answer live to team B');
      expect(answer.row).toMatchObject({ ticketId, score: 1, comment: 'Late' });
      expect(tom.live.some((b) => b.scope === teamScope(tom.agent.teamId) && b.rows.some((r) => r.entity === 'csat_responses'))).toBe(true);
      const note = await waitFor(
        () => daniel.live.flatMap((b) => b.rows).find((r) => r.entity === 'messages' && (r.row as MessageRow | null)?.direction === 'note' && (r.row as MessageRow).ticketId === ticketId),
        'low-score note for the lead',
      );
      expect((note.row as MessageRow).mentions).toEqual([daniel.agent.id]);
      expect(JSON.stringify(priya.live.slice(priyaBefore))).not.toContain(ticketId);
    });

    it('does not let a link for a team B ticket answer a team A ticket', async () => {
      const token = new URL(link).pathname.split('/').pop()!;
      const bytes = Buffer.from(token, 'base64url');
      const own = (await kit.snapshotAll(priya, teamScope(priya.agent.teamId), 'tickets'))[0]!;
      const moved = Buffer.concat([bytes.subarray(0, 16), Buffer.from(String(own.id).replace(/-/g, ''), 'hex'), bytes.subarray(32)]).toString('base64url');
      const res = await fetch(`${kit.hub.url}/survey/${moved}`, form('5'));
      expect(res.status).toBe(404);
      const answers = await kit.snapshotAll(priya, teamScope(priya.agent.teamId), 'csat_responses');
      expect(answers.filter((r) => r.ticketId === own.id && r.comment === 'Late')).toEqual([]);
    });
  });
}
