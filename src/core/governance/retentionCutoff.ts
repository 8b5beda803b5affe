import type { RetentionRule } from './retentionSetting';

/** The solved-before cut-off of a rule at `now` (calendar months, UTC). */
export function retentionCutoff(rule: Pick<RetentionRule, 'months'>, now: number): number {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - rule.months);
  return d.getTime();
}
