import { and, asc, eq, gt, or } from 'drizzle-orm';
import type { ChangeRow, Cursors } from '../../core';
import type { HubDb } from '../store/openStore';
import { changes } from '../store/schema';

/**
 * Changes after each scope's cursor, in seq order, at most `limit`. Seq order across scopes
 * means every scope's rows up to the page's last seq are complete even when `hasMore`.
 */
export async function readChangesAfter(
  db: HubDb,
  cursors: Cursors,
  limit: number,
): Promise<{ rows: ChangeRow[]; hasMore: boolean }> {
  const conditions = Object.entries(cursors).map(([scope, seq]) => and(eq(changes.scope, scope), gt(changes.seq, seq)));
  if (conditions.length === 0) return { rows: [], hasMore: false };
  const found = await db
    .select()
    .from(changes)
    .where(or(...conditions))
    .orderBy(asc(changes.seq))
    .limit(limit + 1);
  const rows = found.slice(0, limit).map(
    (c): ChangeRow => ({ seq: c.seq, scope: c.scope, entity: c.entity, op: c.op, id: c.entityId, row: c.row ?? null }),
  );
  return { rows, hasMore: found.length > limit };
}
