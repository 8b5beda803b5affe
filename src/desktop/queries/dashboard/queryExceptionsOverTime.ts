import { sql } from 'drizzle-orm';
import { exceptionTypeSchema, type Dashboard, type ExceptionType } from '../../../core';
import type { ReplicaDb } from '../../db/openReplica';
import { exceptions } from '../../db/schema';
import { bucketSql } from './bucketSql';
import type { DashboardScope } from './DashboardScope';

/**
 * Exceptions by type over time: exceptions detected in the period (whatever their status now),
 * counted on the day/week of detection. The replica holds only the exceptions of the agent's
 * teams, so this is the team's view.
 */
// `+team_id`: keeps SQLite on the detected-at covering index instead of the team index.
export function queryExceptionsOverTime(db: ReplicaDb, scope: DashboardScope): Dashboard['exceptions'] {
  const team = scope.teamId === null ? sql`` : sql` AND +${exceptions.teamId} = ${scope.teamId}`;
  const rows = db.all<{ b: number; type: ExceptionType; n: number }>(
    sql`SELECT ${bucketSql(sql`${exceptions.detectedAt}`, scope)} AS b, ${exceptions.type} AS type, count(*) AS n
        FROM ${exceptions} WHERE ${exceptions.detectedAt} >= ${scope.from} AND ${exceptions.detectedAt} < ${scope.to}${team}
        GROUP BY 1, 2`,
  );
  const byType = exceptionTypeSchema.options
    .map((type) => ({ type, count: rows.filter((r) => r.type === type).reduce((n, r) => n + r.n, 0) }))
    .filter((t) => t.count > 0)
    .sort((a, b) => b.count - a.count);
  const series = scope.buckets.map((at) => {
    const counts: Partial<Record<ExceptionType, number>> = {};
    for (const r of rows) if (r.b === at) counts[r.type] = r.n;
    return { at, counts };
  });
  return { total: byType.reduce((n, t) => n + t.count, 0), byType, series };
}
