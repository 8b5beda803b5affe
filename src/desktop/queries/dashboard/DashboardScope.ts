import type { DashboardGranularity } from '../../../core';

/** What every dashboard panel query reads: the period [from, to), the team filter and "now". */
export interface DashboardScope {
  from: number;
  to: number;
  /** null: every team in the replica. */
  teamId: string | null;
  granularity: DashboardGranularity;
  utcOffsetMinutes: number;
  now: number;
  /** Every bucket start of the period (core periodBuckets), so series have no gaps. */
  buckets: readonly number[];
}
