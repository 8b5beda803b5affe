import { z } from 'zod';
import { idSchema } from '../../domain/ids';
import { automationRowSchema, slaPolicyRowSchema } from '../../domain/workspaceRows';
import { businessCalendarSchema } from '../../rules/businessHours/BusinessCalendar';

export const teamCalendarItemSchema = z.object({
  id: idSchema,
  name: z.string(),
  /** Null: the team has no hours set and its SLA clocks run around the clock. */
  calendar: businessCalendarSchema.nullable(),
  agentCount: z.number().int().min(0),
});
export type TeamCalendarItem = z.infer<typeof teamCalendarItemSchema>;

/** IPC channels of the Teams and SLA policies settings pages and of SLA badges (merged into ipcContract). */
export const deskSettingsChannels = {
  /** Every team in the replica with its business calendar, by name. */
  'teams.calendars': { input: z.object({}), output: z.array(teamCalendarItemSchema) },
  /** The tenant's SLA policy rows (one per priority × tier at most); cells without one use core's defaults. */
  'sla.policies': { input: z.object({}), output: z.array(slaPolicyRowSchema) },
  /** The tenant's `csat.survey` and `csat.low_score` automation rows (the Surveys page), oldest first; none = surveys off. */
  'csat.settings': { input: z.object({}), output: z.array(automationRowSchema) },
} as const;
