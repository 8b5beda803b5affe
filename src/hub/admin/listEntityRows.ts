import { asc } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { EntityName } from '../../core';
import type { HubDb } from '../store/openStore';
import { entityTables, replicatedColumns } from '../store/rowStore';

/** Every row of a (small, settings-sized) entity, in id order. */
export async function listEntityRows(db: HubDb, entity: EntityName): Promise<Record<string, unknown>[]> {
  const table: PgTable & { id: PgColumn } = entityTables[entity];
  return db.select(replicatedColumns(entity)).from(table).orderBy(asc(table.id));
}
