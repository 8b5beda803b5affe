import type { TicketRuleAction } from '../../../core';
import { ruleLabels } from './ruleLabels';

export interface NameLookup {
  team(id: string): string;
  agent(id: string): string;
}

/** One action in words ("Move to team Freight Desk"), for the rule list and the dry run. */
export function describeAction(action: TicketRuleAction, names: NameLookup): string {
  const label = ruleLabels.actions[action.type];
  switch (action.type) {
    case 'assign':
      return `${label} ${names.agent(action.agentId)}`;
    case 'route':
      return `${label} ${names.team(action.teamId)}`;
    case 'set_priority':
      return `${label} ${action.priority}`;
    case 'add_tag':
      return `${label} “${action.tag}”`;
    case 'set_field':
      return `${label} ${action.key} = ${Array.isArray(action.value) ? action.value.join(', ') : String(action.value)}`;
    case 'escalate':
      return action.note ? `${label}: ${action.note}` : label;
    case 'send_survey':
      return label;
  }
}
