import { z } from 'zod';
import { idSchema } from '../../domain/ids';
import { channelSchema, ticketStatusSchema } from '../../domain/rows';
import { messageHitSchema } from './messageHitSchema';
import { savedViewItemSchema } from './savedViewItemSchema';
import { ticketFilterSchema, ticketViewSchema } from '../ticketQuerySchemas';

const countsOf = <T extends z.ZodEnum>(keys: T) => z.record(keys, z.number().int().nonnegative());

/**
 * IPC channels of the inbox feature (`domain.verb` → input and output zod schemas), merged
 * into ipcContract. tickets.list / get stay in ipcContract.ts; merging is the `ticket.merge` channel.
 */
export const inboxChannels = {
  /**
   * Every view's count, and counts by channel and by status, in one pass over the replica;
   * `matching` counts `filter` (the list's total) when one is given.
   */
  'tickets.counts': {
    input: z.object({ filter: ticketFilterSchema.optional() }),
    output: z.object({
      views: countsOf(ticketViewSchema),
      channels: countsOf(channelSchema),
      statuses: countsOf(ticketStatusSchema),
      matching: z.number().int().nonnegative().nullable(),
    }),
  },
  /** The lead's SLA at-risk threshold from the replica, so badges and the "SLA at risk" view agree. */
  'tickets.slaAtRisk': { input: z.object({}), output: z.object({ withinMs: z.number().int().positive() }) },
  /** The ticket customer's orders and shipments, newest first, to link one (at most 200 each). */
  'tickets.linkOptions': {
    input: z.object({ ticketId: idSchema }),
    output: z.object({
      orders: z.array(z.object({ id: idSchema, number: z.string(), status: z.string(), createdAt: z.number() })),
      shipments: z.array(
        z.object({
          id: idSchema,
          carrier: z.string(),
          trackingNumber: z.string(),
          status: z.string(),
          destination: z.string(),
          createdAt: z.number(),
        }),
      ),
    }),
  },
  /** Tickets the given one may be merged into: same customer and team, not closed, not merged. */
  'tickets.mergeTargets': {
    input: z.object({ ticketId: idSchema }),
    output: z.array(
      z.object({
        id: idSchema,
        number: z.number().int().nullable(),
        subject: z.string(),
        status: ticketStatusSchema,
        lastMessageAt: z.number(),
      }),
    ),
  },
  /**
   * Ranked full-text search inside message subjects and bodies in the replica (FTS5, bm25, the
   * subject weighing most), best first, with highlighted snippets. Tracking and order numbers match whole.
   */
  'messages.search': {
    input: z.object({ query: z.string().max(500), limit: z.number().int().min(1).max(100).default(20) }),
    output: z.array(messageHitSchema),
  },
  /** The agent's personal saved views, then those shared with their team (admins: every team's), by name. */
  'views.list': { input: z.object({}), output: z.array(savedViewItemSchema) },
} as const;
