import { granularityOf, periodBuckets, type Dashboard } from '../../../core';
import type { ReplicaDb } from '../../db/openReplica';
import type { DashboardScope } from './DashboardScope';
import { queryCsat } from './queryCsat';
import { queryDashboardTeams } from './queryDashboardTeams';
import { queryExceptionsOverTime } from './queryExceptionsOverTime';
import { queryOnTimeDelivery } from './queryOnTimeDelivery';
import { queryOpenTickets } from './queryOpenTickets';
import { queryResponseTimes } from './queryResponseTimes';
import { querySlaAttainment } from './querySlaAttainment';

export interface DashboardRequest {
  from: number;
  to: number;
  teamId?: string | undefined;
  utcOffsetMinutes: number;
}

/** The period, its buckets and "now" as every panel query reads them. */
export function dashboardScope(input: DashboardRequest, now: number): DashboardScope {
  const granularity = granularityOf(input.from, input.to);
  return {
    from: input.from,
    to: input.to,
    teamId: input.teamId ?? null,
    granularity,
    utcOffsetMinutes: input.utcOffsetMinutes,
    now,
    buckets: periodBuckets(input.from, input.to, granularity, input.utcOffsetMinutes),
  };
}

/** The dashboard's ticket, CSAT, exception and delivery panels: one query per panel. */
export function getDashboard(db: ReplicaDb, input: DashboardRequest, now: number): Dashboard {
  const scope = dashboardScope(input, now);
  return {
    period: { from: scope.from, to: scope.to, granularity: scope.granularity, buckets: [...scope.buckets] },
    at: now,
    teams: queryDashboardTeams(db),
    openTickets: queryOpenTickets(db, scope),
    responseTimes: queryResponseTimes(db, scope),
    sla: querySlaAttainment(db, scope),
    csat: queryCsat(db, scope),
    exceptions: queryExceptionsOverTime(db, scope),
    delivery: queryOnTimeDelivery(db, scope),
  };
}
