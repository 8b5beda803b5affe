import type { SlaClock } from './SlaClock';

/**
 * A next reply that was given after its due time: the wait `before` held ended in `after`
 * because an agent replied at `lastAgentReplyAt`, later than it was due. The clock clears a
 * next reply once given, so the hub's SLA sync reports this miss as it happens (the sweep only
 * sees waits still running). Null when nothing was missed.
 */
export function lateNextReply(before: SlaClock, after: SlaClock, lastAgentReplyAt: number | null): { dueAt: number; since: number } | null {
  const since = before.nextResponseSince ?? null;
  const dueAt = before.nextResponseDueAt ?? null;
  if (since === null || dueAt === null || (after.nextResponseSince ?? null) === since) return null;
  if (lastAgentReplyAt === null || lastAgentReplyAt < since || lastAgentReplyAt <= dueAt) return null;
  return { dueAt, since };
}
