import type { TicketStatus } from '../../domain/rows';
import { isPausedStatus, type SlaClock } from './SlaClock';

/**
 * The SLA clock after a ticket moves from one status to another at `now`. Entering a paused
 * status starts a pause; leaving it adds the pause to `slaPausedMs` and pushes every due time
 * not yet met later by the same amount. Solving stamps `solvedAt`; reopening clears it.
 */
export function applyStatusChange(clock: SlaClock, from: TicketStatus, to: TicketStatus, now: number): SlaClock {
  const next: SlaClock = { ...clock };
  const solved = to === 'solved' || to === 'closed';
  if (solved && next.solvedAt === null) next.solvedAt = now;
  if (!solved && (from === 'solved' || from === 'closed')) next.solvedAt = null;

  const wasPaused = isPausedStatus(from) && clock.slaPausedAt !== null;
  if (!wasPaused && isPausedStatus(to)) next.slaPausedAt = now;
  if (wasPaused && !isPausedStatus(to)) {
    const pausedMs = Math.max(0, now - clock.slaPausedAt!);
    next.slaPausedAt = null;
    next.slaPausedMs = clock.slaPausedMs + pausedMs;
    if (next.firstRespondedAt === null && next.firstResponseDueAt !== null) next.firstResponseDueAt += pausedMs;
    if (next.resolutionDueAt !== null) next.resolutionDueAt += pausedMs;
  }
  return next;
}

/** The clock after the first reply to the customer; later replies change nothing. */
export function recordFirstResponse(clock: SlaClock, at: number): SlaClock {
  return clock.firstRespondedAt === null ? { ...clock, firstRespondedAt: at } : clock;
}
