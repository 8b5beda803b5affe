import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { DryRunTicket } from '../../../core';
import type { ReplicaDb } from '../../db/openReplica';
import { customers, messages, tickets } from '../../db/schema';

/**
 * The replica's newest tickets as the ticket rules see them (ticket, customer, latest customer
 * message), for the Automations page's dry run, computed on this computer with core's planner.
 */
export function listRecentTicketFacts(db: ReplicaDb, limit: number): DryRunTicket[] {
  const recent = db.select().from(tickets).orderBy(desc(tickets.createdAt)).limit(limit).all();
  if (recent.length === 0) return [];
  const ids = recent.map((t) => t.id);
  const people = new Map(db.select().from(customers).where(inArray(customers.id, [...new Set(recent.map((t) => t.customerId))])).all().map((c) => [c.id, c]));
  // Oldest first, so the last one kept per ticket is its latest customer message.
  const latest = new Map<string, string>();
  for (const m of db.select({ ticketId: messages.ticketId, body: messages.body }).from(messages).where(and(inArray(messages.ticketId, ids), eq(messages.direction, 'inbound'))).orderBy(asc(messages.createdAt)).all()) {
    latest.set(m.ticketId, m.body);
  }
  return recent.map((t) => {
    const customer = people.get(t.customerId);
    return {
      number: t.number ?? null,
      customerName: customer?.name ?? null,
      createdAt: t.createdAt,
      facts: {
        ticket: { id: t.id, channel: t.channel, priority: t.priority, status: t.status, teamId: t.teamId, assigneeId: t.assigneeId, tags: t.tags ?? [], fields: t.fields ?? {}, subject: t.subject },
        customer: customer ? { segment: customer.segment, tier: customer.tier, language: customer.preferences?.language ?? null } : null,
        body: latest.get(t.id) ?? '',
      },
    };
  });
}
