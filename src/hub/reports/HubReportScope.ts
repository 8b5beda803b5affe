import { sql, type SQL } from 'drizzle-orm';

/** A report's period and the teams the caller may see . */
export interface HubReportScope {
  from: number;
  to: number;
  teamIds: readonly string[];
}

/** `<column> IN (…the scope's teams)` for raw report SQL. */
export function inScopeTeams(column: SQL, scope: HubReportScope): SQL {
  if (scope.teamIds.length === 0) return sql`false`;
  return sql`${column} IN (${sql.join(scope.teamIds.map((id) => sql`${id}`), sql`, `)})`;
}

/** `<column>` within [from, to). */
export function inScopePeriod(column: SQL, scope: HubReportScope): SQL {
  return sql`${column} >= ${scope.from} AND ${column} < ${scope.to}`;
}
