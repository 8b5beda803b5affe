import { asc, desc, eq, getTableColumns, inArray, ne, sql, and } from 'drizzle-orm';
import { exceptionAgeOf } from '../../src/desktop/queries/exceptions/exceptionAgeOf';
import type { HubDb } from '../../src/hub/store/openStore';
import { agents, customers, exceptions, shipments, teams, tickets } from '../../src/hub/store/schema';

const severityRank = sql<number>`case ${exceptions.severity} when 'critical' then 0 when 'high' then 1 when 'medium' then 2 else 3 end`;

/**
 * The hub-side twin of the desktop's default exceptions queue (`exceptions.list` with its
 * defaults: active, severity order, desktop queries/exceptions/listExceptions.ts): the caller's
 * teams' unresolved exceptions, page ids on the narrow table, the total, then the shipment,
 * customer, team, assignee and ticket names for the page. The hub has no such route; benches only.
 */
export async function hubExceptionsQueue(db: HubDb, teamIds: readonly string[], limit: number, now: number) {
  const where = and(inArray(exceptions.teamId, [...teamIds]), ne(exceptions.status, 'resolved'));
  const picked = await db
    .select({ id: exceptions.id })
    .from(exceptions)
    .where(where)
    .orderBy(asc(severityRank), desc(exceptions.detectedAt), desc(exceptions.id))
    .limit(limit);
  const [counted] = await db.select({ n: sql<number>`count(*)` }).from(exceptions).where(where);
  const position = new Map(picked.map((p, i) => [p.id, i]));
  const rows =
    picked.length === 0
      ? []
      : await db
          .select({
            ...getTableColumns(exceptions),
            customerName: customers.name,
            carrier: shipments.carrier,
            trackingNumber: shipments.trackingNumber,
            origin: shipments.origin,
            destination: shipments.destination,
            teamName: teams.name,
            assigneeName: agents.name,
            ticketNumber: tickets.number,
            ticketStatus: tickets.status,
          })
          .from(exceptions)
          .leftJoin(shipments, eq(shipments.id, exceptions.shipmentId))
          .leftJoin(customers, eq(customers.id, exceptions.customerId))
          .leftJoin(teams, eq(teams.id, exceptions.teamId))
          .leftJoin(agents, eq(agents.id, exceptions.assigneeId))
          .leftJoin(tickets, eq(tickets.id, exceptions.ticketId))
          .where(inArray(exceptions.id, [...position.keys()]));
  rows.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
  const items = rows.map((r) => ({ ...r, customerName: r.customerName ?? 'Unknown customer', age: exceptionAgeOf(r.detectedAt, now), group: '' }));
  return { items, total: Number(counted?.n ?? items.length) };
}
