import type { routingChannels } from '../../core/contract/channels/routingChannels';
import { listMovedTickets } from '../routing/movedTickets';
import { listPendingMoves } from '../routing/listPendingMoves';
import { listTransferTargets } from '../routing/listTransferTargets';
import type { HandlerContext } from './HandlerContext';
import type { FeatureHandlers } from './IpcHandlers';

/** Handlers of the routing channels (see core/contract/channels/routingChannels.ts). */
export function createRoutingHandlers(ctx: HandlerContext): FeatureHandlers<typeof routingChannels> {
  return {
    // Unconfirmed moves first: the sender's view says where the ticket is going before the hub answers.
    'tickets.moves': async () => [...listPendingMoves(ctx.store), ...listMovedTickets(ctx.store.db)],
    'tickets.transferTargets': async (input) => listTransferTargets(ctx.store.db, input.ticketId),
  };
}
