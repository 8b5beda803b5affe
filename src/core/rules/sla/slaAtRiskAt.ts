import type { TicketStatus } from '../../domain/rows';
import { alwaysOpen, type BusinessCalendar } from '../businessHours/BusinessCalendar';
import { subtractBusinessMs } from '../businessHours/businessTime';
import type { SlaClock } from './SlaClock';

/**
 * The first instant at which the ticket's running target (the unmet one due first, as
 * runningSlaTarget picks) has less than `atRiskMs` of the team's open time left: slaAlert's
 * "at risk" turned into a wall-clock time the replica's SQL compares with now. Null while
 * paused, solved or without a due time (nothing can come at risk).
 */
export function slaAtRiskAt(clock: SlaClock, status: TicketStatus, atRiskMs: number, calendar: BusinessCalendar = alwaysOpen): number | null {
  if (status === 'solved' || status === 'closed' || clock.slaPausedAt !== null) return null;
  const dues = [clock.firstRespondedAt === null ? clock.firstResponseDueAt : null, clock.nextResponseDueAt ?? null, clock.resolutionDueAt].filter(
    (d): d is number => d !== null,
  );
  if (dues.length === 0) return null;
  // Exactly `atRiskMs` left at `from`; one open millisecond later it is under the threshold.
  const from = subtractBusinessMs(Math.min(...dues), atRiskMs, calendar);
  return from === null ? null : from + 1;
}
