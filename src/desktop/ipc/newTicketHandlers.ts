import type { newTicketChannels } from '../../core/contract/channels/newTicketChannels';
import { listNewTicketOptions } from '../queries/tickets/listNewTicketOptions';
import type { HandlerContext } from './HandlerContext';
import type { FeatureHandlers } from './IpcHandlers';

/** Handlers of the new-ticket channels (see core/contract/channels/newTicketChannels.ts). */
export function createNewTicketHandlers(ctx: HandlerContext): FeatureHandlers<typeof newTicketChannels> {
  return {
    'newTicket.options': async (input) => listNewTicketOptions(ctx.store.db, input.customerId),
  };
}
