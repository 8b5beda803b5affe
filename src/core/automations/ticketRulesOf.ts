import type { AutomationRow } from '../domain/workspaceRows';
import { ticketRuleConfigSchema, ticketRuleTrigger, type TicketRule } from './ticketRuleSchema';

/** The ticket rules among automation rows (enabled or not), parsed; a row whose config does not parse is left out. */
export function ticketRulesOf(rows: readonly AutomationRow[]): TicketRule[] {
  return rows.flatMap((row) => {
    if (row.trigger !== ticketRuleTrigger) return [];
    const parsed = ticketRuleConfigSchema.safeParse(row.config);
    return parsed.success ? [{ ...parsed.data, id: row.id, name: row.name, enabled: row.enabled }] : [];
  });
}
