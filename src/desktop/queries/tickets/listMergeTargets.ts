import { and, desc, eq, isNull, ne } from 'drizzle-orm';
import type { IpcOutput } from '../../../core';
import type { ReplicaDb } from '../../db/openReplica';
import { tickets } from '../../db/schema';

/** Tickets a duplicate may be merged into: the same customer and team, not closed, not merged themselves. */
export function listMergeTargets(db: ReplicaDb, ticketId: string): IpcOutput<'tickets.mergeTargets'> {
  const source = db.select().from(tickets).where(eq(tickets.id, ticketId)).get();
  if (!source) return [];
  return db
    .select({ id: tickets.id, number: tickets.number, subject: tickets.subject, status: tickets.status, lastMessageAt: tickets.lastMessageAt })
    .from(tickets)
    .where(
      and(
        eq(tickets.customerId, source.customerId),
        eq(tickets.teamId, source.teamId),
        ne(tickets.id, source.id),
        ne(tickets.status, 'closed'),
        isNull(tickets.mergedIntoId),
      ),
    )
    .orderBy(desc(tickets.lastMessageAt))
    .limit(100)
    .all();
}
