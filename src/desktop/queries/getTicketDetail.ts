import { and, asc, eq } from 'drizzle-orm';
import type { TicketDetail } from '../../core';
import type { ReplicaDb } from '../db/openReplica';
import { agents, customers, messages, stash, tickets } from '../db/schema';

/** The ticket view: ticket, customer, assignee and the thread oldest first, unconfirmed messages marked. */
export function getTicketDetail(db: ReplicaDb, id: string): TicketDetail | null {
  const ticket = db.select().from(tickets).where(eq(tickets.id, id)).get();
  if (!ticket) return null;
  const customer = db.select().from(customers).where(eq(customers.id, ticket.customerId)).get() ?? null;
  const assignee = ticket.assigneeId ? (db.select().from(agents).where(eq(agents.id, ticket.assigneeId)).get() ?? null) : null;
  const thread = db
    .select({ message: messages, authorName: agents.name, stashedId: stash.id })
    .from(messages)
    .leftJoin(agents, eq(agents.id, messages.authorId))
    // A message the outbox wrote has its hub version in the stash until the hub confirms it.
    .leftJoin(stash, and(eq(stash.entity, 'messages'), eq(stash.id, messages.id)))
    .where(eq(messages.ticketId, id))
    .orderBy(asc(messages.createdAt), asc(messages.id))
    .all();
  return {
    ticket,
    customer,
    assignee,
    messages: thread.map((m) => ({ ...m.message, authorName: m.authorName, pending: m.stashedId !== null })),
  };
}
