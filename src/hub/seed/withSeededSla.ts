import { syncSlaClock, type BusinessCalendar, type SlaClock, type SlaTarget, type SlaTier, type TicketRow } from '../../core';

/**
 * A seeded ticket with the SLA clock the hub's rules would give it (core's syncSlaClock over
 * its status, priority, tier, first agent reply and the team's calendar), so a seeded ticket shows its SLA state
 * from the start and the rules' first touch changes nothing.
 */
export function withSeededSla(
  ticket: Omit<TicketRow, keyof SlaClock>,
  tier: SlaTier,
  policy: readonly SlaTarget[],
  firstReplyAt: number | null,
  calendar: BusinessCalendar,
): TicketRow {
  const unset: SlaClock = { firstResponseDueAt: null, resolutionDueAt: null, firstRespondedAt: null, solvedAt: null, slaPausedAt: null, slaPausedMs: 0 };
  return { ...ticket, ...syncSlaClock({ ...ticket, ...unset }, tier, policy, firstReplyAt, calendar) };
}
