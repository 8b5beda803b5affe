import type { TicketStatus } from '../../domain/rows';
import { alwaysOpen, type BusinessCalendar } from '../businessHours/BusinessCalendar';
import type { SlaBreachKind } from './SlaBreachKind';
import type { SlaClock } from './SlaClock';
import { runningSlaTarget } from './runningSlaTarget';

export interface SlaAlert {
  level: 'breached' | 'at_risk';
  /** The running target due first (runningSlaTarget): first response, next reply or resolution. */
  kind: SlaBreachKind;
  dueAt: number;
  /** Open time left on the team's calendar (negative = overdue). */
  remainingMs: number;
  /** Outside the team's hours: when the clock runs again; null while open. */
  opensAt: number | null;
}

/**
 * Whether a ticket's running SLA target needs attention at `now`: breached once past due,
 * at risk while running (not paused) with less than `atRiskMs` of the team's open time left (a
 * closed desk keeps it at risk, with `opensAt`). Solved and closed tickets need nothing. The
 * inbox badge and the hub's sweep follow this rule; the replica's SQL views compare the ticket's
 * `slaAtRiskAt` (slaAtRiskAt, same calendar maths) with now, so they agree.
 */
export function slaAlert(ticket: SlaClock & { status: TicketStatus }, now: number, atRiskMs: number, calendar: BusinessCalendar = alwaysOpen): SlaAlert | null {
  if (ticket.status === 'solved' || ticket.status === 'closed') return null;
  const running = runningSlaTarget(ticket, now, calendar);
  if (running === null) return null;
  const { kind, view: target } = running;
  if (target.dueAt === null || target.remainingMs === null) return null;
  if (target.state === 'breached') return { level: 'breached', kind, dueAt: target.dueAt, remainingMs: target.remainingMs, opensAt: null };
  if (target.state === 'running' && target.remainingMs < atRiskMs) return { level: 'at_risk', kind, dueAt: target.dueAt, remainingMs: target.remainingMs, opensAt: target.opensAt };
  return null;
}
