import { and, desc, eq, getTableColumns, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { TicketListItem, TicketStatus, TicketView } from '../../core';
import type { ReplicaDb } from '../db/openReplica';
import { agents, customers, messages, tickets } from '../db/schema';

export const PREVIEW_LENGTH = 140;

export interface ListTicketsInput {
  view: TicketView;
  status?: TicketStatus[] | undefined;
  limit: number;
}

/** One line of text for the inbox: whitespace collapsed, cut at ~140 characters. */
export function previewOf(body: string | null): string {
  const flat = (body ?? '').replace(/\s+/g, ' ').trim();
  return flat.length > PREVIEW_LENGTH ? `${flat.slice(0, PREVIEW_LENGTH - 1)}…` : flat;
}

/** The inbox: tickets of a view, newest activity first, with the names and preview the list shows. */
export function listTickets(db: ReplicaDb, input: ListTicketsInput, agentId: string | null): TicketListItem[] {
  const filters: SQL[] = [];
  if (input.view === 'mine') filters.push(agentId ? eq(tickets.assigneeId, agentId) : sql`0`);
  if (input.view === 'unassigned') filters.push(isNull(tickets.assigneeId));
  if (input.status && input.status.length > 0) filters.push(inArray(tickets.status, input.status));
  const lastBody = sql<string | null>`(select m.body from ${messages} m where m.ticket_id = ${tickets.id} order by m.created_at desc, m.id desc limit 1)`;
  const messageCount = sql<number>`(select count(*) from ${messages} m where m.ticket_id = ${tickets.id})`;
  const rows = db
    .select({
      ...getTableColumns(tickets),
      customerName: customers.name,
      assigneeName: agents.name,
      lastBody,
      messageCount,
    })
    .from(tickets)
    .leftJoin(customers, eq(customers.id, tickets.customerId))
    .leftJoin(agents, eq(agents.id, tickets.assigneeId))
    .where(filters.length > 0 ? and(...filters) : undefined)
    .orderBy(desc(tickets.updatedAt), desc(tickets.id))
    .limit(input.limit)
    .all();
  return rows.map(({ lastBody: body, customerName, messageCount: count, ...ticket }) => ({
    ...ticket,
    // Rows replicate in any order: the customer may not have arrived yet.
    customerName: customerName ?? 'Unknown customer',
    lastMessagePreview: previewOf(body),
    messageCount: Number(count),
  }));
}
