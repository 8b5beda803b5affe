import { defaultReplicationWindow } from '../../core';
import type { reportChannels } from '../../core/contract/channels/reportChannels';
import { queryDashboardTeams } from '../queries/dashboard/queryDashboardTeams';
import { answerReport } from '../reports/answerReport';
import { fetchHubReport } from '../reports/fetchHubReport';
import type { HandlerContext } from './HandlerContext';
import { IpcFailure } from './IpcFailure';
import type { FeatureHandlers } from './IpcHandlers';

/** Handlers of the report channels (core/contract/channels/reportChannels.ts). */
export function createReportHandlers(ctx: HandlerContext): FeatureHandlers<typeof reportChannels> {
  const window = ctx.replicationWindow ?? defaultReplicationWindow;
  const offline = `Periods older than ${window.ticketDays} days need the hub; connect to see them.`;
  return {
    'reports.get': async (input) =>
      answerReport(
        {
          store: ctx.store,
          window,
          now: ctx.now(),
          askHub: async (request) => {
            const access = ctx.session.hubAccess();
            if (!access) throw new IpcFailure('unauthorized', 'Sign in first.');
            if (ctx.status.get().connection !== 'online') throw new IpcFailure('offline', offline);
            return fetchHubReport(access, request, offline);
          },
        },
        input,
      ),
    'reports.teams': async () => queryDashboardTeams(ctx.store.db),
  };
}
