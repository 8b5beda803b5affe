import { inArray, max } from 'drizzle-orm';
import type { Scope } from '../../core';
import type { HubDb } from '../store/openStore';
import { changes } from '../store/schema';

/** Highest committed seq per scope (0 for a scope with no changes yet). */
export async function readScopeHeads(db: HubDb, scopes: readonly Scope[]): Promise<Record<Scope, number>> {
  const heads: Record<Scope, number> = Object.fromEntries(scopes.map((s) => [s, 0]));
  if (scopes.length === 0) return heads;
  const rows = await db
    .select({ scope: changes.scope, seq: max(changes.seq) })
    .from(changes)
    .where(inArray(changes.scope, [...scopes]))
    .groupBy(changes.scope);
  for (const row of rows) heads[row.scope] = Number(row.seq ?? 0);
  return heads;
}
