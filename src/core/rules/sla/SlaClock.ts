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
  /**
   * Next reply: the customer message (time) an answered ticket waits on since the last agent
   * reply, its due time, and the open time paused during this wait. Null/0 while nobody waits.
   * Optional so clocks written before the next-reply target read as "nobody waits".
   */
  nextResponseSince?: number | null;
  nextResponseDueAt?: number | null;
  nextResponsePausedMs?: number;
  /**
   * The first instant at which the running target's open time left is under the lead's at-risk
   * threshold (business time, worked out here so the replica's SQL can compare it with now);
   * null while paused, solved or without a target.
   */
  slaAtRiskAt?: number | null;
}

/**
 * Statuses that stop the clocks: pending (waiting on the customer), on_hold (waiting on the
 * carrier), and solved/closed (nothing left to do; a reopen resumes where it stopped).
 */
export const pausedStatuses: ReadonlySet<TicketStatus> = new Set(['pending', 'on_hold', 'solved', 'closed']);

export function isPausedStatus(status: TicketStatus): boolean {
  return pausedStatuses.has(status);
}
