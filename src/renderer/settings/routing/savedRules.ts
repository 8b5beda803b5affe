import { routingConfigSchema, type AutomationRow, type RoutingDraftRule } from '../../../core';

/** The routing automations as editable rules, in order; a row whose config does not parse is left out (and counted). */
export function savedRules(rows: readonly AutomationRow[]): { rules: RoutingDraftRule[]; unreadable: number } {
  const rules: RoutingDraftRule[] = [];
  for (const row of rows) {
    const config = routingConfigSchema.safeParse(row.config);
    if (config.success) rules.push({ id: row.id, name: row.name, enabled: row.enabled, config: config.data });
  }
  return { rules, unreadable: rows.length - rules.length };
}
