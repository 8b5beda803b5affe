import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { TicketDetail, TicketRef } from '../../../core';
import type { ReplicaDb } from '../../db/openReplica';
import { agents, csatResponses, customers, messages, orders, shipments, stash, tickets } from '../../db/schema';

/**
 * The ticket view: ticket, customer, assignee, the team's agents, linked order/shipment, and
 * the thread oldest first — with the messages of duplicates merged into it — unconfirmed
 * messages marked, and the customer's satisfaction answer.
 */
export function getTicketDetail(db: ReplicaDb, id: string): TicketDetail | null {
  const ticket = db.select().from(tickets).where(eq(tickets.id, id)).get();
  if (!ticket) return null;
  const customer = db.select().from(customers).where(eq(customers.id, ticket.customerId)).get() ?? null;
  const assignee = ticket.assigneeId ? (db.select().from(agents).where(eq(agents.id, ticket.assigneeId)).get() ?? null) : null;
  const teamAgents = db.select().from(agents).where(eq(agents.teamId, ticket.teamId)).orderBy(asc(agents.name)).all();
  // Duplicates merged into this ticket, and theirs in turn.
  const mergedFrom = db.all<TicketRef>(sql`
    with recursive merged(id) as (
      select id from tickets where merged_into_id = ${id}
      union select t.id from tickets t join merged m on t.merged_into_id = m.id
    )
    select t.id as id, t.number as number, t.subject as subject from tickets t where t.id in (select id from merged) order by t.created_at`);
  const mergedInto = ticket.mergedIntoId
    ? (db.select({ id: tickets.id, number: tickets.number, subject: tickets.subject }).from(tickets).where(eq(tickets.id, ticket.mergedIntoId)).get() ??
      null)
    : null;
  const order = ticket.orderId
    ? (db.select({ id: orders.id, number: orders.number, status: orders.status }).from(orders).where(eq(orders.id, ticket.orderId)).get() ?? null)
    : null;
  const shipment = ticket.shipmentId
    ? (db
        .select({ id: shipments.id, carrier: shipments.carrier, trackingNumber: shipments.trackingNumber, status: shipments.status })
        .from(shipments)
        .where(eq(shipments.id, ticket.shipmentId))
        .get() ?? null)
    : null;
  const thread = db
    .select({ message: messages, authorName: agents.name, stashedId: stash.id })
    .from(messages)
    .leftJoin(agents, eq(agents.id, messages.authorId))
    // A message the outbox wrote has its hub version in the stash until the hub confirms it.
    .leftJoin(stash, and(eq(stash.entity, 'messages'), eq(stash.id, messages.id)))
    .where(inArray(messages.ticketId, [id, ...mergedFrom.map((t) => t.id)]))
    .orderBy(asc(messages.createdAt), asc(messages.id))
    .all();
  const csat =
    db
      .select({ score: csatResponses.score, comment: csatResponses.comment, createdAt: csatResponses.createdAt })
      .from(csatResponses)
      .where(eq(csatResponses.ticketId, id))
      .orderBy(desc(csatResponses.createdAt))
      .get() ?? null;
  return {
    ticket,
    customer,
    assignee,
    messages: thread.map((m) => ({ ...m.message, authorName: m.authorName, pending: m.stashedId !== null })),
    teamAgents,
    mergedInto,
    mergedFrom,
    order,
    shipment,
    csat,
  };
}
