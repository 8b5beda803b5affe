import type { ConditionFact, ConditionOp, TicketRuleActionType, TicketRuleEvent } from '../../../core';

/** Words the Automations page uses for the rule schema's names (core keeps the names, this the wording). */
export const ruleLabels = {
  events: {
    'ticket.created': 'A ticket is created',
    'ticket.customer_replied': 'The customer replies',
    'ticket.solved': 'A ticket is solved',
    'sla.breached': 'An SLA target is breached',
    'csat.low_score': 'A survey answer is low',
  } satisfies Record<TicketRuleEvent, string>,
  facts: {
    channel: 'Channel',
    priority: 'Priority',
    status: 'Status',
    team: 'Team',
    tag: 'Tag',
    segment: 'Customer segment',
    tier: 'Customer tier',
    subject: 'Subject',
    body: 'Customer message',
    field: 'Custom field',
    language: 'Language',
  } satisfies Record<ConditionFact, string>,
  ops: { is: 'is', is_not: 'is not', contains: 'contains', any_of: 'is any of' } satisfies Record<ConditionOp, string>,
  actions: {
    assign: 'Assign to',
    route: 'Move to team',
    set_priority: 'Set priority',
    add_tag: 'Add tag',
    set_field: 'Set field',
    escalate: 'Escalate to the team lead',
    send_survey: 'Send the satisfaction survey now',
  } satisfies Record<TicketRuleActionType, string>,
} as const;
