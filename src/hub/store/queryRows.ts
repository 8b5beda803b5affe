import type { SQL } from 'drizzle-orm';
import type { HubDb, HubTx } from './openStore';

/**
 * Runs raw SQL and returns its rows. PGlite answers `{rows}`, postgres-js an array; raw SQL is
 * only for what the query builder cannot say (locks, nextval), so callers parse the rows.
 */
export async function queryRows(db: HubDb | HubTx, query: SQL): Promise<unknown[]> {
  const result: unknown = await db.execute(query);
  if (Array.isArray(result)) return result;
  if (result && typeof result === 'object' && 'rows' in result && Array.isArray(result.rows)) return result.rows;
  throw new Error('unexpected result shape from the database driver');
}
