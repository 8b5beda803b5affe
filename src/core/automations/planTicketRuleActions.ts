import type { TicketFacts } from './TicketFacts';
import { matchTicketRule } from './matchTicketRule';
import type { TicketRule, TicketRuleAction, TicketRuleEvent } from './ticketRuleSchema';

/** An action with the rule that asked for it. */
export type PlannedAction = TicketRuleAction & { ruleId: string };

export interface TicketRulePlan {
  /** The rules that matched, in the order they ran. */
  matched: Array<{ id: string; name: string }>;
  /** What to do, in order; at most one `route` (the last rule's wins) and one `send_survey`. */
  actions: PlannedAction[];
}

/** The ticket as an action leaves it, so a later rule sees an earlier rule's tag, priority or team. */
function afterAction(facts: TicketFacts, action: TicketRuleAction): TicketFacts {
  const t = facts.ticket;
  switch (action.type) {
    case 'assign':
      return { ...facts, ticket: { ...t, assigneeId: action.agentId } };
    case 'route':
      return { ...facts, ticket: { ...t, teamId: action.teamId, assigneeId: null } };
    case 'set_priority':
      return { ...facts, ticket: { ...t, priority: action.priority } };
    case 'add_tag':
      return t.tags.includes(action.tag) ? facts : { ...facts, ticket: { ...t, tags: [...t.tags, action.tag] } };
    case 'set_field':
      return { ...facts, ticket: { ...t, fields: { ...t.fields, [action.key]: action.value } } };
    case 'escalate':
      return { ...facts, ticket: { ...t, priority: 'urgent' } };
    case 'send_survey':
      return facts;
  }
}

/**
 * The enabled rules of `event`, by position (then name, for a stable order), each tested against
 * the ticket as the earlier matches left it; a matching rule with `stop` ends the run. Pure: the
 * hub runs the result as one `ticket.applyRules`, the settings page's dry run shows it.
 */
export function planTicketRuleActions(rules: readonly TicketRule[], facts: TicketFacts, event: TicketRuleEvent): TicketRulePlan {
  const ordered = rules.filter((r) => r.enabled && r.event === event).sort((a, b) => a.position - b.position || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const plan: TicketRulePlan = { matched: [], actions: [] };
  let current = facts;
  for (const rule of ordered) {
    if (!matchTicketRule(rule, current)) continue;
    plan.matched.push({ id: rule.id, name: rule.name });
    for (const action of rule.actions) {
      // One move per run: a later route replaces an earlier one; one survey request is enough.
      if (action.type === 'route' || action.type === 'send_survey') plan.actions = plan.actions.filter((a) => a.type !== action.type);
      plan.actions.push({ ...action, ruleId: rule.id });
      current = afterAction(current, action);
    }
    if (rule.stop) break;
  }
  return plan;
}
