import type Database from 'better-sqlite3';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { entityNames, type AnyRow, type EntityName, type EntityRowMap } from '../../core';
import { agents, customers, messages, teams, tickets } from './schema';

const entityTables = { teams, agents, customers, tickets, messages } satisfies Record<EntityName, SQLiteTable>;

/** Whole-row access to the replicated tables by entity name, for the write path and sync. */
export interface RowStore {
  get<E extends EntityName>(entity: E, id: string): EntityRowMap[E] | undefined;
  put(entity: EntityName, row: AnyRow): void;
  remove(entity: EntityName, id: string): void;
}

interface EntityStatements {
  keys: string[];
  select: Database.Statement<[string]>;
  upsert: Database.Statement<[Record<string, unknown>]>;
  remove: Database.Statement<[string]>;
}

function statementsFor(sqlite: Database.Database, entity: EntityName): EntityStatements {
  const table = entityTables[entity];
  const name = getTableName(table);
  const columns = Object.entries(getTableColumns(table)).map(([key, col]) => ({ key, column: col.name }));
  const list = columns.map((c) => `"${c.column}"`).join(', ');
  const updates = columns.filter((c) => c.column !== 'id').map((c) => `"${c.column}" = excluded."${c.column}"`);
  return {
    keys: columns.map((c) => c.key),
    select: sqlite.prepare(
      `SELECT ${columns.map((c) => `"${c.column}" AS "${c.key}"`).join(', ')} FROM "${name}" WHERE "id" = ?`,
    ),
    upsert: sqlite.prepare(
      `INSERT INTO "${name}" (${list}) VALUES (${columns.map((c) => `@${c.key}`).join(', ')}) ` +
        `ON CONFLICT("id") DO UPDATE SET ${updates.join(', ')}`,
    ),
    remove: sqlite.prepare(`DELETE FROM "${name}" WHERE "id" = ?`),
  };
}

export function createRowStore(sqlite: Database.Database): RowStore {
  const statements = Object.fromEntries(entityNames.map((e) => [e, statementsFor(sqlite, e)])) as Record<
    EntityName,
    EntityStatements
  >;
  return {
    get(entity, id) {
      // Only validated rows are ever written, so a stored row has its entity's shape.
      return statements[entity].select.get(id) as EntityRowMap[typeof entity] | undefined;
    },
    put(entity, row) {
      const s = statements[entity];
      const source = row as unknown as Record<string, unknown>;
      s.upsert.run(Object.fromEntries(s.keys.map((k) => [k, source[k] ?? null])));
    },
    remove(entity, id) {
      statements[entity].remove.run(id);
    },
  };
}
