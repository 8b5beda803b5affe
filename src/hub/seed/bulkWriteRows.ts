import type { PgTable } from 'drizzle-orm/pg-core';
import { entityNames, type EntityName, type RowChange } from '../../core';
import type { HubTx } from '../store/openStore';
import { entityTables } from '../store/rowStore';

/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters for the widest table (tickets, 21 columns). */
const CHUNK = 1000;

/**
 * The large (benchmark) seed only: plain multi-row INSERTs, entity by entity in `entityNames`
 * order (parents before children), no validation (the generator is tested), no change log,
 * no audit. Every other write, the demo and install seeds included, goes through seed.load
 * and commitChanges; this exception and its measured cost are in docs/DESIGN-NOTES.md.
 * Must run inside the write lane's transaction, like every hub write.
 */
export async function bulkWriteRows(tx: HubTx, rows: readonly RowChange[]): Promise<void> {
  const byEntity = new Map<EntityName, RowChange[]>();
  for (const change of rows) {
    if (change.op !== 'upsert') throw new Error('bulkWriteRows writes upserts only');
    const list = byEntity.get(change.entity) ?? [];
    list.push(change);
    byEntity.set(change.entity, list);
  }
  for (const entity of entityNames) {
    const list = byEntity.get(entity);
    if (!list) continue;
    const table: PgTable = entityTables[entity];
    for (let i = 0; i < list.length; i += CHUNK) {
      await tx.insert(table).values(list.slice(i, i + CHUNK).map((c) => c.row as Record<string, unknown>));
    }
  }
}
