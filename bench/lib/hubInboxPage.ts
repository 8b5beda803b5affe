import { desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import { previewOf } from '../../src/desktop/queries/tickets/listTickets';
import type { HubDb } from '../../src/hub/store/openStore';
import { agents, customers, tickets } from '../../src/hub/store/schema';

/**
 * The hub-side twin of the desktop's default inbox page (`tickets.list {view:'all'}`, desktop
 * queries/tickets/listTickets.ts): the caller's teams' tickets, newest first, with customer and
 * assignee names, last-message preview and message count, in the same two steps — the work a
 * web help desk's hub would do for the same page. The hub has no such route; benches only.
 */
export async function hubInboxPage(db: HubDb, teamIds: readonly string[], limit: number) {
  const page = await db
    .select({ id: tickets.id })
    .from(tickets)
    .where(inArray(tickets.teamId, [...teamIds]))
    .orderBy(desc(tickets.updatedAt), desc(tickets.id))
    .limit(limit);
  if (page.length === 0) return [];
  const lastBody = sql<string | null>`(select m.body from messages m where m.ticket_id = ${tickets.id} order by m.created_at desc, m.id desc limit 1)`;
  const messageCount = sql<number>`(select count(*) from messages m where m.ticket_id = ${tickets.id})`;
  const rows = await db
    .select({ ...getTableColumns(tickets), customerName: customers.name, assigneeName: agents.name, lastBody, messageCount })
    .from(tickets)
    .leftJoin(customers, eq(customers.id, tickets.customerId))
    .leftJoin(agents, eq(agents.id, tickets.assigneeId))
    .where(inArray(tickets.id, page.map((p) => p.id)));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return page.flatMap(({ id }) => {
    const row = byId.get(id);
    if (!row) return [];
    const { lastBody: body, messageCount: count, ...ticket } = row;
    return [{ ...ticket, customerName: ticket.customerName ?? 'Unknown customer', lastMessagePreview: previewOf(body), messageCount: Number(count) }];
  });
}
