import { z } from 'zod';
import { idSchema, timestampSchema } from '../../domain/ids';
import { messageDirectionSchema, ticketStatusSchema } from '../../domain/rows';
import { markedTextSchema } from './knowledgeChannels';

/** One message that matched a full-text search, with its ticket, for the inbox search and the palette. */
export const messageHitSchema = z.object({
  messageId: idSchema,
  ticketId: idSchema,
  ticketNumber: z.number().int().nullable(),
  ticketSubject: z.string(),
  ticketStatus: ticketStatusSchema,
  customerName: z.string().nullable(),
  direction: messageDirectionSchema,
  /** The message's own subject with matches marked (null for chat, SMS, notes). */
  subject: markedTextSchema.nullable(),
  /** A short excerpt of the body around the best match. */
  snippet: markedTextSchema,
  createdAt: timestampSchema,
  /** Where it was found: this computer's replica, or the hub's older history. */
  source: z.enum(['replica', 'hub']),
});
export type MessageHit = z.infer<typeof messageHitSchema>;
