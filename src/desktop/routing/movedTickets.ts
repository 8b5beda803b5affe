import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { idSchema, type MovedTicket, type TicketRow } from '../../core';
import type { ReplicaDb } from '../db/openReplica';
import { syncState, teams } from '../db/schema';

const key = 'movedTickets';
/** Enough for a shift's notices; older moves are forgotten (the hub's history keeps them). */
const keep = 50;
const storedSchema = z.array(z.object({ ticketId: idSchema, number: z.number().nullable(), subject: z.string(), teamId: idSchema, movedAt: z.number() }));
type Stored = z.infer<typeof storedSchema>;

function read(db: ReplicaDb): Stored {
  const found = db.select().from(syncState).where(eq(syncState.key, key)).get();
  const parsed = found ? storedSchema.safeParse(JSON.parse(found.value)) : null;
  return parsed?.success ? parsed.data : [];
}

/** Remembers that `ticket` left for `teamId` (a removal from the hub naming where it went). */
export function recordMovedTicket(db: ReplicaDb, ticket: TicketRow, teamId: string, at: number): void {
  const list = [{ ticketId: ticket.id, number: ticket.number, subject: ticket.subject, teamId, movedAt: at }, ...read(db).filter((m) => m.ticketId !== ticket.id)].slice(0, keep);
  const value = JSON.stringify(list);
  db.insert(syncState).values({ key, value }).onConflictDoUpdate({ target: syncState.key, set: { value } }).run();
}

/** Tickets that moved away from this desktop's team, newest first, with the receiving team's name. */
export function listMovedTickets(db: ReplicaDb): MovedTicket[] {
  return read(db).map((m) => ({
    ...m,
    number: m.number === null || m.number < 1 ? null : m.number,
    pending: false,
    teamName: db.select({ name: teams.name }).from(teams).where(eq(teams.id, m.teamId)).get()?.name ?? null,
  }));
}
