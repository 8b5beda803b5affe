import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { ticketPrioritySchema } from '../domain/rows';
import { fieldKeySchema, fieldValueSchema, tagNameSchema } from '../domain/ticketLabelRows';

/** The automation trigger that marks a ticket rule (trigger → conditions → actions; see DESIGN-NOTES "Automations"). */
export const ticketRuleTrigger = 'ticket.rule';

/** What happened to a ticket that rules may react to. */
export const ticketRuleEvents = ['ticket.created', 'ticket.customer_replied', 'ticket.solved', 'sla.breached', 'csat.low_score'] as const;
export type TicketRuleEvent = (typeof ticketRuleEvents)[number];

/** Facts a condition can test. `field` names a custom field by `key`. */
export const conditionFacts = ['channel', 'priority', 'status', 'team', 'tag', 'segment', 'tier', 'subject', 'body', 'field', 'language'] as const;
export type ConditionFact = (typeof conditionFacts)[number];

export const conditionOps = ['is', 'is_not', 'contains', 'any_of'] as const;
export type ConditionOp = (typeof conditionOps)[number];

/**
 * One test on the ticket. Values compare case-insensitively; `contains` looks for whole words or
 * phrases; `is` takes one value, the others a list (is_not: none of them).
 */
export const conditionSchema = z
  .object({
    fact: z.enum(conditionFacts),
    op: z.enum(conditionOps),
    values: z.array(z.string().trim().min(1).max(200)).min(1).max(50),
    /** The custom field's key, for fact `field`. */
    key: fieldKeySchema.optional(),
  })
  .refine((c) => c.op !== 'is' || c.values.length === 1, { message: '"is" takes exactly one value (use "is any of" for several)', path: ['values'] })
  .refine((c) => c.fact !== 'field' || c.key !== undefined, { message: 'a field condition names the field', path: ['key'] });
export type Condition = z.infer<typeof conditionSchema>;

export const ticketRuleActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('assign'), agentId: idSchema }),
  z.object({ type: z.literal('route'), teamId: idSchema }),
  z.object({ type: z.literal('set_priority'), priority: ticketPrioritySchema }),
  z.object({ type: z.literal('add_tag'), tag: tagNameSchema }),
  z.object({ type: z.literal('set_field'), key: fieldKeySchema, value: fieldValueSchema }),
  /** Priority up to urgent (never down) and an internal note mentioning the team's lead(s). */
  z.object({ type: z.literal('escalate'), note: z.string().trim().max(2000).optional() }),
  /** Ask the CSAT loop to send its survey now (it still checks consent, cooldown and quiet hours). */
  z.object({ type: z.literal('send_survey') }),
]);
export type TicketRuleAction = z.infer<typeof ticketRuleActionSchema>;
export type TicketRuleActionType = TicketRuleAction['type'];

/** What a ticket rule keeps in its automation row's `config`. */
export const ticketRuleConfigSchema = z.object({
  /** Lower runs first. */
  position: z.number().int().min(0).max(100_000).default(0),
  event: z.enum(ticketRuleEvents),
  conditions: z.object({ all: z.array(conditionSchema).max(30) }).default({ all: [] }),
  actions: z.array(ticketRuleActionSchema).min(1, 'a rule needs at least one action').max(20),
  /** Later rules do not run for this event once this one matched. */
  stop: z.boolean().default(false),
});
export type TicketRuleConfig = z.output<typeof ticketRuleConfigSchema>;

export interface TicketRule extends TicketRuleConfig {
  id: string;
  name: string;
  enabled: boolean;
}
