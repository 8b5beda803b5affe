import { calendarOfTeam, syncSlaClock, type CustomerRow, type RowChange, type SlaClock, type SlaPolicyRow, type TeamRow, type TicketRow } from '../../core';

const unset: SlaClock = { firstResponseDueAt: null, resolutionDueAt: null, firstRespondedAt: null, solvedAt: null, slaPausedAt: null, slaPausedMs: 0 };

/**
 * The seeded tickets' SLA clocks worked out again after the world moved to today: moving by whole
 * days changes weekdays, holidays and DST offsets, so due times computed on the written dates
 * would no longer be what the team's calendar gives (and the hub's first touch would move them).
 */
export function resyncSeededSla(rows: RowChange[]): RowChange[] {
  const of = <T>(entity: string): T[] => rows.flatMap((r) => (r.entity === entity && r.op === 'upsert' ? [r.row as T] : []));
  const tiers = new Map(of<CustomerRow>('customers').map((c) => [c.id, c.tier]));
  const calendars = new Map(of<TeamRow>('teams').map((t) => [t.id, calendarOfTeam(t)]));
  const policy = of<SlaPolicyRow>('sla_policies');
  return rows.map((change) => {
    if (change.entity !== 'tickets' || change.op !== 'upsert') return change;
    const ticket = change.row as TicketRow;
    const clock = syncSlaClock({ ...ticket, ...unset }, tiers.get(ticket.customerId) ?? 'standard', policy, ticket.firstRespondedAt, calendars.get(ticket.teamId) ?? calendarOfTeam(null));
    return { ...change, row: { ...ticket, ...clock } };
  });
}
