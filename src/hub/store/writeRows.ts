import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { entityRowSchemas, type EntityName } from '../../core';
import type { HubTx } from './openStore';
import { entityTables } from './rowStore';

/** Bind parameters per statement, well under the protocol's 65,535 on every engine. */
const maxParams = 20_000;

type LooseTable = PgTable & { id: PgColumn };

/**
 * Upserts many rows of one entity with multi-row statements (each re-validated, like writeRow).
 * Later rows win: a repeated id, or rows carrying other columns, start a new statement, so the
 * table ends exactly as one writeRow per row in order would leave it.
 */
export async function writeRows(tx: HubTx, entity: EntityName, rows: readonly Record<string, unknown>[]): Promise<void> {
  const table: LooseTable = entityTables[entity];
  const columns = getTableColumns(table);
  let chunk: Record<string, unknown>[] = [];
  let ids = new Set<unknown>();
  let keys = '';
  const flush = async (): Promise<void> => {
    const first = chunk[0];
    if (!first) return;
    // Only the columns the rows carry are updated, so an agent update never clears the password hash.
    const set: Record<string, SQL> = {};
    for (const key of Object.keys(first)) {
      const column = columns[key];
      if (column && key !== 'id') set[key] = sql.raw(`excluded."${column.name}"`);
    }
    const insert = tx.insert(table).values(chunk);
    await (Object.keys(set).length > 0 ? insert.onConflictDoUpdate({ target: table.id, set }) : insert.onConflictDoNothing());
    chunk = [];
    ids = new Set();
  };
  for (const raw of rows) {
    const row: Record<string, unknown> = { ...entityRowSchemas[entity].parse(raw) };
    if (entity === 'agents' && typeof row.email === 'string') row.email = row.email.toLowerCase();
    const rowKeys = Object.keys(row).join(',');
    const perStatement = Math.max(1, Math.floor(maxParams / Math.max(1, Object.keys(row).length)));
    if (chunk.length > 0 && (ids.has(row.id) || rowKeys !== keys || chunk.length >= perStatement)) await flush();
    keys = rowKeys;
    chunk.push(row);
    ids.add(row.id);
  }
  await flush();
}
