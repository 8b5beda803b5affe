import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { tenantScope } from '../domain/scopes';
import type { AutomationRow } from '../domain/workspaceRows';
import { notificationTriggers } from '../rules/notifications/AutomationConfig';
import { notificationConfigSchema } from '../automations/notificationConfigSchema';
import { actionSettledConfigSchema, actionSettledTrigger } from '../automations/actionSettledConfigSchema';
import { ticketRuleConfigSchema, ticketRuleTrigger } from '../automations/ticketRuleSchema';
import { defineMutation, type RowRef } from './MutationDef';
import { MutationRejection } from './MutationRejection';

/** Triggers this mutation may write: ticket rules and the customer notifications (routing rows are routingRule.save's). */
const editable: ReadonlySet<string> = new Set<string>([ticketRuleTrigger, ...notificationTriggers]);

export const automationSaveArgs = z.object({
  id: idSchema,
  /** The whole automation; null deletes it (ticket rules only). */
  row: z
    .object({
      name: z.string().trim().min(1).max(300),
      trigger: z.string().min(1).max(100),
      enabled: z.boolean(),
      config: z.record(z.string(), z.unknown()),
    })
    .nullable(),
});
export type AutomationSaveArgs = z.infer<typeof automationSaveArgs>;

/** The config checked by its trigger's schema, or why not (the page shows the same words). */
export function parseAutomationConfig(trigger: string, config: unknown): { ok: true; config: Record<string, unknown> } | { ok: false; reason: string } {
  const schema =
    trigger === ticketRuleTrigger ? ticketRuleConfigSchema : trigger === actionSettledTrigger ? actionSettledConfigSchema : notificationTriggers.some((t) => t === trigger) ? notificationConfigSchema : null;
  if (!schema) return { ok: false, reason: `Automations of trigger "${trigger}" are not edited here.` };
  const parsed = schema.safeParse(config);
  if (parsed.success) return { ok: true, config: parsed.data };
  return { ok: false, reason: parsed.error.issues.map((i) => `${i.path.join('.') || 'config'}: ${i.message}`).join('; ') };
}

/** Teams, agents and macros a config names: each must exist. */
function namedRefs(trigger: string, config: Record<string, unknown>): RowRef[] {
  const parsed = parseAutomationConfig(trigger, config);
  if (!parsed.ok) return [];
  if (trigger === actionSettledTrigger) {
    return Object.values(actionSettledConfigSchema.parse(parsed.config).outcomes).flatMap((id): RowRef[] => (id ? [{ entity: 'macros', id }] : []));
  }
  if (trigger !== ticketRuleTrigger) return [{ entity: 'macros', id: String(parsed.config.macroId) }];
  return ticketRuleConfigSchema.parse(parsed.config).actions.flatMap((a): RowRef[] =>
    a.type === 'route' ? [{ entity: 'teams', id: a.teamId }] : a.type === 'assign' ? [{ entity: 'agents', id: a.agentId }] : [],
  );
}

/**
 * A lead or admin stores a ticket rule (trigger → conditions → actions) or edits a customer
 * notification automation (macro, kinds, channel, throttles, on/off), or deletes a ticket rule.
 * The config is validated by its trigger's schema; the teams, agents and macro it names must exist.
 */
export const automationSave = defineMutation({
  name: 'automation.save',
  callers: 'agents',
  args: automationSaveArgs,
  reads: (args) => [{ entity: 'automations', id: args.id }, ...(args.row ? namedRefs(args.row.trigger, args.row.config) : [])],
  apply(args, rows, ctx) {
    if (ctx.actor.kind === 'system' ? ctx.actor.systemId !== 'system:seed' : ctx.actor.role === 'agent') {
      throw new MutationRejection('forbidden', 'Only team leads and admins can change automations.');
    }
    const before = rows.get('automations', args.id);
    if (before && !editable.has(before.trigger)) throw new MutationRejection('forbidden', `The automation "${before.name}" is not edited here.`);
    if (args.row === null) {
      if (!before) throw new MutationRejection('not_found', `No automation ${args.id}.`);
      if (before.trigger !== ticketRuleTrigger) throw new MutationRejection('forbidden', 'Customer notifications are switched off, not deleted.');
      return [{ op: 'delete', entity: 'automations', id: args.id, scope: tenantScope, row: null }];
    }
    if (before && before.trigger !== args.row.trigger) throw new MutationRejection('conflict', 'An automation keeps its trigger; make a new one instead.');
    const parsed = parseAutomationConfig(args.row.trigger, args.row.config);
    if (!parsed.ok) throw new MutationRejection('invalid_args', parsed.reason);
    for (const ref of namedRefs(args.row.trigger, parsed.config)) {
      if (!rows.get(ref.entity, ref.id)) throw new MutationRejection('not_found', `The ${ref.entity === 'teams' ? 'team' : ref.entity === 'agents' ? 'agent' : 'macro'} ${ref.id} does not exist.`);
    }
    const row: AutomationRow = { id: args.id, name: args.row.name, trigger: args.row.trigger, enabled: args.row.enabled, config: parsed.config };
    return [{ op: 'upsert', entity: 'automations', id: args.id, scope: tenantScope, row }];
  },
});
