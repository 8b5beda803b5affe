import { and, asc, eq, gte } from 'drizzle-orm';
import type { HubDb } from '../store/openStore';
import { auditLog } from '../store/schema';
import type { TicketRuleEventRef } from './ticketRuleEventSchema';

/**
 * SLA breaches the sweep recorded since `since` (its `sla.breached` audit entries, once per
 * ticket and target) as ticket-rule events, oldest first, with the time to read from next.
 */
export async function breachEventsSince(db: HubDb, since: number, limit = 1_000): Promise<{ events: TicketRuleEventRef[]; next: number }> {
  const rows = await db
    .select({ entityId: auditLog.entityId, detail: auditLog.detail, at: auditLog.at })
    .from(auditLog)
    .where(and(eq(auditLog.action, 'sla.breached'), eq(auditLog.entity, 'tickets'), gte(auditLog.at, since)))
    .orderBy(asc(auditLog.at))
    .limit(limit);
  const events = rows.map((r) => ({ ticketId: r.entityId, event: 'sla.breached' as const, key: `breach:${String(r.detail.kind)}:${String(r.detail.dueAt)}` }));
  // Entries at the last instant are read again next time (the ledger makes that harmless).
  return { events, next: rows.at(-1)?.at ?? since };
}
