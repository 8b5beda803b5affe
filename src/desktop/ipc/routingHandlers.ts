import type { routingChannels } from '../../core/contract/channels/routingChannels';
import { listMovedTickets } from '../routing/movedTickets';
import { listPendingMoves } from '../routing/listPendingMoves';
import { listTransferTargets } from '../routing/listTransferTargets';
import { fetchTicketHistory } from '../routing/fetchTicketHistory';
import { HistoryUnavailableError } from '../sync/HistoryUnavailableError';
import type { HandlerContext } from './HandlerContext';
import { IpcFailure } from './IpcFailure';
import type { FeatureHandlers } from './IpcHandlers';

const HISTORY_OFFLINE = 'History needs the hub: it is read from the hub when you are connected.';

/** Handlers of the routing channels (see core/contract/channels/routingChannels.ts). */
export function createRoutingHandlers(ctx: HandlerContext): FeatureHandlers<typeof routingChannels> {
  return {
    // Unconfirmed moves first: the sender's view says where the ticket is going before the hub answers.
    'tickets.moves': async () => [...listPendingMoves(ctx.store), ...listMovedTickets(ctx.store.db)],
    'tickets.transferTargets': async (input) => listTransferTargets(ctx.store.db, input.ticketId),
    'tickets.history': async (input) => {
      const access = ctx.session.hubAccess();
      if (!access) throw new IpcFailure('unauthorized', 'Sign in first.');
      if (ctx.status.get().connection !== 'online') throw new IpcFailure('offline', HISTORY_OFFLINE);
      try {
        return await fetchTicketHistory(access, input.id);
      } catch (error) {
        if (!(error instanceof HistoryUnavailableError)) throw error;
        if (error.reason === 'offline') throw new IpcFailure('offline', HISTORY_OFFLINE);
        if (error.reason === 'not_found') throw new IpcFailure('failed', 'The hub has no history for this ticket in your teams.');
        throw new IpcFailure(error.reason, error.message);
      }
    },
  };
}
