import { z } from 'zod';
import { channelSchema, ticketPrioritySchema, ticketStatusSchema } from '../domain/rows';
import { fieldKeySchema, tagNameSchema } from '../domain/ticketLabelRows';

/** A custom field filter: the value a field must have (a multi-select field must include it). */
export const fieldFilterSchema = z.record(fieldKeySchema, z.union([z.string().max(1000), z.number().finite()]));
export type FieldFilter = z.infer<typeof fieldFilterSchema>;

/**
 * Inbox views: `team` is the agent's own team; the SLA views hold unsolved tickets by their running
 * target; `mentions` holds tickets with a message that @mentions the agent.
 */
export const ticketViewSchema = z.enum(['all', 'mine', 'unassigned', 'team', 'sla_at_risk', 'sla_breached', 'mentions']);
export type TicketView = z.infer<typeof ticketViewSchema>;

export const ticketSortSchema = z.enum(['newest', 'oldest', 'priority', 'sla_due']);
export type TicketSort = z.infer<typeof ticketSortSchema>;

/** Which tickets a list or count covers: a view narrowed by filters (each list means "any of"). */
export const ticketFilterSchema = z.object({
  view: ticketViewSchema.default('all'),
  channel: z.array(channelSchema).optional(),
  status: z.array(ticketStatusSchema).optional(),
  priority: z.array(ticketPrioritySchema).optional(),
  /** Words of the subject or the customer's name, or a ticket number. */
  search: z.string().trim().max(200).optional(),
  /** Tickets carrying any of these tags. */
  tags: z.array(tagNameSchema).max(50).optional(),
  /** Tickets whose fields have all these values. */
  fields: fieldFilterSchema.optional(),
});
export type TicketFilter = z.infer<typeof ticketFilterSchema>;
