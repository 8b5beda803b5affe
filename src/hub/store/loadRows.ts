import { inArray } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { AnyRow, EntityName, RowRef } from '../../core';
import type { HubTx } from './openStore';
import { entityTables, replicatedColumns } from './rowStore';

/** Ids bound per IN list. */
const chunk = 1_000;

/**
 * The rows a mutation reads, in the order of `refs` (undefined where missing): one IN query per
 * entity (per thousand ids), so a delivery's mutation reading a thousand shipments costs one query.
 */
export async function loadRows(tx: HubTx, refs: RowRef[]): Promise<(AnyRow | undefined)[]> {
  const ids = new Map<EntityName, Set<string>>();
  for (const ref of refs) ids.set(ref.entity, (ids.get(ref.entity) ?? new Set()).add(ref.id));
  const found = new Map<string, AnyRow>();
  for (const [entity, set] of ids) {
    const table: PgTable & { id: PgColumn } = entityTables[entity];
    const list = [...set];
    for (let i = 0; i < list.length; i += chunk) {
      const rows = await tx.select(replicatedColumns(entity)).from(table).where(inArray(table.id, list.slice(i, i + chunk)));
      // Same cast as loadRow: drizzle cannot type a table picked at runtime; columns equal the core row's fields.
      for (const row of rows as AnyRow[]) found.set(`${entity}:${row.id}`, row);
    }
  }
  return refs.map((ref) => found.get(`${ref.entity}:${ref.id}`));
}
