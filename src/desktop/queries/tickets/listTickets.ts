import { eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { TicketListItem } from '../../../core';
import type { ReplicaDb } from '../../db/openReplica';
import { agents, customers, tickets } from '../../db/schema';
import type { TicketViewer } from './ticketFilterWhere';
import { ticketPageQuery, type TicketPageInput } from './ticketPageQuery';

export const PREVIEW_LENGTH = 140;

/** One line of text for the inbox: whitespace collapsed, cut at ~140 characters. */
export function previewOf(body: string | null): string {
  const flat = (body ?? '').replace(/\s+/g, ' ').trim();
  return flat.length > PREVIEW_LENGTH ? `${flat.slice(0, PREVIEW_LENGTH - 1)}…` : flat;
}

/**
 * A page of the inbox. Two steps so 100k tickets stay cheap: the page's ids from the tickets
 * table alone (indexes do the filtering and ordering), then names and previews for those ids.
 */
export function listTickets(db: ReplicaDb, input: TicketPageInput, viewer: TicketViewer): TicketListItem[] {
  const page = ticketPageQuery(db, input, viewer).all().map((r) => r.id);
  if (page.length === 0) return [];

  const lastBody = sql<string | null>`(select m.body from messages m where m.ticket_id = ${tickets.id} order by m.created_at desc, m.id desc limit 1)`;
  const messageCount = sql<number>`(select count(*) from messages m where m.ticket_id = ${tickets.id})`;
  const rows = db
    .select({ ...getTableColumns(tickets), customerName: customers.name, assigneeName: agents.name, lastBody, messageCount })
    .from(tickets)
    .leftJoin(customers, eq(customers.id, tickets.customerId))
    .leftJoin(agents, eq(agents.id, tickets.assigneeId))
    .where(inArray(tickets.id, page))
    .all();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return page.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const { lastBody: body, customerName, messageCount: count, ...ticket } = row;
    // Rows replicate in any order: the customer may not have arrived yet.
    return [{ ...ticket, customerName: customerName ?? 'Unknown customer', lastMessagePreview: previewOf(body), messageCount: Number(count) }];
  });
}
