import { z } from 'zod';
import { idSchema } from '../../domain/ids';
import { movedTicketSchema } from '../../routing/movedTicketSchema';
import { ticketHistoryEntrySchema } from '../../history/ticketHistoryEntrySchema';

/** IPC channels of team transfer (merged into ipcContract); the move itself is the `ticket.transfer` channel. */
export const routingChannels = {
  /** Tickets that moved away from this desktop's team, newest first (the notice and the ticket view's line). */
  'tickets.moves': { input: z.object({}), output: z.array(movedTicketSchema) },
  /** Teams a ticket can be moved to: every team but its own, by name. */
  'tickets.transferTargets': {
    input: z.object({ ticketId: idSchema }),
    output: z.array(z.object({ id: idSchema, name: z.string() })),
  },
  /** Who changed what on the ticket, oldest first; read from the hub each time (offline: a clear 'offline' error). */
  'tickets.history': { input: z.object({ id: idSchema }), output: z.array(ticketHistoryEntrySchema) },
} as const;
