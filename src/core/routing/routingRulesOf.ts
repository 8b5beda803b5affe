import type { AutomationRow } from '../domain/workspaceRows';
import { routingConfigSchema, routingTrigger, type RoutingRule } from './routingRuleSchema';

/** The enabled routing rules among automation rows, in the order they run; a rule whose config does not parse is skipped. */
export function routingRulesOf(rows: readonly AutomationRow[]): RoutingRule[] {
  const rules: RoutingRule[] = [];
  for (const row of rows) {
    if (row.trigger !== routingTrigger || !row.enabled) continue;
    const config = routingConfigSchema.safeParse(row.config);
    if (config.success) rules.push({ id: row.id, name: row.name, ...config.data });
  }
  return rules.sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
}
