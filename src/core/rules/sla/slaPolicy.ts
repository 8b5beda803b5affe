import type { CustomerRow, TicketPriority } from '../../domain/rows';

/** The customer tiers SLA targets vary by. */
export type SlaTier = CustomerRow['tier'];

/** One row of an SLA policy; `tier: null` applies to every tier without a more specific row. */
export interface SlaTarget {
  priority: TicketPriority;
  tier: SlaTier | null;
  firstResponseMinutes: number;
  resolutionMinutes: number;
  /** Next reply after a customer answers an answered ticket; null/absent (policies from before) = the first-reply target. */
  nextResponseMinutes?: number | null;
}

/**
 * Defaults when no policy row matches (on the team's business hours; the next reply is due as
 * fast as the first one):
 *   priority  first response  resolution   (gold ×0.75, platinum ×0.5)
 *   urgent    1 h             8 h
 *   high      4 h             24 h
 *   normal    8 h             72 h
 *   low       24 h            120 h
 */
export const defaultSlaTargets: Readonly<Record<TicketPriority, { firstResponseMinutes: number; resolutionMinutes: number }>> = {
  urgent: { firstResponseMinutes: 60, resolutionMinutes: 8 * 60 },
  high: { firstResponseMinutes: 4 * 60, resolutionMinutes: 24 * 60 },
  normal: { firstResponseMinutes: 8 * 60, resolutionMinutes: 72 * 60 },
  low: { firstResponseMinutes: 24 * 60, resolutionMinutes: 120 * 60 },
};

export const defaultTierFactors: Readonly<Record<SlaTier, number>> = { standard: 1, gold: 0.75, platinum: 0.5 };

/** The target for a ticket: exact (priority, tier) row, else (priority, any tier), else the defaults. */
export function resolveSlaTarget(
  policy: readonly SlaTarget[],
  priority: TicketPriority,
  tier: SlaTier,
): { firstResponseMs: number; resolutionMs: number; nextResponseMs: number } {
  const row = policy.find((t) => t.priority === priority && t.tier === tier) ?? policy.find((t) => t.priority === priority && t.tier === null);
  if (row) {
    return {
      firstResponseMs: row.firstResponseMinutes * 60_000,
      resolutionMs: row.resolutionMinutes * 60_000,
      nextResponseMs: (row.nextResponseMinutes ?? row.firstResponseMinutes) * 60_000,
    };
  }
  const base = defaultSlaTargets[priority];
  const factor = defaultTierFactors[tier];
  const firstResponseMs = Math.round(base.firstResponseMinutes * factor) * 60_000;
  return { firstResponseMs, resolutionMs: Math.round(base.resolutionMinutes * factor) * 60_000, nextResponseMs: firstResponseMs };
}
