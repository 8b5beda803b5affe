import type { TicketRow } from '../domain/rows';
import type { ExceptionRow } from '../domain/logisticsRows';
import type { Actor, AgentActor, SystemActor, SystemActorId } from './MutationDef';
import { MutationRejection } from './MutationRejection';

/*
 * Access rules per actor. System actors are handled explicitly in each rule: the hub's own
 * writers act for the whole tenant (an inbound email lands in any team's queue), but each may
 * only do its own kind of work (rules queue notifications, the seed writes articles).
 */

/** Agents and leads work their own team's tickets; admins and the hub itself every team's. */
export function canAccessTicket(actor: Actor, ticket: Pick<TicketRow, 'teamId'>): boolean {
  if (actor.kind === 'system') return true;
  return actor.role === 'admin' || actor.teamId === ticket.teamId;
}

export function requireTicketAccess(actor: Actor, ticket: TicketRow | undefined, ticketId: string): TicketRow {
  // Same answer for "missing" and "not yours": a team must not learn other teams' ticket ids exist.
  if (!ticket || !canAccessTicket(actor, ticket)) {
    throw new MutationRejection('not_found', `Ticket ${ticketId} does not exist or is not in your team.`);
  }
  return ticket;
}

/** The knowledge base is edited by leads, admins and the seed; agents read it. */
export function requireArticleEditor(actor: Actor): void {
  if (actor.kind === 'system' ? actor.systemId !== 'system:seed' : actor.role !== 'lead' && actor.role !== 'admin') {
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

/** Merging tickets of two different customers mixes their data: leads and admins only (never the hub). */
export function requireCrossCustomerMerge(actor: Actor): void {
  if (actor.kind === 'system' || actor.role === 'agent') {
    throw new MutationRejection('forbidden', 'Only team leads and admins can merge tickets of different customers.');
  }
}

/** A person's own action (a reply, a note, an acknowledgement): the hub's writers have no agent row. */
export function requireAgent(actor: Actor): AgentActor {
  if (actor.kind === 'system') throw new MutationRejection('forbidden', `${actor.systemId} cannot act as an agent.`);
  return actor;
}

/** Workspace settings (teams, agents, macros, SLA policies, automations): admins, and the seed setting up a hub. */
export function requireAdmin(actor: Actor): void {
  if (actor.kind === 'system' ? actor.systemId !== 'system:seed' : actor.role !== 'admin') {
    throw new MutationRejection('forbidden', 'Only admins can change workspace settings.');
  }
}

/** Writes only the hub itself makes (an inbound message, a rule's notification): refused to everyone else. */
export function requireSystemActor(actor: Actor, allowed: readonly SystemActorId[]): SystemActor {
  if (actor.kind !== 'system' || !allowed.includes(actor.systemId)) {
    throw new MutationRejection('forbidden', `Only the hub (${allowed.join(', ')}) makes this change.`);
  }
  return actor;
}

/** The agent to name as author of what the actor writes; null for the hub itself. */
export function authorIdOf(actor: Actor): string | null {
  return actor.kind === 'system' ? null : actor.agentId;
}

/** How the audit trail names the actor: the agent's id, or the system actor's name. */
export function actorLabel(actor: Actor): string {
  return actor.kind === 'system' ? actor.systemId : `agent:${actor.agentId}`;
}

/** Tag and custom-field definitions are the tenant's vocabulary: leads, admins and the seed. */
export function requireLabelEditor(actor: Actor): void {
  if (actor.kind === 'system' ? actor.systemId !== 'system:seed' : actor.role !== 'lead' && actor.role !== 'admin') {
    throw new MutationRejection('forbidden', 'Only team leads and admins can define tags and fields.');
  }
}

/**
 * A team's business hours: admins (and the seed) for every team, a lead for their own team only.
 * Same answer for another team's id as for a missing one, as for tickets.
 */
export function requireTeamHoursEditor(actor: Actor, teamId: string): void {
  if (actor.kind === 'system') {
    if (actor.systemId === 'system:seed') return;
    throw new MutationRejection('forbidden', `${actor.systemId} cannot change a team's hours.`);
  }
  if (mayEditTeamHours(actor, teamId)) return;
  throw new MutationRejection('forbidden', actor.role === 'lead' ? "A lead can change only their own team's hours." : "Only team leads and admins can change a team's hours.");
}

/** The rule of requireTeamHoursEditor for an agent, as the Teams page asks it before offering to edit. */
export function mayEditTeamHours(agent: Pick<AgentActor, 'role' | 'teamId'>, teamId: string): boolean {
  return agent.role === 'admin' || (agent.role === 'lead' && agent.teamId === teamId);
}
