import { and, eq, inArray, lt, ne, or } from 'drizzle-orm';
import { z } from 'zod';
import { detectBreaches } from '../../core';
import type { HubTx } from '../store/openStore';
import { auditLog, tickets } from '../store/schema';
import type { RulesWork } from './runRulesWrite';

const breachDetail = z.object({ kind: z.enum(['first_response', 'resolution']) });

/** Postgres binds at most 65,535 parameters per statement; the large world has ~100k overdue tickets. */
const ID_CHUNK = 5_000;

/**
 * Records every SLA breach not yet recorded as an audit event `sla.breached` (entity tickets,
 * detail {kind, dueAt}); the audit log is what makes "once" hold across sweeps and restarts.
 */
export async function sweepSlaBreaches(tx: HubTx, now: number): Promise<RulesWork<number>> {
  const overdue = await tx
    .select()
    .from(tickets)
    .where(and(ne(tickets.status, 'closed'), or(lt(tickets.firstResponseDueAt, now), lt(tickets.resolutionDueAt, now))));
  if (overdue.length === 0) return { value: 0, changes: [], audit: [] };
  const reported = new Set<string>();
  for (let i = 0; i < overdue.length; i += ID_CHUNK) {
    const ids = overdue.slice(i, i + ID_CHUNK).map((t) => t.id);
    const recorded = await tx
      .select({ entityId: auditLog.entityId, detail: auditLog.detail })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'sla.breached'), eq(auditLog.entity, 'tickets'), inArray(auditLog.entityId, ids)));
    for (const r of recorded) {
      const detail = breachDetail.safeParse(r.detail);
      if (detail.success) reported.add(`${r.entityId}:${detail.data.kind}`);
    }
  }
  const breaches = detectBreaches(overdue, now, reported);
  return {
    value: breaches.length,
    changes: [],
    audit: breaches.map((b) => ({ action: 'sla.breached', entity: 'tickets', entityId: b.ticketId, detail: { kind: b.kind, dueAt: b.dueAt } })),
  };
}
