import { z } from 'zod';
import type { AutomationRow } from '../domain/workspaceRows';

const configSchema = z.object({
  /** A backorder expected more than this many days after the order's promised date opens an exception (0 … 365). */
  days: z.number().min(0).max(365),
});

/**
 * The lead's backorder threshold, kept as an automation row (trigger `warehouse.backorder_threshold`)
 * like the SLA at-risk threshold, so no new table is needed; disabled or absent → 2 days.
 */
export const backorderThresholdSetting = {
  trigger: 'warehouse.backorder_threshold',
  defaultDays: 2,
  configSchema,
  /** The threshold in days from the tenant's automations; an unusable config falls back to the default. */
  days(automations: ReadonlyArray<Pick<AutomationRow, 'trigger' | 'enabled' | 'config'>>): number {
    const row = automations.find((a) => a.trigger === backorderThresholdSetting.trigger && a.enabled);
    const parsed = row ? configSchema.safeParse(row.config) : null;
    return parsed?.success ? parsed.data.days : backorderThresholdSetting.defaultDays;
  },
} as const;
