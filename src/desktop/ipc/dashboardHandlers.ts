import type { dashboardChannels } from '../../core/contract/channels/dashboardChannels';
import type { HandlerContext } from './HandlerContext';
import type { FeatureHandlers } from './IpcHandlers';

/** Handlers of the dashboard channels (see core/contract/channels/dashboardChannels.ts). */
export function createDashboardHandlers(_ctx: HandlerContext): FeatureHandlers<typeof dashboardChannels> {
  return {};
}
