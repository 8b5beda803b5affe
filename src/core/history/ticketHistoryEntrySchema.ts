import { z } from 'zod';

/** One line of a ticket's history: who changed what, when ("Priya Nair changed priority normal → high"). */
export const ticketHistoryEntrySchema = z.object({
  at: z.number().int(),
  /** The agent's name, or "Relay" for the hub's own writes (ingest, rules, seed). */
  actor: z.string(),
  field: z.enum(['created', 'status', 'assignee', 'team', 'priority', 'tags', 'subject', 'order', 'shipment', 'merged', 'fields']),
  from: z.string().nullable(),
  to: z.string().nullable(),
  text: z.string(),
});
export type TicketHistoryEntry = z.infer<typeof ticketHistoryEntrySchema>;
