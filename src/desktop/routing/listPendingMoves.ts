import { eq } from 'drizzle-orm';
import { ticketTransferArgs, type MovedTicket } from '../../core';
import type { LocalStore } from '../db/localStore';
import { teams, tickets } from '../db/schema';

/** Moves still in the outbox: the ticket shows here in its new team until the hub confirms and removes it. */
export function listPendingMoves(store: LocalStore): MovedTicket[] {
  const moves: MovedTicket[] = [];
  for (const entry of store.outbox.all()) {
    if (entry.name !== 'ticket.transfer') continue;
    const args = ticketTransferArgs.safeParse(entry.args);
    if (!args.success) continue;
    const ticket = store.db.select({ number: tickets.number, subject: tickets.subject }).from(tickets).where(eq(tickets.id, args.data.id)).get();
    if (!ticket) continue;
    const team = store.db.select({ name: teams.name }).from(teams).where(eq(teams.id, args.data.teamId)).get();
    moves.push({ ticketId: args.data.id, number: ticket.number, subject: ticket.subject, teamId: args.data.teamId, teamName: team?.name ?? null, movedAt: entry.createdAt, pending: true });
  }
  return moves.reverse();
}
