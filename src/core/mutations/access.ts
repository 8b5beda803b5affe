import type { TicketRow } from '../domain/rows';
import type { Actor } from './MutationDef';
import { MutationRejection } from './MutationRejection';

/** Agents and leads work their own team's tickets; admins every team's. */
export function canAccessTicket(actor: Actor, ticket: Pick<TicketRow, 'teamId'>): boolean {
  return actor.role === 'admin' || actor.teamId === ticket.teamId;
}

export function requireTicketAccess(actor: Actor, ticket: TicketRow | undefined, ticketId: string): TicketRow {
  // Same answer for "missing" and "not yours": a team must not learn other teams' ticket ids exist.
  if (!ticket || !canAccessTicket(actor, ticket)) {
    throw new MutationRejection('not_found', `Ticket ${ticketId} does not exist or is not in your team.`);
  }
  return ticket;
}
