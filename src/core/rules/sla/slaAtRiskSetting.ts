import { z } from 'zod';
import type { AutomationRow } from '../../domain/workspaceRows';

const configSchema = z.object({
  /** A running target due within this many minutes is "at risk" (1 min … 7 days). */
  withinMinutes: z.number().int().min(1).max(7 * 24 * 60),
});

/**
 * The "at risk" threshold a lead sets. It is kept as an automation row with trigger
 * `sla.at_risk` (tenant-wide, replicated to every desktop, edited through the admin
 * automations routes) so no new table is needed; disabled or absent → the default hour.
 */
export const slaAtRiskSetting = {
  trigger: 'sla.at_risk',
  defaultMinutes: 60,
  configSchema,
  /** The threshold in ms from the tenant's automations; an unusable config falls back to the default. */
  withinMs(automations: ReadonlyArray<Pick<AutomationRow, 'trigger' | 'enabled' | 'config'>>): number {
    const row = automations.find((a) => a.trigger === slaAtRiskSetting.trigger && a.enabled);
    const parsed = row ? configSchema.safeParse(row.config) : null;
    return (parsed?.success ? parsed.data.withinMinutes : slaAtRiskSetting.defaultMinutes) * 60_000;
  },
} as const;
