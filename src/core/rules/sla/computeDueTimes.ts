import type { TicketPriority } from '../../domain/rows';
import type { SlaClock } from './SlaClock';
import { resolveSlaTarget, type SlaTarget, type SlaTier } from './slaPolicy';

export interface DueTimesInput {
  createdAt: number;
  priority: TicketPriority;
  customerTier: SlaTier;
  /** The ticket's current clock, when recomputing after a priority change. */
  clock?: Pick<SlaClock, 'firstRespondedAt' | 'firstResponseDueAt' | 'slaPausedMs'>;
}

/**
 * Due times from creation + target + time already spent paused. On a priority change the
 * ticket's own history still counts (pauses, creation); a first response already given keeps
 * the due time it was judged against.
 */
export function computeDueTimes(input: DueTimesInput, policy: readonly SlaTarget[] = []): { firstResponseDueAt: number; resolutionDueAt: number } {
  const target = resolveSlaTarget(policy, input.priority, input.customerTier);
  const paused = input.clock?.slaPausedMs ?? 0;
  const keptFirstResponse =
    input.clock?.firstRespondedAt != null && input.clock.firstResponseDueAt != null ? input.clock.firstResponseDueAt : null;
  return {
    firstResponseDueAt: keptFirstResponse ?? input.createdAt + target.firstResponseMs + paused,
    resolutionDueAt: input.createdAt + target.resolutionMs + paused,
  };
}
