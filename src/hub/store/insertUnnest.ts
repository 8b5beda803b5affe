import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { HubTx } from './openStore';
import { queryRows } from './queryRows';
import { textCastType } from './textCastType';

/** What to do when a row's id is already there. */
export type OnConflict = { kind: 'update'; target: PgColumn } | { kind: 'nothing'; target: PgColumn } | null;

/** Rows per statement: one array per column is bound, so the statement text never grows with the rows. */
const rowsPerStatement = 5_000;

/**
 * Inserts rows that all carry the same keys (drizzle property names of `table`) as
 * `INSERT … SELECT c0::type, … FROM unnest($1::text[], $2::text[], …)`: one bound array per column
 * instead of one parameter per value, so building, parsing and planning the statement cost the
 * same for 10 rows or 5,000 (a multi-row VALUES list of 20,000 parameters spends most of its
 * time there). Values travel as text and are cast back to the column's type. Returns `returning` per inserted row
 * when asked (in insertion order as PostgreSQL produces it; callers needing order sort).
 */
export async function insertUnnest(
  tx: HubTx,
  table: PgTable,
  rows: readonly Record<string, unknown>[],
  onConflict: OnConflict = null,
  returning: PgColumn | null = null,
): Promise<unknown[]> {
  const first = rows[0];
  if (!first) return [];
  const columns = getTableColumns(table);
  const keys = Object.keys(first).filter((k) => columns[k] !== undefined);
  const cols = keys.map((k) => columns[k]!);
  const out: unknown[] = [];
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const part = rows.slice(start, start + rowsPerStatement);
    const arrays = cols.map((col, j) => {
      const values = part.map((row) => {
        const value = row[keys[j]!];
        return value === null || value === undefined ? null : asText(col.mapToDriverValue(value));
      });
      return sql`${sql.param(values)}::text[]`;
    });
    const alias = (j: number): SQL => sql`${sql.identifier(`c${j}`)}`;
    const picks = cols.map((col, j) => sql`${alias(j)}::${sql.raw(textCastType(col))}`);
    let query = sql`insert into ${table} (${sql.join(cols.map((c) => sql.identifier(c.name)), sql`, `)}) select ${sql.join(picks, sql`, `)} from unnest(${sql.join(arrays, sql`, `)}) as u(${sql.join(cols.map((_, j) => alias(j)), sql`, `)})`;
    if (onConflict?.kind === 'nothing') query = sql`${query} on conflict (${sql.identifier(onConflict.target.name)}) do nothing`;
    if (onConflict?.kind === 'update') {
      const set = cols.filter((c) => c.name !== onConflict.target.name).map((c) => sql`${sql.identifier(c.name)} = excluded.${sql.identifier(c.name)}`);
      query = set.length > 0 ? sql`${query} on conflict (${sql.identifier(onConflict.target.name)}) do update set ${sql.join(set, sql`, `)}` : sql`${query} on conflict (${sql.identifier(onConflict.target.name)}) do nothing`;
    }
    if (returning) query = sql`${query} returning ${sql.identifier(returning.name)} as value`;
    const result = await queryRows(tx, query);
    if (returning) out.push(...result.map((r) => (r as { value: unknown }).value));
  }
  return out;
}

/** Every value travels as text: drivers infer array element types differently (postgres-js sends [false] as a boolean). */
function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
}
