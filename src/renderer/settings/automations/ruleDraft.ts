import { ticketRuleConfigSchema, type Condition, type TicketRule, type TicketRuleActionType, type TicketRuleConfig, type TicketRuleEvent } from '../../../core';

/** One action row as the form holds it: every action's inputs, the type picking which count. */
export interface ActionDraft {
  type: TicketRuleActionType;
  agentId: string;
  teamId: string;
  priority: string;
  tag: string;
  key: string;
  value: string;
  note: string;
}

export interface RuleDraft {
  name: string;
  enabled: boolean;
  position: number;
  event: TicketRuleEvent;
  conditions: Condition[];
  actions: ActionDraft[];
  stop: boolean;
}

export const emptyAction = (type: TicketRuleActionType = 'add_tag'): ActionDraft => ({ type, agentId: '', teamId: '', priority: 'high', tag: '', key: '', value: '', note: '' });

export function draftOf(rule: TicketRule | null, position: number): RuleDraft {
  if (!rule) return { name: '', enabled: true, position, event: 'ticket.created', conditions: [], actions: [emptyAction()], stop: false };
  return {
    name: rule.name,
    enabled: rule.enabled,
    position: rule.position,
    event: rule.event,
    conditions: rule.conditions.all,
    actions: rule.actions.map((a) => ({ ...emptyAction(a.type), ...a, value: 'value' in a ? (Array.isArray(a.value) ? a.value.join(', ') : String(a.value)) : '', note: 'note' in a ? (a.note ?? '') : '' })),
    stop: rule.stop,
  };
}

/** The action object the schema expects, from the row's inputs (blank stays blank: the schema says what is missing). */
function actionOf(a: ActionDraft): Record<string, unknown> {
  switch (a.type) {
    case 'assign':
      return { type: a.type, agentId: a.agentId };
    case 'route':
      return { type: a.type, teamId: a.teamId };
    case 'set_priority':
      return { type: a.type, priority: a.priority };
    case 'add_tag':
      return { type: a.type, tag: a.tag };
    case 'set_field': {
      const number = Number(a.value);
      return { type: a.type, key: a.key, value: a.value.trim() !== '' && Number.isFinite(number) ? number : a.value };
    }
    case 'escalate':
      return a.note.trim() === '' ? { type: a.type } : { type: a.type, note: a.note };
    case 'send_survey':
      return { type: a.type };
  }
}

/** The draft checked by core's ticketRuleConfigSchema (the hub checks with it again): the config, or each problem in words. */
export function parseDraft(draft: RuleDraft): { ok: true; config: TicketRuleConfig } | { ok: false; problems: string[] } {
  const problems: string[] = draft.name.trim() === '' ? ['Name: give the rule a name'] : [];
  const parsed = ticketRuleConfigSchema.safeParse({ position: draft.position, event: draft.event, conditions: { all: draft.conditions }, actions: draft.actions.map(actionOf), stop: draft.stop });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [head, a, b] = issue.path;
      const where = head === 'conditions' && typeof b === 'number' ? `Condition ${b + 1}` : head === 'actions' && typeof a === 'number' ? `Action ${a + 1}` : head === 'actions' ? 'Actions' : String(head ?? 'Rule');
      problems.push(`${where}: ${issue.message}`);
    }
  }
  return parsed.success && problems.length === 0 ? { ok: true, config: parsed.data } : { ok: false, problems };
}
