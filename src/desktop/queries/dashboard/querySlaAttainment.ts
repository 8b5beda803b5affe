import { sql, type SQL } from 'drizzle-orm';
import type { Dashboard } from '../../../core';
import type { ReplicaDb } from '../../db/openReplica';
import { tickets } from '../../db/schema';
import { bucketSql } from './bucketSql';
import type { DashboardScope } from './DashboardScope';

/**
 * SLA attainment = met ÷ (met + missed), per target (first response, resolution), counted when
 * the target was decided: met on time → at the reply/solve; missed → at its due time. Missed as
 * core's detectBreaches decides it: done after the due time, or not done and `now` past the due
 * time unless the clock was paused before it (pending/on hold). Still running = not counted.
 * Due times already include earlier pauses (applyStatusChange pushes them). Decided ≤ due, so
 * `due >= from` is a safe index range that skips older tickets.
 */
// `+team_id`: keeps SQLite on the due-time covering index instead of the team index.
export function querySlaAttainment(db: ReplicaDb, scope: DashboardScope): Dashboard['sla'] {
  const team = scope.teamId === null ? sql`` : sql` AND +${tickets.teamId} = ${scope.teamId}`;
  const leg = (kind: 'fr' | 'res', due: SQL, done: SQL) =>
    sql`SELECT ${kind} AS kind,
          CASE WHEN ${done} <= ${due} THEN ${done} ELSE ${due} END AS decided,
          coalesce(${done} <= ${due}, 0) AS ok
        FROM ${tickets}
        WHERE ${due} >= ${scope.from}${team}
          AND (${done} IS NOT NULL OR (${due} < ${scope.now} AND (${tickets.slaPausedAt} IS NULL OR ${tickets.slaPausedAt} > ${due})))`;
  const decided = sql`${leg('fr', sql`${tickets.firstResponseDueAt}`, sql`${tickets.firstRespondedAt}`)}
    UNION ALL ${leg('res', sql`${tickets.resolutionDueAt}`, sql`${tickets.solvedAt}`)}`;
  const rows = db.all<{ kind: 'fr' | 'res'; b: number; met: number; missed: number }>(
    sql`SELECT kind, ${bucketSql(sql`decided`, scope)} AS b, sum(ok) AS met, sum(1 - ok) AS missed
        FROM (${decided}) WHERE decided >= ${scope.from} AND decided < ${scope.to} GROUP BY 1, 2`,
  );
  const total = (kind: 'fr' | 'res') => ({
    met: rows.filter((r) => r.kind === kind).reduce((n, r) => n + r.met, 0),
    missed: rows.filter((r) => r.kind === kind).reduce((n, r) => n + r.missed, 0),
  });
  const at = (b: number, kind: 'fr' | 'res') => rows.find((r) => r.b === b && r.kind === kind) ?? { met: 0, missed: 0 };
  return {
    firstResponse: total('fr'),
    resolution: total('res'),
    series: scope.buckets.map((b) => ({
      at: b,
      firstResponseMet: at(b, 'fr').met,
      firstResponseMissed: at(b, 'fr').missed,
      resolutionMet: at(b, 'res').met,
      resolutionMissed: at(b, 'res').missed,
    })),
  };
}
