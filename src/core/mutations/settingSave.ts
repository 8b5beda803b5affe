import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { entityRowSchemas } from '../domain/entities';
import { tenantScope } from '../domain/scopes';
import { defineMutation, type RowChange } from './MutationDef';
import { requireAdmin } from './access';
import { MutationRejection } from './MutationRejection';
import { csatLowScoreSetting } from '../csat/csatLowScoreSetting';
import { csatSurveySetting } from '../csat/csatSurveySetting';
import { slaAtRiskSetting } from '../rules/sla/slaAtRiskSetting';

/** Settings kept as automation rows check their config here too: a bad one would switch them off without a word. */
const settingConfigSchemas: Record<string, z.ZodType | undefined> = {
  [csatSurveySetting.trigger]: csatSurveySetting.configSchema,
  [csatLowScoreSetting.trigger]: csatLowScoreSetting.configSchema,
  [slaAtRiskSetting.trigger]: slaAtRiskSetting.configSchema,
};

export const settingEntitySchema = z.enum(['sla_policies', 'automations', 'macros']);

export const settingSaveArgs = z.object({
  entity: settingEntitySchema,
  id: idSchema,
  /** The whole row to store (validated against the entity's row schema); null deletes it. */
  row: z.record(z.string(), z.unknown()).nullable(),
});
export type SettingSaveArgs = z.infer<typeof settingSaveArgs>;

/** An admin (or the seed) stores or deletes a workspace setting: an SLA policy, an automation or a macro. */
export const settingSave = defineMutation({
  name: 'setting.save',
  callers: 'agents',
  args: settingSaveArgs,
  reads: (args) => [{ entity: args.entity, id: args.id }],
  apply(args, rows, ctx) {
    requireAdmin(ctx.actor);
    if (args.row === null) {
      if (!rows.get(args.entity, args.id)) throw new MutationRejection('not_found', `No ${args.entity} row ${args.id}.`);
      return [{ op: 'delete', entity: args.entity, id: args.id, scope: tenantScope, row: null }];
    }
    const parsed = entityRowSchemas[args.entity].safeParse({ ...args.row, id: args.id });
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'row'}: ${i.message}`).join('; ');
      throw new MutationRejection('invalid_args', `Invalid ${args.entity} row: ${detail}`);
    }
    const automation = 'trigger' in parsed.data ? parsed.data : null;
    const config = automation ? settingConfigSchemas[automation.trigger]?.safeParse(automation.config) : undefined;
    if (automation && config && !config.success) {
      throw new MutationRejection('invalid_args', `Invalid ${automation.trigger} setting: ${config.error.issues.map((i) => `${i.path.join('.') || 'config'}: ${i.message}`).join('; ')}`);
    }
    // Parsed by this entity's own schema just above; TS cannot follow the entity/row link.
    return [{ op: 'upsert', entity: args.entity, id: args.id, scope: tenantScope, row: parsed.data } as RowChange];
  },
});
