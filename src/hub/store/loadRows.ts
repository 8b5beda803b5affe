
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { AnyRow, EntityName, RowRef } from '../../core';
import type { HubTx } from './openStore';
import { entityTables, replicatedColumns } from './rowStore';
import { anyOf } from './anyOf';

/** Ids bound per IN list. */
const chunk = 1_000;

/**
 * The rows a mutation (or a batch of them) reads, in the order of `refs` (undefined where
 * missing): one query per entity (and per 1,000 ids), not one per row.
 */
export async function loadRows(tx: HubTx, refs: readonly RowRef[]): Promise<(AnyRow | undefined)[]> {
  const byEntity = new Map<EntityName, Set<string>>();
  for (const ref of refs) {
    const ids = byEntity.get(ref.entity) ?? new Set<string>();
    ids.add(ref.id);
    byEntity.set(ref.entity, ids);
  }
  const found = new Map<string, AnyRow>();
  await Promise.all(
    [...byEntity].map(async ([entity, idSet]) => {
      const table: PgTable & { id: PgColumn } = entityTables[entity];
      const ids = [...idSet];
      for (let i = 0; i < ids.length; i += chunk) {
        const rows = (await tx.select(replicatedColumns(entity)).from(table).where(anyOf(table.id, ids.slice(i, i + chunk)))) as AnyRow[];
        for (const row of rows) found.set(`${entity}:${String(row.id)}`, row);
      }
    }),
  );
  return refs.map((ref) => found.get(`${ref.entity}:${ref.id}`));
}
