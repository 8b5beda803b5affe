import type { presenceChannels } from '../../core/contract/channels/presenceChannels';
import type { HandlerContext } from './HandlerContext';
import type { FeatureHandlers } from './IpcHandlers';

/** Handlers of the presence channels (see core/contract/channels/presenceChannels.ts). */
export function createPresenceHandlers(_ctx: HandlerContext): FeatureHandlers<typeof presenceChannels> {
  return {};
}
