import { sql } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { median, type Dashboard } from '../../../core';
import type { ReplicaDb } from '../../db/openReplica';
import { tickets } from '../../db/schema';
import { bucketSql } from './bucketSql';
import type { DashboardScope } from './DashboardScope';

/**
 * First response time: firstRespondedAt − createdAt (the hub stamps firstRespondedAt with the
 * first outbound reply to the customer; internal notes do not count), for tickets whose first
 * reply falls in the period. Resolution time: solvedAt − createdAt for tickets solved in the
 * period (a reopened ticket has no solvedAt until solved again). Both in calendar time,
 * including pending/on-hold time, as the customer experiences it. Medians, so one ticket left
 * open for weeks does not swamp the figure.
 */
// `+team_id`: keeps SQLite on the time-range covering index instead of the team index.
export function queryResponseTimes(db: ReplicaDb, scope: DashboardScope): Dashboard['responseTimes'] {
  const team = scope.teamId === null ? sql`` : sql` AND +${tickets.teamId} = ${scope.teamId}`;
  const leg = (kind: 'fr' | 'res', at: AnySQLiteColumn) =>
    sql`SELECT ${kind} AS kind, ${bucketSql(sql`${at}`, scope)} AS b, max(0, ${at} - ${tickets.createdAt}) AS d FROM ${tickets}
        WHERE ${at} >= ${scope.from} AND ${at} < ${scope.to}${team}`;
  const rows = db.all<{ kind: 'fr' | 'res'; b: number; d: number }>(
    sql`${leg('fr', tickets.firstRespondedAt)} UNION ALL ${leg('res', tickets.solvedAt)}`,
  );
  const all = { fr: [] as number[], res: [] as number[] };
  const byBucket = new Map<number, { fr: number[]; res: number[] }>();
  for (const r of rows) {
    all[r.kind].push(r.d);
    let bucket = byBucket.get(r.b);
    if (!bucket) byBucket.set(r.b, (bucket = { fr: [], res: [] }));
    bucket[r.kind].push(r.d);
  }
  return {
    firstResponse: { count: all.fr.length, medianMs: median(all.fr) },
    resolution: { count: all.res.length, medianMs: median(all.res) },
    series: scope.buckets.map((at) => {
      const b = byBucket.get(at) ?? { fr: [], res: [] };
      return {
        at,
        firstResponses: b.fr.length,
        firstResponseMedianMs: median(b.fr),
        resolutions: b.res.length,
        resolutionMedianMs: median(b.res),
      };
    }),
  };
}
