import type { sessionChannels } from '../../core/contract/channels/sessionChannels';
import type { HandlerContext } from './HandlerContext';
import type { FeatureHandlers } from './IpcHandlers';

/** Handlers of the session channels (see core/contract/channels/sessionChannels.ts). */
export function createSessionHandlers(ctx: HandlerContext): FeatureHandlers<typeof sessionChannels> {
  return {
    'session.get': async () => ctx.session.view(),
    'session.signIn': async (input) => ctx.session.signIn(input),
    'session.pendingSummary': async () => ctx.session.pendingSummary(),
    'session.signOut': async (input) => ctx.session.signOut(input),
    'session.exportPending': async () => ctx.session.exportPending(),
    'session.changePassword': async (input) => ctx.session.changePassword(input),
  };
}
