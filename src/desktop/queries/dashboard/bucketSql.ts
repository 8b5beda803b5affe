import { sql, type SQL } from 'drizzle-orm';
import type { DashboardScope } from './DashboardScope';

const DAY = 86_400_000;

/**
 * SQL for the start of the local day/week holding the ms timestamp `column`; the same arithmetic
 * as core's bucketStart (timestamps are positive integers, so `/` floors).
 */
export function bucketSql(column: SQL, scope: Pick<DashboardScope, 'granularity' | 'utcOffsetMinutes'>): SQL {
  const offset = scope.utcOffsetMinutes * 60_000;
  const day = sql`((${column} + ${sql.raw(String(offset))}) / ${sql.raw(String(DAY))})`;
  const first = scope.granularity === 'day' ? day : sql`(${day} - ((${day} + 3) % 7))`;
  return sql`(${first} * ${sql.raw(String(DAY))} - ${sql.raw(String(offset))})`;
}
