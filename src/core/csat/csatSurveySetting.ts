import { z } from 'zod';
import type { AutomationRow } from '../domain/workspaceRows';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const configSchema = z.object({
  /** Hours after the ticket is solved before the survey goes out (Zendesk's default: 24). 0 = at once. */
  delayHours: z.number().min(0).max(30 * 24).default(24),
  /** No second survey to the same customer within this many days. 0 = no limit. */
  cooldownDays: z.number().int().min(0).max(365).default(30),
  /** How long the links in a survey accept answers. */
  validityDays: z.number().int().min(1).max(90).default(28),
});
export type CsatSurveyConfig = z.output<typeof configSchema>;

/** The survey setting in milliseconds, as the rules use it. */
export interface CsatSurveyTiming {
  delayMs: number;
  cooldownMs: number;
  validityMs: number;
}

/**
 * Whether and when the hub sends a satisfaction survey after a ticket is solved. Kept as an
 * automation row with trigger `csat.survey` (tenant-wide, replicated, edited through the admin
 * automations routes or `setting.save`) like the SLA at-risk threshold. No such row, or a
 * disabled one: no surveys. Keys left out of `config` take the defaults above.
 */
export const csatSurveySetting = {
  trigger: 'csat.survey',
  defaults: configSchema.parse({}),
  configSchema,
  /** The enabled survey setting's timing, or null when surveys are off (absent, disabled or unusable). */
  timing(automations: ReadonlyArray<Pick<AutomationRow, 'trigger' | 'enabled' | 'config'>>): CsatSurveyTiming | null {
    const row = automations.find((a) => a.trigger === csatSurveySetting.trigger && a.enabled);
    const parsed = row ? configSchema.safeParse(row.config) : null;
    if (!parsed?.success) return null;
    return { delayMs: parsed.data.delayHours * HOUR, cooldownMs: parsed.data.cooldownDays * DAY, validityMs: parsed.data.validityDays * DAY };
  },
} as const;
