import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addBusinessMs, uuidv7, type BusinessCalendar, type CustomerRow, type MutationResult, type TeamRow, type TicketRow } from '../../../../src/core';
import { waitFor } from '../../../fixtures/hub/waitFor';
import { startRolesKit, type RoleSession, type RolesKit } from './rolesKit';

interface AuditEntry {
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string;
  detail: Record<string, unknown>;
}

/** Open one hour on Mondays only, in Berlin: a clock that mostly waits. */
const mondayHour: BusinessCalendar = { timeZone: 'Europe/Berlin', week: { '1': [{ start: '09:00', end: '10:00' }] }, holidays: ['2030-01-07'] };

describe("who sets a team's hours and the SLA policies; audited; tickets' clocks follow the hours", () => {
  let kit: RolesKit;
  let maya: RoleSession; // admin, parcel
  let daniel: RoleSession; // lead, freight
  let lena: RoleSession; // lead, customs
  let priya: RoleSession; // agent, parcel
  let teams: { parcel: string; freight: string };

  beforeAll(async () => {
    kit = await startRolesKit('pglite', { rules: { connectors: {}, sweepIntervalMs: 0 } });
    [maya, daniel, lena, priya] = await Promise.all([kit.session('maya@relay.example'), kit.session('daniel@relay.example'), kit.session('lena@relay.example'), kit.session('priya@relay.example')]);
    teams = await kit.teamIds();
  }, 120_000);
  afterAll(async () => kit?.close());

  const mutate = async (s: RoleSession, name: string, args: unknown): Promise<MutationResult> =>
    (await kit.http('POST', '/api/v1/mutations', s.token, { id: uuidv7(), name, args, clientId: s.clientId, createdAt: Date.now() })).body as MutationResult;
  const teamRow = async (id: string): Promise<TeamRow> => {
    const res = await kit.http('GET', '/api/v1/admin/teams', maya.token);
    return (res.body as { teams: TeamRow[] }).teams.find((t) => t.id === id)!;
  };
  const auditFor = async (entityId: string): Promise<AuditEntry[]> =>
    ((await kit.http('GET', '/api/v1/admin/audit-log?limit=500', maya.token)).body as { entries: AuditEntry[] }).entries.filter((e) => e.entityId === entityId);

  it('a lead sets their own team\'s hours (audited); not another team\'s; an agent none; an admin any', async () => {
    expect(await mutate(daniel, 'team.setCalendar', { id: teams.freight, calendar: mondayHour })).toMatchObject({ status: 'applied' });
    expect((await teamRow(teams.freight)).calendar).toEqual(mondayHour);
    const audit = await auditFor(teams.freight);
    expect(audit.find((e) => e.action === 'team.setCalendar')).toMatchObject({ actorId: daniel.agent.id, entity: 'teams', detail: { mutation: 'team.setCalendar', actor: `agent:${daniel.agent.id}` } });

    const before = await teamRow(teams.parcel);
    for (const [who, session] of [['lead of another team', daniel], ['lead of customs', lena], ['agent of the team', priya]] as const) {
      const result = await mutate(session, 'team.setCalendar', { id: teams.parcel, calendar: mondayHour });
      expect(result, who).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
    }
    expect(await teamRow(teams.parcel)).toEqual(before);
    expect(await mutate(maya, 'team.setCalendar', { id: teams.parcel, calendar: before.calendar ?? null })).toMatchObject({ status: 'applied' });
  });

  it('refuses a calendar that never opens or overlaps, with the reason, and keeps the team as it was', async () => {
    const before = await teamRow(teams.freight);
    const never = await mutate(daniel, 'team.setCalendar', { id: teams.freight, calendar: { timeZone: 'Europe/Berlin', week: {}, holidays: [] } });
    expect(never).toMatchObject({ status: 'rejected', error: { message: expect.stringContaining('open at least one day a week') } });
    const overlap = { timeZone: 'Europe/Berlin', week: { '2': [{ start: '08:00', end: '12:00' }, { start: '11:00', end: '13:00' }] }, holidays: [] };
    expect(await mutate(daniel, 'team.setCalendar', { id: teams.freight, calendar: overlap })).toMatchObject({ status: 'rejected' });
    expect(await teamRow(teams.freight)).toEqual(before);
  });

  it('a rename by an admin keeps the team\'s hours', async () => {
    const before = await teamRow(teams.freight);
    expect(await mutate(maya, 'team.save', { id: teams.freight, name: 'Freight Desk (renamed)' })).toMatchObject({ status: 'applied' });
    expect(await teamRow(teams.freight)).toEqual({ ...before, name: 'Freight Desk (renamed)' });
    expect(await mutate(maya, 'team.save', { id: teams.freight, name: before.name })).toMatchObject({ status: 'applied' });
  });

  it('SLA policies: an admin saves one (audited); a lead and an agent are refused', async () => {
    const id = uuidv7();
    const row = { priority: 'urgent', tier: 'gold', firstResponseMinutes: 45, resolutionMinutes: 360 };
    for (const s of [daniel, priya]) {
      expect(await mutate(s, 'setting.save', { entity: 'sla_policies', id, row })).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
    }
    // The hub has a row for (urgent, gold) or not; save onto its id when it has one.
    const policies = (await kit.http('GET', '/api/v1/admin/sla-policies', maya.token)).body as { sla_policies: { id: string; priority: string; tier: string }[] };
    const existing = policies.sla_policies.find((p) => p.priority === 'urgent' && p.tier === 'gold');
    const target = existing?.id ?? id;
    expect(await mutate(maya, 'setting.save', { entity: 'sla_policies', id: target, row })).toMatchObject({ status: 'applied' });
    expect((await auditFor(target)).find((e) => e.action === 'setting.save')).toMatchObject({ actorId: maya.agent.id, entity: 'sla_policies' });
  });

  it("a new ticket of a team with hours gets due times on them (the hub's rules, the same core maths)", async () => {
    expect(await mutate(daniel, 'team.setCalendar', { id: teams.freight, calendar: mondayHour })).toMatchObject({ status: 'applied' });
    const [customer] = (await kit.snapshotAll(daniel, 'tenant', 'customers')) as CustomerRow[];
    const id = uuidv7();
    const created = await mutate(daniel, 'ticket.create', {
      id,
      subject: 'Pallet count wrong',
      customerId: customer!.id,
      teamId: teams.freight,
      channel: 'phone',
      priority: 'urgent',
      firstMessage: { id: uuidv7(), direction: 'note', body: 'Caller says 3 pallets, not 4.' },
    });
    expect(created).toMatchObject({ status: 'applied' });
    await kit.hub.rules!.idle();
    // The clock arrives as a live change to the team's room once the rules have run.
    const ticket = await waitFor(
      () => daniel.live.flatMap((b) => b.rows).filter((r) => r.id === id && r.row !== null).map((r) => r.row as TicketRow).findLast((t) => t.firstResponseDueAt !== null),
      'the ticket with its due times',
    );
    // Urgent, standard tier: 1 h of open time = the whole of some Monday's 09:00–10:00 in Berlin.
    expect(ticket.firstResponseDueAt).toBe(addBusinessMs(ticket.createdAt, 3_600_000, mondayHour));
    const due = new Date(ticket.firstResponseDueAt!);
    expect(due.getUTCDay()).toBe(1);
    expect(due.toLocaleTimeString('en-GB', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit' })).toBe('10:00');

    // New hours re-time the team's unsolved tickets (the rules react to the team's change).
    const tuesdayHour: BusinessCalendar = { ...mondayHour, week: { '2': [{ start: '15:00', end: '16:00' }] } };
    expect(await mutate(daniel, 'team.setCalendar', { id: teams.freight, calendar: tuesdayHour })).toMatchObject({ status: 'applied' });
    await kit.hub.rules!.idle();
    const retimed = await waitFor(
      () => daniel.live.flatMap((b) => b.rows).filter((r) => r.id === id && r.row !== null).map((r) => r.row as TicketRow).findLast((t) => new Date(t.firstResponseDueAt!).getUTCDay() === 2),
      'the ticket re-timed on the new hours',
    );
    expect(retimed.firstResponseDueAt).toBe(addBusinessMs(ticket.createdAt, 3_600_000, tuesdayHour));
  });
});
