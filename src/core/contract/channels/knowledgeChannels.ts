/**
 * IPC channels of the knowledge feature (`domain.verb` → input and output zod schemas), merged
 * into ipcContract. Keep this file to this feature's channels.
 */
import { z } from 'zod';
import { quietHoursSchema } from '../../domain/customerPreferences';
import { idSchema, timestampSchema } from '../../domain/ids';
import { channelSchema } from '../../domain/rows';
import { kbArticleRowSchema, macroRowSchema } from '../../domain/workspaceRows';

/** Text with highlighted ranges `[start, end)` (UTF-16 offsets): the renderer wraps them, no HTML travels. */
export const markedTextSchema = z.object({
  text: z.string(),
  marks: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])),
});
export type MarkedText = z.infer<typeof markedTextSchema>;

export const kbHitSchema = z.object({
  id: idSchema,
  title: markedTextSchema,
  /** A plain-text excerpt of the body around the best match (Markdown syntax removed). */
  snippet: markedTextSchema,
  category: z.string(),
  tags: z.array(z.string()),
  updatedAt: timestampSchema,
});
export type KbHit = z.infer<typeof kbHitSchema>;

export const kbArticleViewSchema = kbArticleRowSchema.extend({ authorName: z.string().nullable() });
export type KbArticleView = z.infer<typeof kbArticleViewSchema>;

/** One way to reach the ticket's customer, for the composer's channel chooser. */
export const replyChannelSchema = z.object({
  channel: channelSchema,
  /** Where it goes (email address, phone number), null for chat/social threads. */
  address: z.string().nullable(),
});
export type ReplyChannel = z.infer<typeof replyChannelSchema>;

export const renderedMacroSchema = z.object({
  text: z.string(),
  /** Placeholders nobody defined (typos), left visible in the text. */
  unknown: z.array(z.string()),
  /** Known placeholders this ticket has no value for (no shipment, no ETA…), left visible. */
  missing: z.array(z.string()),
  /** The value each placeholder got (null: none), so the composer can refill them when the ticket's links change. */
  values: z.record(z.string(), z.string().nullable()),
  /** The ETA behind {{shipment.eta}} when the macro uses it, so the composer can flag one that has passed. */
  etaAt: timestampSchema.nullable(),
});
export type RenderedMacroView = z.infer<typeof renderedMacroSchema>;

export const knowledgeChannels = {
  /** Ranked full-text search (title weighs most); an empty query lists articles by title. */
  'kb.search': {
    input: z.object({
      query: z.string().max(500).default(''),
      category: z.string().max(100).nullable().optional(),
      limit: z.number().int().min(1).max(200).default(30),
    }),
    output: z.array(kbHitSchema),
  },
  'kb.categories': {
    input: z.object({}),
    output: z.array(z.object({ category: z.string(), count: z.number().int() })),
  },
  'kb.get': { input: z.object({ id: idSchema }), output: kbArticleViewSchema.nullable() },
  /** Articles matching the ticket's subject and last inbound message, best first. */
  'kb.suggest': {
    input: z.object({ ticketId: idSchema, limit: z.number().int().min(1).max(20).default(5) }),
    output: z.array(kbHitSchema),
  },
  /** Macros, those written for the ticket's channel (or any channel) first when a ticket is given. */
  'macros.list': {
    input: z.object({ ticketId: idSchema.optional() }),
    output: z.array(macroRowSchema),
  },
  /** A macro with the ticket's customer, shipment, order and the signed-in agent filled in. */
  'macros.render': {
    input: z.object({ macroId: idSchema, ticketId: idSchema }),
    output: renderedMacroSchema.nullable(),
  },
  /** What the reply composer offers: the customer's channels and the teammates one may @mention. */
  'composer.options': {
    input: z.object({ ticketId: idSchema }),
    output: z
      .object({
        channels: z.array(replyChannelSchema),
        defaultChannel: channelSchema,
        mentionable: z.array(z.object({ id: idSchema, name: z.string() })),
        /** Whom a reply reaches, for the quiet-hours warning in their local time. */
        recipient: z.object({ name: z.string(), language: z.string(), quietHours: quietHoursSchema.nullable() }).nullable(),
      })
      .nullable(),
  },
} as const;
