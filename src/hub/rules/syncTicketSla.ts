import { and, eq, isNotNull, min } from 'drizzle-orm';
import { sameSlaClock, syncSlaClock, teamScope, type RowChange, type TicketRow } from '../../core';
import type { HubTx } from '../store/openStore';
import { loadRow } from '../store/rowStore';
import { messages, slaPolicies } from '../store/schema';
import type { RulesWork } from './runRulesWrite';

/**
 * Brings one ticket's SLA clock in line with its state: due times on creation and priority
 * change, pause/resume on status, first response at the first agent reply, solvedAt. Writes
 * only when something differs, and leaves `updatedAt` alone (bookkeeping, not an edit).
 */
export async function syncTicketSla(tx: HubTx, ticketId: string): Promise<RulesWork<null>> {
  const none: RulesWork<null> = { value: null, changes: [], audit: [] };
  const ticket = await loadRow(tx, 'tickets', ticketId);
  if (!ticket) return none;
  const [customer, policy, [reply]] = await Promise.all([
    loadRow(tx, 'customers', ticket.customerId),
    tx.select().from(slaPolicies),
    tx
      .select({ at: min(messages.createdAt) })
      .from(messages)
      .where(and(eq(messages.ticketId, ticketId), eq(messages.direction, 'outbound'), isNotNull(messages.authorId))),
  ]);
  const firstReplyAt = reply?.at === null || reply?.at === undefined ? null : Number(reply.at);
  const clock = syncSlaClock(ticket, customer?.tier ?? 'standard', policy, firstReplyAt);
  if (sameSlaClock(ticket, clock)) return none;
  const row: TicketRow = { ...ticket, ...clock };
  const change: RowChange = { op: 'upsert', entity: 'tickets', id: row.id, scope: teamScope(row.teamId), row };
  return { value: null, changes: [change], audit: [] };
}
