import { z } from 'zod';
import { idSchema, timestampSchema } from '../../domain/ids';
import { channelSchema } from '../../domain/rows';
import { automationRowSchema } from '../../domain/workspaceRows';
import { routingConfigSchema } from '../../routing/routingRuleSchema';

/** A rule as the Routing page edits it (saved or not yet). */
export const routingDraftRuleSchema = z.object({ id: idSchema, name: z.string().max(300), enabled: z.boolean(), config: routingConfigSchema });
export type RoutingDraftRule = z.infer<typeof routingDraftRuleSchema>;

export const routingDryRunRowSchema = z.object({
  ticketId: idSchema,
  number: z.number().int().nullable(),
  subject: z.string(),
  channel: channelSchema,
  createdAt: timestampSchema,
  /** The team it is in now. */
  teamId: idSchema,
  /** The rule being edited matches it (on its own, whatever the order). */
  matched: z.boolean(),
  /** What the whole enabled list chooses first; null = no rule (the customer's last team). */
  chosenRuleId: idSchema.nullable(),
  chosenTeamId: idSchema.nullable(),
});
export type RoutingDryRunRow = z.infer<typeof routingDryRunRowSchema>;

/** IPC channels of Settings → Routing rules (merged into ipcContract); writes are the `routingRule.save` channel. */
export const routingSettingsChannels = {
  /** Routing automations (disabled ones too) by position, the auto-assign cap row and the teams to route to. */
  'routing.settings': {
    input: z.object({}),
    output: z.object({
      rules: z.array(automationRowSchema),
      cap: z.object({ id: idSchema, cap: z.number().int() }).nullable(),
      defaultCap: z.number().int(),
      teams: z.array(z.object({ id: idSchema, name: z.string() })),
    }),
  },
  /** The last `limit` tickets of the replica run through core's chooseTeam with the draft rules. */
  'routing.dryRun': {
    input: z.object({ rules: z.array(routingDraftRuleSchema).max(500), focusRuleId: idSchema.nullable(), limit: z.number().int().min(1).max(1000).default(200) }),
    output: z.object({ rows: z.array(routingDryRunRowSchema), matchedCount: z.number().int() }),
  },
} as const;
