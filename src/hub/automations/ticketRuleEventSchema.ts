import { z } from 'zod';
import { ticketRuleEvents } from '../../core';

/** Something a ticket rule may react to, with the key that makes it once (the message, the solve, the breach, the answer). */
export const ticketRuleEventSchema = z.object({
  ticketId: z.string().min(1),
  event: z.enum(ticketRuleEvents),
  key: z.string().min(1).max(200),
});
export type TicketRuleEventRef = z.infer<typeof ticketRuleEventSchema>;
