import type { PgColumn } from 'drizzle-orm/pg-core';

/** The type a column's values are cast back to after travelling as text (serials are their integer types). */
export function textCastType(col: PgColumn): string {
  const type = col.getSQLType();
  if (type === 'bigserial') return 'bigint';
  if (type === 'serial') return 'integer';
  return type;
}
