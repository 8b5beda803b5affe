/**
 * The hub's aggregate report routes (GET /api/v1/reports/:kind) on the demo world: the SQL
 * answer equals core computeReport over the same rows (read through snapshots as the caller),
 * and each caller sees only their teams (agents/leads: own team; another team → 404; admins: all).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  computeReport,
  entityRowSchemas,
  reportAnswerSchema,
  reportKindSchema,
  teamScope,
  tenantScope,
  type ReportAnswer,
  type ReportKind,
  type ReportSource,
} from '../../../../src/core';
import { rolesBackends, startRolesKit, type RoleSession, type RolesKit } from '../roles/rolesKit';

const DAY = 86_400_000;

for (const backend of rolesBackends) {
  describe.skipIf(backend.skip !== null)(`report routes on ${backend.name}${backend.skip ? ` (skipped: ${backend.skip})` : ''}`, () => {
    let kit: RolesKit;
    let maya: RoleSession;
    let teams: { parcel: string; freight: string };
    let source: ReportSource;
    let latest = 0;

    /** Every row of the world as core reads it, through the admin's snapshots (no window: see startRolesKit below). */
    async function readSource(): Promise<ReportSource> {
      const all = async (scopes: string[], entity: string) => (await Promise.all(scopes.map((s) => kit.snapshotAll(maya, s, entity)))).flat();
      const teamScopes = (await all([tenantScope], 'teams')).map((t) => teamScope(String(t.id)));
      return {
        agents: (await all([tenantScope], 'agents')).map((r) => entityRowSchemas.agents.parse(r)),
        tickets: (await all(teamScopes, 'tickets')).map((r) => entityRowSchemas.tickets.parse(r)),
        messages: (await all(teamScopes, 'messages')).map((r) => entityRowSchemas.messages.parse(r)),
        csat: (await all(teamScopes, 'csat_responses')).map((r) => entityRowSchemas.csat_responses.parse(r)),
        shipments: (await all([tenantScope], 'shipments')).map((r) => entityRowSchemas.shipments.parse(r)),
        exceptions: (await all(teamScopes, 'exceptions')).map((r) => entityRowSchemas.exceptions.parse(r)),
        fieldDefs: (await all([tenantScope], 'field_defs')).map((r) => entityRowSchemas.field_defs.parse(r)),
      };
    }

    async function report(token: string, kind: ReportKind, query: Record<string, string | number>): Promise<{ status: number; answer: ReportAnswer | null; body: unknown }> {
      const q = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
      const res = await kit.http('GET', `/api/v1/reports/${kind}?${q.toString()}`, token);
      return { status: res.status, answer: res.status === 200 ? reportAnswerSchema.parse(res.body) : null, body: res.body };
    }

    beforeAll(async () => {
      // A window wider than the world, so snapshots hand the test every row the hub counts.
      kit = await startRolesKit(backend.kind, { replicationWindow: { ticketDays: 100_000, logisticsDays: 100_000 } });
      teams = await kit.teamIds();
      maya = await kit.session('maya@relay.example'); // admin
      // The demo world has no tags or select values on tickets: give a few some, as agents would.
      const tickets = (await kit.snapshotAll(maya, teamScope(teams.freight), 'tickets')).map((r) => entityRowSchemas.tickets.parse(r));
      const recent = [...tickets].sort((a, b) => b.createdAt - a.createdAt).slice(0, 6);
      for (const [i, t] of recent.entries()) {
        await kit.hub.mutate('maya@relay.example', 'ticket.setTags', { id: t.id, add: i % 2 === 0 ? ['claim', 'damaged'] : ['customs'] });
        await kit.hub.mutate('maya@relay.example', 'ticket.setFields', { id: t.id, values: { damage_reason: i < 4 ? 'Crushed' : 'Wet' } });
      }
      source = await readSource();
      latest = Math.max(...source.tickets.map((t) => t.createdAt), ...source.shipments.map((s) => s.createdAt));
    }, 240_000);
    afterAll(async () => kit?.close());

    it.each(reportKindSchema.options)('%s: the hub SQL answers exactly what core computes from the same rows (60 days and 12 months)', async (kind) => {
      for (const days of [60, 365]) {
        const from = latest + 1 - days * DAY;
        const to = latest + 1;
        for (const teamId of [undefined, teams.freight]) {
          const { status, answer } = await report(maya.token, kind, teamId ? { from, to, teamId } : { from, to });
          expect(status).toBe(200);
          const teamIds = teamId ? [teamId] : null;
          const expected = computeReport(kind, source, { from, to, teamIds }, { teamId: teamId ?? null, source: 'hub' });
          expect(answer).toEqual(expected);
          expect(answer?.rows.length, `${kind} over ${days} days has rows`).toBeGreaterThan(0);
        }
      }
    });

    it('limits agents and leads to their teams: another team is 404, no filter means their own team, admins see all', async () => {
      const to = latest + 1;
      const from = to - 365 * DAY;
      const tom = await kit.session('tom@relay.example'); // agent, freight
      const daniel = await kit.session('daniel@relay.example'); // lead, freight
      for (const caller of [tom, daniel]) {
        for (const kind of reportKindSchema.options) {
          const other = await report(caller.token, kind, { from, to, teamId: teams.parcel });
          expect(other.status, `${caller.agent.email} ${kind} of another team`).toBe(404);
        }
        const own = await report(caller.token, 'agents', { from, to });
        const freightOnly = computeReport('agents', source, { from, to, teamIds: [teams.freight] }, { teamId: null, source: 'hub' });
        expect(own.answer).toEqual(freightOnly);
        expect((await report(caller.token, 'tags', { from, to, teamId: teams.freight })).status).toBe(200);
      }
      const all = await report(maya.token, 'agents', { from, to });
      const parcel = await report(maya.token, 'agents', { from, to, teamId: teams.parcel });
      expect(parcel.status).toBe(200);
      expect(all.answer!.rows.length).toBeGreaterThan(parcel.answer!.rows.length);
      expect((await kit.http('GET', `/api/v1/reports/agents?from=${from}&to=${to}`, null)).status).toBe(401);
    });

    it('refuses a bad kind or period with a reason', async () => {
      const bad = await report(maya.token, 'agents', { from: 10, to: 5 });
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.body)).toContain('the period must end after it starts');
      const res = await kit.http('GET', `/api/v1/reports/weather?from=1&to=2`, maya.token);
      expect(res.status).toBe(400);
    });
  });
}
