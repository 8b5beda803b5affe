import type { Figure } from './Figure';

/**
 * A figure that is a time of its own, not a cost against a baseline (e.g. sign-in → first inbox
 * page: nothing else does the same work). The table shows `—` for its ratio; the JSON has null.
 */
export function timeFigure(fields: { bench: string; measure: string; value: number; note: string }): Figure {
  return { bench: fields.bench, measure: fields.measure, value: fields.value, unit: 'ms', baseline: fields.note, baselineValue: Number.NaN, ratio: Number.NaN };
}
