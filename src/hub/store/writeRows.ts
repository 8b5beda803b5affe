import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { entityRowSchemas, type EntityName } from '../../core';
import type { HubTx } from './openStore';
import { insertUnnest } from './insertUnnest';
import { entityTables } from './rowStore';

type LooseTable = PgTable & { id: PgColumn };

/**
 * Upserts many rows of one entity set-based (insertUnnest: one bound array per column), each
 * re-validated like writeRow. Later rows win: a repeated id, or rows carrying other columns,
 * start a new statement, so the table ends exactly as one writeRow per row in order would leave it.
 */
export async function writeRows(tx: HubTx, entity: EntityName, rows: readonly Record<string, unknown>[]): Promise<void> {
  const table: LooseTable = entityTables[entity];
  let chunk: Record<string, unknown>[] = [];
  let ids = new Set<unknown>();
  let keys = '';
  const flush = async (): Promise<void> => {
    if (chunk.length === 0) return;
    // Only the columns the rows carry are updated, so an agent update never clears the password hash.
    await insertUnnest(tx, table, chunk, { kind: 'update', target: table.id });
    chunk = [];
    ids = new Set();
  };
  for (const raw of rows) {
    const row: Record<string, unknown> = { ...entityRowSchemas[entity].parse(raw) };
    if (entity === 'agents' && typeof row.email === 'string') row.email = row.email.toLowerCase();
    const rowKeys = Object.keys(row).join(',');
    if (chunk.length > 0 && (ids.has(row.id) || rowKeys !== keys)) await flush();
    keys = rowKeys;
    chunk.push(row);
    ids.add(row.id);
  }
  await flush();
}
