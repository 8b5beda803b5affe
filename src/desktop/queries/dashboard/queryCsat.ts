import { sql } from 'drizzle-orm';
import type { Dashboard } from '../../../core';
import type { ReplicaDb } from '../../db/openReplica';
import { csatResponses, tickets } from '../../db/schema';
import { bucketSql } from './bucketSql';
import type { DashboardScope } from './DashboardScope';

/**
 * CSAT: survey responses received in the period (score 1–5). Average = mean score; satisfied =
 * responses scoring 4 or 5 (the usual CSAT %). A team filter goes through the rated ticket.
 */
export function queryCsat(db: ReplicaDb, scope: DashboardScope): Dashboard['csat'] {
  const team =
    scope.teamId === null
      ? sql``
      : sql` AND EXISTS (SELECT 1 FROM ${tickets} WHERE ${tickets.id} = ${csatResponses.ticketId} AND ${tickets.teamId} = ${scope.teamId})`;
  const rows = db.all<{ b: number; n: number; total: number; satisfied: number }>(
    sql`SELECT ${bucketSql(sql`${csatResponses.createdAt}`, scope)} AS b, count(*) AS n, sum(${csatResponses.score}) AS total,
          sum(${csatResponses.score} >= 4) AS satisfied
        FROM ${csatResponses} WHERE ${csatResponses.createdAt} >= ${scope.from} AND ${csatResponses.createdAt} < ${scope.to}${team}
        GROUP BY 1`,
  );
  const byBucket = new Map(rows.map((r) => [r.b, r]));
  const responses = rows.reduce((n, r) => n + r.n, 0);
  const scoreSum = rows.reduce((n, r) => n + r.total, 0);
  return {
    responses,
    average: responses === 0 ? null : scoreSum / responses,
    satisfied: rows.reduce((n, r) => n + r.satisfied, 0),
    series: scope.buckets.map((at) => {
      const r = byBucket.get(at);
      return { at, responses: r?.n ?? 0, average: r ? r.total / r.n : null, satisfied: r?.satisfied ?? 0 };
    }),
  };
}
