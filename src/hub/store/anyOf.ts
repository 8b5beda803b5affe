import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { textCastType } from './textCastType';

/**
 * `column = ANY($1)` with the values bound as ONE array parameter: the set-based reads' IN
 * lists (hundreds of ids) then cost one parameter to build, send and plan instead of one each.
 * Values travel as text[] and are cast to the column's type.
 */
export function anyOf(column: PgColumn, values: readonly (string | number)[]): SQL {
  const type = textCastType(column);
  const cast = type === 'text' ? sql.raw('text[]') : sql.raw(`text[]::${type}[]`);
  return sql`${column} = any(${sql.param(values.map(String))}::${cast})`;
}
