import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { ownedKey, type AnyRow, type OwnedRef, type OwnedRows } from '../../core';
import type { HubTx } from './openStore';
import { entityTables, replicatedColumns } from './rowStore';
import { anyOf } from './anyOf';

/** Every row each `readsOwned` ref asks for (all teams: the hub is the authority), one query per entity. */
export async function loadOwnedRows(tx: HubTx, refs: readonly OwnedRef[]): Promise<OwnedRows> {
  const out = new Map<string, AnyRow[]>();
  const byEntity = new Map<OwnedRef['entity'], Set<string>>();
  for (const ref of refs) {
    out.set(ownedKey(ref.entity, ref.customerId), []);
    byEntity.set(ref.entity, (byEntity.get(ref.entity) ?? new Set()).add(ref.customerId));
  }
  for (const [entity, owners] of byEntity) {
    const table: PgTable & { customerId: PgColumn } = entityTables[entity];
    const rows = (await tx.select(replicatedColumns(entity)).from(table).where(anyOf(table.customerId, [...owners]))) as (AnyRow & { customerId: string })[];
    for (const row of rows) out.get(ownedKey(entity, row.customerId))?.push(row);
  }
  return out;
}
