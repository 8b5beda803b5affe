import { and, desc, eq, inArray } from 'drizzle-orm';
import {
  csatLowScoreSetting,
  planTicketRuleActions,
  ticketRulesOf,
  ticketRuleTrigger,
  uuidv7,
  type LiveChanges,
  type PlannedAction,
  type TicketApplyRulesArgs,
  type TicketFacts,
} from '../../core';
import type { HubContext } from '../HubContext';
import { anyOf } from '../store/anyOf';
import type { HubTx } from '../store/openStore';
import { agents, auditLog, automations, csatResponses, customers, messages, tickets } from '../store/schema';
import { commitRulesWork, type RulesCall } from '../rules/runRulesWrite';
import { requestSurveyNow } from './requestSurveyNow';
import type { TicketRuleEventRef } from './ticketRuleEventSchema';

/** The audit action that records a ticket rule run per (ticket, event, key): the "once" ledger, as `sla.breached` is for breaches. */
export const ticketRuleRanAction = 'ticket_rule.ran';

const keyOf = (e: TicketRuleEventRef): string => `${e.ticketId}|${e.event}|${e.key}`;

/**
 * The ticket rules' reaction to a round's events, inside the rules' write-lane transaction: the
 * enabled `ticket.rule` automations planned by core (planTicketRuleActions) per ticket, over
 * its facts (ticket, customer, latest customer message), and run as ONE `ticket.applyRules`
 * per ticket by system:rules. An event already in the ledger is not run again, so a rule's own
 * write (its ticket upsert, a move's carried thread) cannot set the same rule off for the same
 * event. A low survey answer counts at or under the `csat.low_score` setting's threshold.
 */
export async function runTicketRules(ctx: HubContext, tx: HubTx, events: readonly TicketRuleEventRef[], now: number): Promise<LiveChanges[]> {
  if (events.length === 0) return [];
  const automationRows = await tx.select().from(automations);
  const rules = ticketRulesOf(automationRows.filter((a) => a.trigger === ticketRuleTrigger)).filter((r) => r.enabled);
  const unique = new Map(events.filter((e) => rules.some((r) => r.event === e.event)).map((e) => [keyOf(e), e]));
  if (unique.size === 0) return [];
  const ticketIds = [...new Set([...unique.values()].map((e) => e.ticketId))];
  const ran = await tx
    .select({ entityId: auditLog.entityId, detail: auditLog.detail })
    .from(auditLog)
    .where(and(eq(auditLog.action, ticketRuleRanAction), eq(auditLog.entity, 'tickets'), anyOf(auditLog.entityId, ticketIds)));
  for (const r of ran) unique.delete(`${r.entityId}|${String(r.detail.event)}|${String(r.detail.key)}`);
  await dropAnswersNotLow(tx, unique, automationRows);
  if (unique.size === 0) return [];

  const ticketRows = await tx.select().from(tickets).where(anyOf(tickets.id, [...new Set([...unique.values()].map((e) => e.ticketId))]));
  const customerRows = await tx.select().from(customers).where(anyOf(customers.id, [...new Set(ticketRows.map((t) => t.customerId))]));
  const customerOf = new Map(customerRows.map((c) => [c.id, c]));
  const latest = await tx
    .selectDistinctOn([messages.ticketId], { ticketId: messages.ticketId, body: messages.body })
    .from(messages)
    .where(and(anyOf(messages.ticketId, ticketRows.map((t) => t.id)), eq(messages.direction, 'inbound')))
    .orderBy(messages.ticketId, desc(messages.createdAt));
  const bodyOf = new Map(latest.map((m) => [m.ticketId, m.body]));

  const plans = ticketRows.flatMap((ticket) => {
    if (ticket.mergedIntoId !== null) return [];
    const customer = customerOf.get(ticket.customerId);
    const facts: TicketFacts = {
      ticket,
      customer: customer ? { segment: customer.segment, tier: customer.tier, language: customer.preferences.language } : null,
      body: bodyOf.get(ticket.id) ?? '',
    };
    const ran: Array<{ event: TicketRuleEventRef; rules: string[] }> = [];
    const actions: PlannedAction[] = [];
    const matched = new Map<string, string>();
    for (const event of [...unique.values()].filter((e) => e.ticketId === ticket.id)) {
      const plan = planTicketRuleActions(rules, facts, event.event);
      if (plan.matched.length === 0) continue;
      ran.push({ event, rules: plan.matched.map((m) => m.name) });
      actions.push(...plan.actions);
      for (const m of plan.matched) matched.set(m.id, m.name);
    }
    return actions.length > 0 ? [{ ticket, ran, actions, matched }] : [];
  });
  if (plans.length === 0) return [];

  const leadsOf = await teamLeads(tx, plans.map((p) => p.actions.findLast((a) => a.type === 'route')?.teamId ?? p.ticket.teamId));
  const calls: RulesCall[] = plans.map((p) => {
    const teamId = p.actions.findLast((a) => a.type === 'route')?.teamId ?? p.ticket.teamId;
    const args: TicketApplyRulesArgs = {
      ticketId: p.ticket.id,
      events: p.ran.map((r) => ({ event: r.event.event, key: r.event.key })),
      actions: p.actions,
      rules: [...p.matched].map(([id, name]) => ({ id, name })),
      leadIds: (leadsOf.get(teamId) ?? []).slice(0, 20),
      noteIds: { transfer: uuidv7(now), escalate: uuidv7(now), skipped: uuidv7(now) },
    };
    const audit = p.ran.map((r) => ({ action: ticketRuleRanAction, entity: 'tickets', entityId: p.ticket.id, detail: { event: r.event.event, key: r.event.key, rules: r.rules } }));
    return { name: 'ticket.applyRules', args, audit };
  });
  const refused = new Set<string>();
  const batches = await commitRulesWork(tx, { value: null, changes: [], audit: [], mutations: calls }, now, (call, rejection) => {
    refused.add(String((call.args as { ticketId: string }).ticketId));
    ctx.log.error({ err: rejection }, `rules: ${call.name} refused`);
  });
  const surveys = plans.filter((p) => !refused.has(p.ticket.id) && p.actions.some((a) => a.type === 'send_survey')).map((p) => p.ticket.id);
  batches.push(...(await requestSurveyNow(ctx, tx, surveys, now)));
  return batches;
}

/** Survey answers above the low-score threshold are not `csat.low_score` events. */
async function dropAnswersNotLow(tx: HubTx, events: Map<string, TicketRuleEventRef>, automationRows: ReadonlyArray<{ trigger: string; config: Record<string, unknown> }>): Promise<void> {
  const answers = [...events.entries()].filter(([, e]) => e.event === 'csat.low_score');
  if (answers.length === 0) return;
  // The threshold is the low-score setting's, switched on or not: the rule is the lead's way to act on it.
  const setting = automationRows.find((a) => a.trigger === csatLowScoreSetting.trigger);
  const threshold = csatLowScoreSetting.configSchema.safeParse(setting?.config ?? {}).data?.threshold ?? csatLowScoreSetting.defaults.threshold;
  const ids = answers.map(([, e]) => e.key.replace(/^csat:/, ''));
  const rows = await tx.select({ id: csatResponses.id, score: csatResponses.score }).from(csatResponses).where(anyOf(csatResponses.id, ids));
  const low = new Set(rows.filter((r) => r.score <= threshold).map((r) => `csat:${r.id}`));
  for (const [k, e] of answers) if (!low.has(e.key)) events.delete(k);
}

/** Each team's active leads, or its admins when it has no lead (as the CSAT low-score note picks them). */
async function teamLeads(tx: HubTx, teamIds: readonly string[]): Promise<Map<string, string[]>> {
  const people = await tx
    .select({ id: agents.id, role: agents.role, teamId: agents.teamId })
    .from(agents)
    .where(and(anyOf(agents.teamId, [...new Set(teamIds)]), inArray(agents.role, ['lead', 'admin']), eq(agents.active, true)));
  const byTeam = new Map<string, string[]>();
  for (const teamId of new Set(teamIds)) {
    const mine = people.filter((p) => p.teamId === teamId);
    const leads = mine.some((p) => p.role === 'lead') ? mine.filter((p) => p.role === 'lead') : mine;
    byTeam.set(teamId, leads.map((l) => l.id));
  }
  return byTeam;
}
