import type { TicketStatus } from '../../domain/rows';
import { alwaysOpen, type BusinessCalendar } from '../businessHours/BusinessCalendar';
import type { SlaBreachKind } from './detectBreaches';
import type { SlaClock } from './SlaClock';
import { slaRemaining } from './slaRemaining';

export interface SlaAlert {
  level: 'breached' | 'at_risk';
  /** The running target: first response until it is given, then resolution. */
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
 * inbox badge and the hub's sweep follow this rule; the replica's SQL views approximate it in
 * plain time (they cannot read calendars).
 */
export function slaAlert(ticket: SlaClock & { status: TicketStatus }, now: number, atRiskMs: number, calendar: BusinessCalendar = alwaysOpen): SlaAlert | null {
  if (ticket.status === 'solved' || ticket.status === 'closed') return null;
  const views = slaRemaining(ticket, now, calendar);
  const kind: SlaBreachKind = ticket.firstRespondedAt === null && ticket.firstResponseDueAt !== null ? 'first_response' : 'resolution';
  const target = kind === 'first_response' ? views.firstResponse : views.resolution;
  if (target.dueAt === null || target.remainingMs === null) return null;
  if (target.state === 'breached') return { level: 'breached', kind, dueAt: target.dueAt, remainingMs: target.remainingMs, opensAt: null };
  if (target.state === 'running' && target.remainingMs < atRiskMs) return { level: 'at_risk', kind, dueAt: target.dueAt, remainingMs: target.remainingMs, opensAt: target.opensAt };
  return null;
}
