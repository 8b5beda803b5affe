import { and, asc, count, desc, eq, inArray, max } from 'drizzle-orm';
import {
  activeTicketStatuses,
  chooseTeam,
  openTicketCapSetting,
  routingRulesOf,
  routingTrigger,
  type AssignCandidate,
  type Channel,
  type CustomerRow,
  type MessageReceiveArgs,
} from '../../../core';
import type { HubContext } from '../../HubContext';
import type { HubTx } from '../../store/openStore';
import { loadRow } from '../../store/rowStore';
import { agents, automations, teams, tickets } from '../../store/schema';

/**
 * Where a new inbound ticket goes: the first routing rule that matches (core's chooseTeam),
 * else the team that last handled this customer, else the first team. A rule with autoAssign
 * also hands over the team's online, active agents and their load; the mutation picks one.
 */
export async function routeNewTicket(
  ctx: HubContext,
  tx: HubTx,
  customerId: string,
  contactId: string | null,
  message: { channel: Channel; subject: string; body: string },
  /** A sender ingest just made up (not stored yet): routed by its segment and language too. */
  newCustomer: CustomerRow | null = null,
): Promise<NonNullable<MessageReceiveArgs['newTicket']>> {
  const settings = await tx.select().from(automations).where(inArray(automations.trigger, [routingTrigger, openTicketCapSetting.trigger]));
  const customer = newCustomer?.id === customerId ? newCustomer : await loadRow(tx, 'customers', customerId);
  const rule = chooseTeam(
    routingRulesOf(settings),
    { channel: message.channel },
    customer ? { segment: customer.segment, language: customer.preferences.language } : null,
    message,
  );
  // A rule naming a deleted team routes nowhere: fall back rather than lose the message.
  const ruleTeam = rule ? await loadRow(tx, 'teams', rule.teamId) : undefined;
  const teamId = ruleTeam?.id ?? (await lastTeamOf(tx, customerId));
  const candidates = rule?.autoAssign && ruleTeam ? await candidatesIn(ctx, tx, teamId) : [];
  return { customerId, contactId, teamId, candidates, openTicketCap: openTicketCapSetting.cap(settings) };
}

/** The team's active agents with a live socket, with their open tickets and when they last got one. */
async function candidatesIn(ctx: HubContext, tx: HubTx, teamId: string): Promise<AssignCandidate[]> {
  const online = (await ctx.onlineAgentIds?.()) ?? new Set<string>();
  const members = (await tx.select({ id: agents.id }).from(agents).where(and(eq(agents.teamId, teamId), eq(agents.active, true)))).filter((a) => online.has(a.id));
  if (members.length === 0) return [];
  const ids = members.map((m) => m.id);
  const open = await tx
    .select({ agentId: tickets.assigneeId, n: count() })
    .from(tickets)
    .where(and(inArray(tickets.assigneeId, ids), inArray(tickets.status, [...activeTicketStatuses])))
    .groupBy(tickets.assigneeId);
  const last = await tx.select({ agentId: tickets.assigneeId, at: max(tickets.createdAt) }).from(tickets).where(inArray(tickets.assigneeId, ids)).groupBy(tickets.assigneeId);
  return ids.map((agentId) => ({
    agentId,
    openTickets: Number(open.find((o) => o.agentId === agentId)?.n ?? 0),
    lastAssignedAt: Number(last.find((l) => l.agentId === agentId)?.at ?? 0),
  }));
}

/** The team that last handled this customer, else the first team created. */
async function lastTeamOf(tx: HubTx, customerId: string): Promise<string> {
  const [latest] = await tx.select({ teamId: tickets.teamId }).from(tickets).where(eq(tickets.customerId, customerId)).orderBy(desc(tickets.createdAt)).limit(1);
  if (latest) return latest.teamId;
  const [first] = await tx.select({ id: teams.id }).from(teams).orderBy(asc(teams.createdAt), asc(teams.id)).limit(1);
  if (!first) throw new Error('the hub has no team to put an inbound ticket in');
  return first.id;
}
