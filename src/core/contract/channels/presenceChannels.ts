import { z } from 'zod';
import { idSchema } from '../../domain/ids';
import { presenceStateSchema } from '../presenceProtocol';

/** Another agent on a ticket, as the presence bar shows them (typing wins over viewing). */
export const ticketPresenceSchema = z.object({
  agentId: idSchema,
  name: z.string(),
  state: z.enum(['viewing', 'typing']),
});
export type TicketPresence = z.infer<typeof ticketPresenceSchema>;

/**
 * IPC channels of the presence feature (`domain.verb` → input and output zod schemas), merged
 * into ipcContract. Keep this file to this feature's channels.
 */
export const presenceChannels = {
  /**
   * The agent's presence on the open ticket ('idle' when leaving it). Repeat it at least every
   * minute while the ticket stays open; the core refreshes the hub in between and while offline
   * keeps it to send on reconnect. `sent` is false when offline.
   */
  'presence.set': {
    input: z.object({ ticketId: idSchema, state: presenceStateSchema }),
    output: z.object({ sent: z.boolean() }),
  },
  /** Other agents viewing or typing on the ticket (never the signed-in agent); empty while offline. */
  'presence.get': { input: z.object({ ticketId: idSchema }), output: z.array(ticketPresenceSchema) },
} as const;
