import { z } from 'zod';
import { idSchema } from '../domain/ids';

/**
 * Presence: who is viewing or typing on a ticket. Ephemeral socket traffic between desktops and
 * the hub, never stored: the hub forgets an entry after PRESENCE_TTL_MS without a refresh or
 * when its socket disconnects; desktops refresh every PRESENCE_REFRESH_MS while a ticket is open.
 */
export const presenceStateSchema = z.enum(['viewing', 'typing', 'idle']);
export type PresenceState = z.infer<typeof presenceStateSchema>;

export const PRESENCE_TTL_MS = 30_000;
export const PRESENCE_REFRESH_MS = 10_000;

/** `presence:set`: the caller's state on one ticket ('idle' = gone); replaces its previous ticket. */
export const presenceSetRequestSchema = z.object({ ticketId: idSchema, state: presenceStateSchema });
export type PresenceSetRequest = z.infer<typeof presenceSetRequestSchema>;

/** One socket's presence as the hub broadcasts it to the ticket team's room. */
export const presenceEntrySchema = z.object({
  /** The socket it belongs to (one agent may have two desktops). */
  key: z.string().min(1).max(64),
  agentId: idSchema,
  ticketId: idSchema,
  state: presenceStateSchema,
});
export type PresenceEntry = z.infer<typeof presenceEntrySchema>;

/** Everyone else present on the ticket when the caller arrives on it; null on a refresh of the same ticket. */
export const presenceSetResponseSchema = z.object({ present: z.array(presenceEntrySchema).nullable() });
export type PresenceSetResponse = z.infer<typeof presenceSetResponseSchema>;
