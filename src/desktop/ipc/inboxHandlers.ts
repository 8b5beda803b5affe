import type { inboxChannels } from '../../core/contract/channels/inboxChannels';
import { searchMessages } from '../queries/messages/searchMessages';
import { listSavedViews } from '../queries/views/listSavedViews';
import { countTickets } from '../queries/tickets/countTickets';
import { listLinkOptions } from '../queries/tickets/listLinkOptions';
import { listMergeTargets } from '../queries/tickets/listMergeTargets';
import type { HandlerContext } from './HandlerContext';
import { inboxViewer } from './inboxViewer';
import type { FeatureHandlers } from './IpcHandlers';

/** Handlers of the inbox channels (see core/contract/channels/inboxChannels.ts). */
export function createInboxHandlers(ctx: HandlerContext): FeatureHandlers<typeof inboxChannels> {
  return {
    'tickets.counts': async (input) => countTickets(ctx.store.db, input.filter, inboxViewer(ctx)),
    'tickets.slaAtRisk': async () => ({ withinMs: ctx.slaAtRiskMs() }),
    'tickets.linkOptions': async (input) => listLinkOptions(ctx.store.db, input.ticketId),
    'tickets.mergeTargets': async (input) => listMergeTargets(ctx.store.db, input.ticketId),
    'views.list': async () => listSavedViews(ctx.store, ctx.session.actor()),
    'messages.search': async (input) => searchMessages(ctx.store, input.query, input.limit),
  };
}
