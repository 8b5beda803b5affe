import { and, asc, eq, gt, inArray, lt, ne, or } from 'drizzle-orm';
import { z } from 'zod';
import { detectBreaches } from '../../core';
import type { HubTx } from '../store/openStore';
import { auditLog, tickets } from '../store/schema';
import type { RulesWork } from './runRulesWrite';

const breachDetail = z.object({ kind: z.enum(['first_response', 'resolution']) });

/** Overdue tickets per page: one bounded read and one short lane transaction each (the large world has ~100k). */
export const defaultSlaPageSize = 1_000;

export interface SlaSweepPage {
  /** Breaches recorded on this page. */
  breaches: number;
  /** The last ticket id read; pass it as `after` for the next page. */
  last: string | null;
  /** Fewer than `pageSize` rows were read: this was the last page. */
  done: boolean;
}

/**
 * One page (keyset on ticket id, after `after`) of the SLA sweep: records every breach not yet
 * recorded as an audit event `sla.breached` (entity tickets, detail {kind, dueAt}); the audit
 * log is what makes "once" hold across pages, sweeps, restarts and nodes.
 */
export async function sweepSlaBreaches(tx: HubTx, now: number, after: string | null = null, pageSize = defaultSlaPageSize): Promise<RulesWork<SlaSweepPage>> {
  const overdue = await tx
    .select()
    .from(tickets)
    .where(
      and(
        after === null ? undefined : gt(tickets.id, after),
        ne(tickets.status, 'closed'),
        or(lt(tickets.firstResponseDueAt, now), lt(tickets.resolutionDueAt, now)),
      ),
    )
    .orderBy(asc(tickets.id))
    .limit(pageSize);
  const page: SlaSweepPage = { breaches: 0, last: overdue.at(-1)?.id ?? after, done: overdue.length < pageSize };
  if (overdue.length === 0) return { value: page, changes: [], audit: [] };
  const recorded = await tx
    .select({ entityId: auditLog.entityId, detail: auditLog.detail })
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'tickets'), inArray(auditLog.entityId, overdue.map((t) => t.id)), eq(auditLog.action, 'sla.breached')));
  const reported = new Set<string>();
  for (const r of recorded) {
    const detail = breachDetail.safeParse(r.detail);
    if (detail.success) reported.add(`${r.entityId}:${detail.data.kind}`);
  }
  const breaches = detectBreaches(overdue, now, reported);
  return {
    value: { ...page, breaches: breaches.length },
    changes: [],
    audit: breaches.map((b) => ({ action: 'sla.breached', entity: 'tickets', entityId: b.ticketId, detail: { kind: b.kind, dueAt: b.dueAt } })),
  };
}
