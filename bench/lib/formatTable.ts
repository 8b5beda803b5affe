import type { Figure } from './Figure';

function fmt(value: number, unit: Figure['unit']): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (unit === 'MB') return `${value.toFixed(0)} MB`;
  if (unit === 'ms') return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
  return `${value >= 1000 ? Math.round(value).toLocaleString('en-US') : value.toFixed(1)} ops/s`;
}

/** A plain-text table: one row per figure, its baseline beside it and the cost ratio. */
export function formatTable(figures: readonly Figure[]): string {
  const header = ['bench', 'measure', 'value', 'baseline (same run)', 'baseline value', 'cost ×'];
  const rows = figures.map((f) => [f.bench, f.measure, fmt(f.value, f.unit), f.baseline, Number.isFinite(f.baselineValue) ? fmt(f.baselineValue, f.unit) : '—', Number.isFinite(f.ratio) ? `${f.ratio.toFixed(2)}×` : '—']);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = new Set([2, 4, 5]);
  const line = (cells: string[]): string =>
    cells.map((c, i) => (numeric.has(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join(' │ ');
  const rule = widths.map((w) => '─'.repeat(w)).join('─┼─');
  return [line(header), rule, ...rows.map(line)].join('\n');
}
