import { and, isNotNull, eq, min } from 'drizzle-orm';
import { calendarOfTeam, sameSlaClock, syncSlaClock, teamScope, type CustomerRow, type RowChange, type TeamRow, type TicketRow } from '../../core';
import type { HubTx } from '../store/openStore';
import { loadRows } from '../store/loadRows';
import { messages, slaPolicies } from '../store/schema';
import type { RulesWork } from './runRulesWrite';
import { anyOf } from '../store/anyOf';

/** Ids bound per IN list. */
const chunk = 1_000;

/**
 * Brings many tickets' SLA clocks in line with their state — due times on creation and priority
 * change, pause/resume on status, first response at the first agent reply, solvedAt — on the
 * business calendar of each ticket's team, in five queries whatever their number. Writes only tickets whose clock differs, and leaves
 * `updatedAt` alone (bookkeeping, not an edit).
 */
export async function syncTicketSlas(tx: HubTx, ticketIds: readonly string[]): Promise<RulesWork<null>> {
  const work: RulesWork<null> = { value: null, changes: [], audit: [] };
  const ids = [...new Set(ticketIds)];
  if (ids.length === 0) return work;
  const tickets = (await loadRows(tx, ids.map((id) => ({ entity: 'tickets', id })))).filter((t): t is TicketRow => t !== undefined);
  if (tickets.length === 0) return work;
  const customerIds = [...new Set(tickets.map((t) => t.customerId))];
  const teamIds = [...new Set(tickets.map((t) => t.teamId))];
  const [customerRows, teamRows, policy, replies] = await Promise.all([
    loadRows(tx, customerIds.map((id) => ({ entity: 'customers', id }))),
    loadRows(tx, teamIds.map((id) => ({ entity: 'teams', id }))),
    tx.select().from(slaPolicies),
    firstReplies(tx, tickets.map((t) => t.id)),
  ]);
  const tierOf = new Map((customerRows as (CustomerRow | undefined)[]).flatMap((c) => (c ? [[c.id, c.tier] as const] : [])));
  const calendarOf = new Map((teamRows as (TeamRow | undefined)[]).flatMap((t) => (t ? [[t.id, calendarOfTeam(t)] as const] : [])));
  for (const ticket of tickets) {
    const calendar = calendarOf.get(ticket.teamId) ?? calendarOfTeam(null);
    const clock = syncSlaClock(ticket, tierOf.get(ticket.customerId) ?? 'standard', policy, replies.get(ticket.id) ?? null, calendar);
    if (sameSlaClock(ticket, clock)) continue;
    const row: TicketRow = { ...ticket, ...clock };
    work.changes.push({ op: 'upsert', entity: 'tickets', id: row.id, scope: teamScope(row.teamId), row } satisfies RowChange);
  }
  return work;
}

/** The first agent reply per ticket (outbound with an author). */
async function firstReplies(tx: HubTx, ids: readonly string[]): Promise<Map<string, number>> {
  const first = new Map<string, number>();
  for (let i = 0; i < ids.length; i += chunk) {
    const rows = await tx
      .select({ ticketId: messages.ticketId, at: min(messages.createdAt) })
      .from(messages)
      .where(and(anyOf(messages.ticketId, ids.slice(i, i + chunk)), eq(messages.direction, 'outbound'), isNotNull(messages.authorId)))
      .groupBy(messages.ticketId);
    for (const r of rows) if (r.at !== null) first.set(r.ticketId, Number(r.at));
  }
  return first;
}
