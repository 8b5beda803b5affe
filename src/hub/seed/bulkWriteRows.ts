import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { entityNames, entityRowSchemas, type EntityName, type RowChange } from '../../core';
import type { HubTx } from '../store/openStore';
import { entityTables } from '../store/rowStore';
import { changes } from '../store/schema';

/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters for the widest table (tickets, 21 columns). */
const CHUNK = 1000;

export interface BulkWriteOptions {
  /** Also append every row to the change log (scope + full row), as the write path would. */
  changeLog: boolean;
  /** Parse every row with its zod schema first (the demo does; the large seed trusts the tested generator). */
  validate: boolean;
  now: number;
}

/**
 * Seeding only: writes upserts in multi-row INSERTs, entity by entity in `entityNames` order
 * (parents before children). No live batches: nobody is connected while a hub seeds itself.
 * Must run inside the write lane's transaction, like every hub write.
 */
export async function bulkWriteRows(tx: HubTx, rows: readonly RowChange[], options: BulkWriteOptions): Promise<void> {
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
      const chunk = list.slice(i, i + CHUNK);
      const values = chunk.map((c) => (options.validate ? entityRowSchemas[entity].parse(c.row) : c.row) as Record<string, unknown>);
      await tx.insert(table).values(values);
      if (options.changeLog) {
        await tx.insert(changes).values(
          chunk.map((c) => ({ scope: c.scope, entity, entityId: c.id, op: 'upsert' as const, row: c.row as Record<string, unknown>, mutationId: null, createdAt: options.now })),
        );
      }
    }
  }
}

/** Moves the ticket-number sequence past the numbers a seed assigned itself. */
export async function advanceTicketNumbers(tx: HubTx, lastUsed: number): Promise<void> {
  await tx.execute(sql`select setval('ticket_number', ${lastUsed})`);
}
