import { z } from 'zod';
import { channelSchema, ticketPrioritySchema, ticketStatusSchema } from '../domain/rows';

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
});
export type TicketFilter = z.infer<typeof ticketFilterSchema>;
