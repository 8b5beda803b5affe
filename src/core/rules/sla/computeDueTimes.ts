import type { TicketPriority } from '../../domain/rows';
import { alwaysOpen, type BusinessCalendar } from '../businessHours/BusinessCalendar';
import { addBusinessMs } from '../businessHours/businessTime';
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
 * Due times from creation + target + time already spent paused, counted on the team's business
 * calendar (`slaPausedMs` is open time too), so a due time waits out nights, weekends and
 * holidays. On a priority change the ticket's own history still counts (pauses, creation); a
 * first response already given keeps the due time it was judged against. Null only for a
 * calendar that never opens.
 */
export function computeDueTimes(
  input: DueTimesInput,
  policy: readonly SlaTarget[] = [],
  calendar: BusinessCalendar = alwaysOpen,
): { firstResponseDueAt: number | null; resolutionDueAt: number | null } {
  const target = resolveSlaTarget(policy, input.priority, input.customerTier);
  const paused = input.clock?.slaPausedMs ?? 0;
  const keptFirstResponse =
    input.clock?.firstRespondedAt != null && input.clock.firstResponseDueAt != null ? input.clock.firstResponseDueAt : null;
  return {
    firstResponseDueAt: keptFirstResponse ?? addBusinessMs(input.createdAt, target.firstResponseMs + paused, calendar),
    resolutionDueAt: addBusinessMs(input.createdAt, target.resolutionMs + paused, calendar),
  };
}
