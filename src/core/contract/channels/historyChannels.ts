import { z } from 'zod';
import { idSchema } from '../../domain/ids';

const fetchedSchema = z.object({ found: z.boolean() });

/**
 * On-demand fetch of records older than the replication window (see
 * core/domain/replicationWindow.ts): each channel asks the hub, caches the rows into the
 * replica (so they show offline later; read them with the usual queries after
 * `data.changed`), and fails with code `offline` and a sentence to show when the hub is out
 * of reach. `found: false`: the hub has no such record in your scopes.
 */
export const historyChannels = {
  /** A ticket with its thread, CSAT, order and shipment. `tickets.get` does this by itself for an unknown id. */
  'history.fetchTicket': { input: z.object({ id: idSchema }), output: fetchedSchema },
  /** A shipment with its tracking events, its order and its exceptions in your teams. */
  'history.fetchShipment': { input: z.object({ id: idSchema }), output: fetchedSchema },
  /**
   * A customer's tickets (your teams, with threads), orders and shipments (with events)
   * created before `before` (default now), newest first, up to `limit` of each. Page on with
   * `before: nextBefore` while it is not null.
   */
  'history.fetchCustomer': {
    input: z.object({
      customerId: idSchema,
      before: z.number().int().nonnegative().optional(),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    output: z.object({
      found: z.boolean(),
      tickets: z.number().int().nonnegative(),
      orders: z.number().int().nonnegative(),
      shipments: z.number().int().nonnegative(),
      nextBefore: z.number().int().nonnegative().nullable(),
    }),
  },
  /**
   * Tickets of your teams older than this computer keeps whose messages contain every word of
   * `query` (the hub's own search), cached with their threads: `messages.search` finds them after.
   */
  'history.searchMessages': {
    input: z.object({ query: z.string().trim().min(2).max(200) }),
    output: z.object({ found: z.boolean(), tickets: z.number().int().nonnegative() }),
  },
} as const;
