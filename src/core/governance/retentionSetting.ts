import { z } from 'zod';
import { channelSchema } from '../domain/rows';

/** What a retention rule does to a solved ticket older than its limit. */
export const retentionActionSchema = z.enum(['anonymise', 'delete']);
export type RetentionAction = z.infer<typeof retentionActionSchema>;

export const retentionRuleSchema = z.object({
  channel: channelSchema,
  action: retentionActionSchema,
  /** Months after the ticket was solved (or closed). */
  months: z.number().int().min(1).max(240),
});
export type RetentionRule = z.infer<typeof retentionRuleSchema>;

/**
 * The tenant's retention rules, kept as one automation row (like the CSAT settings) so they
 * replicate and audit like every setting; at most one rule per channel.
 */
export const retentionSetting = {
  trigger: 'governance.retention',
  configSchema: z.object({
    rules: z.array(retentionRuleSchema).max(5).refine((rules) => new Set(rules.map((r) => r.channel)).size === rules.length, 'one rule per channel'),
  }),
} as const;
export type RetentionConfig = z.infer<typeof retentionSetting.configSchema>;
