import type { TicketStatus } from '../../domain/rows';
import { alwaysOpen, type BusinessCalendar } from '../businessHours/BusinessCalendar';
import { addBusinessMs, businessMsBetween } from '../businessHours/businessTime';
import { isPausedStatus, type SlaClock } from './SlaClock';

/**
 * The SLA clock after a ticket moves from one status to another at `now`. Entering a paused
 * status starts a pause; leaving it adds the pause's open time on the team's calendar to
 * `slaPausedMs` and pushes every due time not yet met later by the same open time (a next reply only by the part
 * after the customer's message). Solving stamps
 * `solvedAt`; reopening clears it.
 */
export function applyStatusChange(clock: SlaClock, from: TicketStatus, to: TicketStatus, now: number, calendar: BusinessCalendar = alwaysOpen): SlaClock {
  const next: SlaClock = { ...clock };
  const solved = to === 'solved' || to === 'closed';
  if (solved && next.solvedAt === null) next.solvedAt = now;
  if (!solved && (from === 'solved' || from === 'closed')) next.solvedAt = null;

  const wasPaused = isPausedStatus(from) && clock.slaPausedAt !== null;
  if (!wasPaused && isPausedStatus(to)) next.slaPausedAt = now;
  if (wasPaused && !isPausedStatus(to)) {
    const pausedMs = businessMsBetween(clock.slaPausedAt!, now, calendar);
    const push = (due: number): number => addBusinessMs(due, pausedMs, calendar) ?? due + pausedMs;
    next.slaPausedAt = null;
    next.slaPausedMs = clock.slaPausedMs + pausedMs;
    if (next.firstRespondedAt === null && next.firstResponseDueAt !== null) next.firstResponseDueAt = push(next.firstResponseDueAt);
    if (next.resolutionDueAt !== null) next.resolutionDueAt = push(next.resolutionDueAt);
    // A customer waiting on a reply waits only from their message on, not the pause before it.
    const since = next.nextResponseSince ?? null;
    if (since !== null && next.nextResponseDueAt != null) {
      const waitedPaused = businessMsBetween(Math.max(clock.slaPausedAt!, since), now, calendar);
      next.nextResponsePausedMs = (next.nextResponsePausedMs ?? 0) + waitedPaused;
      next.nextResponseDueAt = addBusinessMs(next.nextResponseDueAt, waitedPaused, calendar) ?? next.nextResponseDueAt + waitedPaused;
    }
  }
  return next;
}

/** The clock after the first reply to the customer; later replies change nothing. */
export function recordFirstResponse(clock: SlaClock, at: number): SlaClock {
  return clock.firstRespondedAt === null ? { ...clock, firstRespondedAt: at } : clock;
}
