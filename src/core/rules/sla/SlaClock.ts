import type { TicketStatus } from '../../domain/rows';

/** A ticket's SLA fields (all epoch ms; null = not set / not happened). */
export interface SlaClock {
  firstResponseDueAt: number | null;
  resolutionDueAt: number | null;
  firstRespondedAt: number | null;
  solvedAt: number | null;
  /** When the current pause began; null while the clock runs. */
  slaPausedAt: number | null;
  /** Total of finished pauses. */
  slaPausedMs: number;
}

/**
 * Statuses that stop the clocks: pending (waiting on the customer), on_hold (waiting on the
 * carrier), and solved/closed (nothing left to do; a reopen resumes where it stopped).
 */
export const pausedStatuses: ReadonlySet<TicketStatus> = new Set(['pending', 'on_hold', 'solved', 'closed']);

export function isPausedStatus(status: TicketStatus): boolean {
  return pausedStatuses.has(status);
}
