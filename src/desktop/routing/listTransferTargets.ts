import { asc, eq, ne } from 'drizzle-orm';
import type { ReplicaDb } from '../db/openReplica';
import { teams, tickets } from '../db/schema';

/** Every team but the ticket's own, by name; empty when the ticket is not here. */
export function listTransferTargets(db: ReplicaDb, ticketId: string): { id: string; name: string }[] {
  const ticket = db.select({ teamId: tickets.teamId }).from(tickets).where(eq(tickets.id, ticketId)).get();
  if (!ticket) return [];
  return db.select({ id: teams.id, name: teams.name }).from(teams).where(ne(teams.id, ticket.teamId)).orderBy(asc(teams.name)).all();
}
