import type { presenceChannels } from '../../core/contract/channels/presenceChannels';
import { listTicketPresence } from '../presence/listTicketPresence';
import type { HandlerContext } from './HandlerContext';
import type { FeatureHandlers } from './IpcHandlers';

/** Handlers of the presence channels (see core/contract/channels/presenceChannels.ts). */
export function createPresenceHandlers(ctx: HandlerContext): FeatureHandlers<typeof presenceChannels> {
  return {
    'presence.set': async (input) => ({ sent: ctx.presence.set(input.ticketId, input.state) }),
    'presence.get': async (input) =>
      listTicketPresence(ctx.store.db, ctx.presence.on(input.ticketId), ctx.session.actor()?.agentId ?? null),
  };
}
