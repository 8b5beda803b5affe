import { z } from 'zod';
import type { AutomationRow } from '../domain/workspaceRows';

const configSchema = z.object({
  /** An answer at or below this score is "low" (1–4). */
  threshold: z.number().int().min(1).max(4).default(2),
  /** Reopen a solved ticket that got a low score. */
  reopen: z.boolean().default(true),
  /** Leave an internal note on the ticket mentioning the team's leads, or its admins when it has none (their mentions list and pop-up). */
  notifyLead: z.boolean().default(true),
});
export type CsatLowScoreConfig = z.output<typeof configSchema>;

/**
 * What a low survey answer sets off: an automation row with trigger `csat.low_score` (edited
 * like every automation). Absent or disabled: a low answer is only recorded.
 */
export const csatLowScoreSetting = {
  trigger: 'csat.low_score',
  defaults: configSchema.parse({}),
  configSchema,
  /** The config of an automation row when it is this setting, enabled and valid; else null. */
  configOf(row: Pick<AutomationRow, 'trigger' | 'enabled' | 'config'> | undefined): CsatLowScoreConfig | null {
    if (!row || row.trigger !== csatLowScoreSetting.trigger || !row.enabled) return null;
    const parsed = configSchema.safeParse(row.config);
    return parsed.success ? parsed.data : null;
  },
} as const;
