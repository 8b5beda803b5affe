import { z } from 'zod';
import { idSchema } from '../../domain/ids';

/** A message that @mentions the signed-in agent, as notifications show it. */
export const recentMentionSchema = z.object({
  messageId: idSchema,
  ticketId: idSchema,
  ticketNumber: z.number().int().nullable(),
  subject: z.string(),
  authorName: z.string().nullable(),
  /** The start of the message, one line. */
  preview: z.string(),
  createdAt: z.number().int(),
});
export type RecentMention = z.infer<typeof recentMentionSchema>;

/** IPC channels of @mentions, merged into ipcContract (the Mentions inbox view is `tickets.list` view `mentions`). */
export const mentionChannels = {
  /** The newest messages mentioning me (at most 50), newest first: in-app and OS notifications compare them. */
  'mentions.recent': { input: z.object({}), output: z.array(recentMentionSchema) },
} as const;
