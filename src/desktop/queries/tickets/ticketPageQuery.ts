import { asc, desc, sql, type SQL } from 'drizzle-orm';
import type { TicketFilter, TicketSort } from '../../../core';
import type { ReplicaDb } from '../../db/openReplica';
import { tickets } from '../../db/schema';
import { ticketPriorityRankSql } from '../../db/ticketPriorityRankSql';
import { ticketSlaDueSql } from '../../db/ticketSlaDueSql';
import { ticketFilterWhere, type TicketViewer } from './ticketFilterWhere';

const priorityRank = sql.raw(ticketPriorityRankSql);
const due = sql.raw(ticketSlaDueSql);

// rowid breaks ties: every index entry carries it, so the index alone orders the page, and
// the order is stable between pages (an upsert keeps a row's rowid).
const rowid = sql`rowid`;
const orderings: Record<TicketSort, SQL[]> = {
  newest: [desc(tickets.updatedAt), desc(rowid)],
  oldest: [asc(tickets.updatedAt), asc(rowid)],
  priority: [desc(priorityRank), desc(tickets.updatedAt), desc(rowid)],
  // Tickets without a running target (solved, no policy) sort last: their due is NO_SLA_DUE.
  sla_due: [asc(due), asc(rowid)],
};

export type TicketPageInput = Partial<TicketFilter> & { sort?: TicketSort | undefined; offset?: number | undefined; limit: number };

/** The ids of one page of a view, from the tickets table alone (unexecuted, so tests can EXPLAIN it). */
export function ticketPageQuery(db: ReplicaDb, input: TicketPageInput, viewer: TicketViewer) {
  return db
    .select({ id: tickets.id })
    .from(tickets)
    .where(ticketFilterWhere(input, viewer))
    .orderBy(...orderings[input.sort ?? 'newest'])
    .limit(input.limit)
    .offset(input.offset ?? 0);
}
