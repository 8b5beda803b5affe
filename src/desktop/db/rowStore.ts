import type Database from 'better-sqlite3';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { entityNames, type AnyRow, type EntityName, type EntityRowMap, type OwnedEntity } from '../../core';
import {
  agents,
  automations,
  contacts,
  customerDuplicates,
  csatResponses,
  customers,
  exceptions,
  fieldDefs,
  invoices,
  kbArticles,
  macros,
  messages,
  orders,
  savedViews,
  shipmentActions,
  shipments,
  slaPolicies,
  tagDefs,
  teams,
  tickets,
  trackingEvents,
  warehouseEvents,
} from './schema';

/** The replica table behind each entity; column keys equal the core row's field names. */
export const replicaTables = {
  teams,
  agents,
  customers,
  contacts,
  customer_duplicates: customerDuplicates,
  orders,
  invoices,
  shipments,
  tracking_events: trackingEvents,
  warehouse_events: warehouseEvents,
  shipment_actions: shipmentActions,
  kb_articles: kbArticles,
  macros,
  automations,
  sla_policies: slaPolicies,
  tag_defs: tagDefs,
  field_defs: fieldDefs,
  saved_views: savedViews,
  tickets,
  messages,
  exceptions,
  csat_responses: csatResponses,
} satisfies Record<EntityName, SQLiteTable>;

/** Whole-row access to the replicated tables by entity name, for the write path and sync. */
export interface RowStore {
  get<E extends EntityName>(entity: E, id: string): EntityRowMap[E] | undefined;
  put(entity: EntityName, row: AnyRow): void;
  remove(entity: EntityName, id: string): void;
  /** The rows of `entity` this replica holds for a customer (a merge's `readsOwned`). */
  owned<E extends OwnedEntity>(entity: E, customerId: string): EntityRowMap[E][];
}

/** How a value crosses into SQLite: JSON fields as text, booleans as 0/1, the rest as they are. */
type Codec = 'json' | 'boolean' | 'plain';

interface EntityStatements {
  columns: { key: string; codec: Codec }[];
  select: Database.Statement<[string]>;
  selectOwned: Database.Statement<[string]> | null;
  upsert: Database.Statement<[Record<string, unknown>]>;
  remove: Database.Statement<[string]>;
}

function codecOf(column: SQLiteColumn): Codec {
  if (column.columnType === 'SQLiteTextJson') return 'json';
  if (column.columnType === 'SQLiteBoolean') return 'boolean';
  return 'plain';
}

function statementsFor(sqlite: Database.Database, entity: EntityName): EntityStatements {
  const table: SQLiteTable = replicaTables[entity];
  const name = getTableName(table);
  const columns = Object.entries(getTableColumns(table)).map(([key, col]) => ({ key, column: col.name, codec: codecOf(col) }));
  const list = columns.map((c) => `"${c.column}"`).join(', ');
  const updates = columns.filter((c) => c.column !== 'id').map((c) => `"${c.column}" = excluded."${c.column}"`);
  return {
    columns: columns.map(({ key, codec }) => ({ key, codec })),
    select: sqlite.prepare(
      `SELECT ${columns.map((c) => `"${c.column}" AS "${c.key}"`).join(', ')} FROM "${name}" WHERE "id" = ?`,
    ),
    selectOwned: columns.some((c) => c.column === 'customer_id')
      ? sqlite.prepare(`SELECT ${columns.map((c) => `"${c.column}" AS "${c.key}"`).join(', ')} FROM "${name}" WHERE "customer_id" = ?`)
      : null,
    upsert: sqlite.prepare(
      `INSERT INTO "${name}" (${list}) VALUES (${columns.map((c) => `@${c.key}`).join(', ')}) ` +
        `ON CONFLICT("id") DO UPDATE SET ${updates.join(', ')}`,
    ),
    remove: sqlite.prepare(`DELETE FROM "${name}" WHERE "id" = ?`),
  };
}

function encode(codec: Codec, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (codec === 'json') return JSON.stringify(value);
  if (codec === 'boolean') return value ? 1 : 0;
  return value;
}

function decode(codec: Codec, value: unknown): unknown {
  if (value === null) return null;
  if (codec === 'json' && typeof value === 'string') return JSON.parse(value) as unknown;
  if (codec === 'boolean') return value === 1 || value === true;
  return value;
}

export function createRowStore(sqlite: Database.Database): RowStore {
  const statements = Object.fromEntries(entityNames.map((e) => [e, statementsFor(sqlite, e)])) as Record<
    EntityName,
    EntityStatements
  >;
  const decodeRow = (s: EntityStatements, raw: Record<string, unknown>): unknown =>
    Object.fromEntries(s.columns.map((c) => [c.key, decode(c.codec, raw[c.key])]));
  return {
    get(entity, id) {
      const s = statements[entity];
      const raw = s.select.get(id) as Record<string, unknown> | undefined;
      if (!raw) return undefined;
      // Only validated rows are ever written, so a stored row decodes to its entity's shape.
      return decodeRow(s, raw) as EntityRowMap[typeof entity];
    },
    owned(entity, customerId) {
      const s = statements[entity];
      const raws = (s.selectOwned?.all(customerId) ?? []) as Record<string, unknown>[];
      return raws.map((raw) => decodeRow(s, raw)) as EntityRowMap[typeof entity][];
    },
    put(entity, row) {
      const s = statements[entity];
      const source = row as unknown as Record<string, unknown>;
      s.upsert.run(Object.fromEntries(s.columns.map((c) => [c.key, encode(c.codec, source[c.key])])));
    },
    remove(entity, id) {
      statements[entity].remove.run(id);
    },
  };
}
