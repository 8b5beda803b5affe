import type { RowChange } from '../../core';
import { DAY } from './demoPeople';

/** Below this an epoch-ms number is a duration or an amount, never a date (1e12 ms ≈ Sept 2001). */
const EARLIEST_TIMESTAMP = 1e12;

/**
 * Whole days to move the demo world forward so its "now" is the day it is seeded: never into the
 * future (floored), never backwards (a clock before the world's own now keeps it as written).
 */
export function demoTimeShift(worldNow: number, seededAt: number): number {
  return Math.max(0, Math.floor((seededAt - worldNow) / DAY)) * DAY;
}

/** The rows with every timestamp (top-level or nested) moved by `shiftMs`; whole days keep each time of day. */
export function shiftDemoTime(rows: RowChange[], shiftMs: number): RowChange[] {
  if (shiftMs === 0) return rows;
  return rows.map((change) => (change.op === 'upsert' ? { ...change, row: shiftValue(change.row, shiftMs) } : change)) as RowChange[];
}

function shiftValue<T>(value: T, shiftMs: number): T {
  if (typeof value === 'number') return (Number.isInteger(value) && value >= EARLIEST_TIMESTAMP ? value + shiftMs : value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => shiftValue(v, shiftMs)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shiftValue(v, shiftMs)])) as T;
  }
  return value;
}
