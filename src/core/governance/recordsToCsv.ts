import { toCsv, type CsvCell } from '../reports/toCsv';

/** Rows as CSV (core's one CSV writer): one column per key seen in any row, objects and arrays as JSON. */
export function recordsToCsv(rows: readonly Record<string, unknown>[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (value: unknown): CsvCell =>
    value === null || value === undefined ? null : typeof value === 'number' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return toCsv(columns, rows.map((r) => columns.map((c) => cell(r[c]))));
}
