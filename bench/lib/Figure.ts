/**
 * One measured figure beside the baseline measured in the same run. `ratio` is always
 * subject cost / baseline cost (time per op, latency, or memory): 1 = as cheap as the baseline,
 * 3 = three times the baseline's cost, 0.2 = a fifth of it.
 */
export interface Figure {
  bench: string;
  measure: string;
  value: number;
  unit: 'ops/s' | 'ms' | 'MB';
  baseline: string;
  baselineValue: number;
  ratio: number;
}

/** What one bench file hands the runner: its figures and anything worth keeping in the JSON. */
export interface BenchOutcome {
  figures: Figure[];
  details: Record<string, unknown>;
}

/** Builds a figure and its cost ratio from the two values (throughput inverts, latency divides). */
export function figure(fields: Omit<Figure, 'ratio'>): Figure {
  const ratio = fields.unit === 'ops/s' ? fields.baselineValue / fields.value : fields.value / fields.baselineValue;
  return { ...fields, ratio };
}
