import type { TicketRow } from '../domain/rows';
import type { ExceptionRow } from '../domain/logisticsRows';
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

/** The knowledge base is edited by leads and admins; agents read it. */
export function requireArticleEditor(actor: Actor): void {
  if (actor.role !== 'lead' && actor.role !== 'admin') {
    throw new MutationRejection('forbidden', 'Only team leads and admins can edit knowledge articles.');
  }
}

/** Exceptions follow their team like tickets: team members work their queue; admins every queue. */
export function requireExceptionAccess(actor: Actor, exception: ExceptionRow | undefined, exceptionId: string): ExceptionRow {
  // Same answer for "missing" and "not yours", as for tickets.
  if (!exception || !canAccessTicket(actor, exception)) {
    throw new MutationRejection('not_found', `Exception ${exceptionId} does not exist or is not in your team's queue.`);
  }
  return exception;
}

/** Merging tickets of two different customers mixes their data: leads and admins only. */
export function requireCrossCustomerMerge(actor: Actor): void {
  if (actor.role === 'agent') {
    throw new MutationRejection('forbidden', 'Only team leads and admins can merge tickets of different customers.');
  }
}
