import type { dashboardChannels } from '../../core/contract/channels/dashboardChannels';
import { getDashboard } from '../queries/dashboard/getDashboard';
import { getDashboardRange } from '../queries/dashboard/getDashboardRange';
import { queryCustomerSegments } from '../queries/dashboard/queryCustomerSegments';
import type { HandlerContext } from './HandlerContext';
import type { FeatureHandlers } from './IpcHandlers';

/** Handlers of the dashboard channels (see core/contract/channels/dashboardChannels.ts): local reads only. */
export function createDashboardHandlers(ctx: HandlerContext): FeatureHandlers<typeof dashboardChannels> {
  return {
    'dashboard.get': async (input) => getDashboard(ctx.store.db, input, ctx.now()),
    'dashboard.segments': async (input) => queryCustomerSegments(ctx.store.db, input),
    'dashboard.range': async () => getDashboardRange(ctx.store.db),
  };
}
