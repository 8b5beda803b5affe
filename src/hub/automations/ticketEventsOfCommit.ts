import type { LiveChanges } from '../../core';
import type { TicketRuleEventRef } from './ticketRuleEventSchema';

/** Only fresh facts are events: a merge or an old row written again (SLA re-timing) is not "the customer replied". */
export const ticketEventFreshMs = 10 * 60_000;

/**
 * The ticket-rule events one commit carries: a new ticket, a new inbound message on an existing
 * ticket, a solve, a survey answer (judged low later, against the setting). Rows a transfer moved
 * (removed from one scope and written in another in the same commit) are not new. Whether an
 * event already ran is the rules' ledger's question (runTicketRules), not this one's.
 */
export function ticketEventsOfCommit(batches: readonly LiveChanges[], now: number): TicketRuleEventRef[] {
  const rows = batches.flatMap((b) => b.rows);
  const moved = new Set(rows.filter((c) => c.op === 'delete').map((c) => `${c.entity}:${c.id}`));
  const fresh = (at: unknown): boolean => typeof at === 'number' && at >= now - ticketEventFreshMs;
  const events: TicketRuleEventRef[] = [];
  const created = new Set<string>();
  for (const c of rows) {
    if (c.op !== 'upsert' || !c.row || moved.has(`${c.entity}:${c.id}`)) continue;
    const row = c.row;
    if (c.entity === 'tickets') {
      if (row.createdAt === row.updatedAt && fresh(row.createdAt)) {
        created.add(c.id);
        events.push({ ticketId: c.id, event: 'ticket.created', key: c.id });
      }
      if (row.status === 'solved' && fresh(row.solvedAt)) events.push({ ticketId: c.id, event: 'ticket.solved', key: `solved:${String(row.solvedAt)}` });
    }
    if (c.entity === 'csat_responses' && typeof row.ticketId === 'string') events.push({ ticketId: row.ticketId, event: 'csat.low_score', key: `csat:${c.id}` });
  }
  for (const c of rows) {
    const row = c.row;
    if (c.op !== 'upsert' || c.entity !== 'messages' || !row || moved.has(`messages:${c.id}`)) continue;
    if (row.direction === 'inbound' && typeof row.ticketId === 'string' && !created.has(row.ticketId) && fresh(row.createdAt)) {
      events.push({ ticketId: row.ticketId, event: 'ticket.customer_replied', key: `message:${c.id}` });
    }
  }
  return events;
}
