import { z } from 'zod';
import { idSchema } from '../domain/ids';

/** A ticket that left this desktop's team (ticket.transfer), remembered so its view can say where it went. */
export const movedTicketSchema = z.object({
  ticketId: idSchema,
  number: z.number().int().positive().nullable(),
  subject: z.string(),
  teamId: idSchema,
  /** The receiving team's name when the replica knows it (teams are tenant data). */
  teamName: z.string().nullable(),
  movedAt: z.number().int(),
  /** Still in the outbox: the hub has not confirmed the move yet. */
  pending: z.boolean().default(false),
});
export type MovedTicket = z.infer<typeof movedTicketSchema>;
