import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { tenantScope } from '../domain/scopes';
import type { AutomationRow } from '../domain/workspaceRows';
import { mayEditRouting } from '../routing/mayEditRouting';
import { openTicketCapSetting } from '../routing/openTicketCapSetting';
import { routingConfigSchema, routingTrigger } from '../routing/routingRuleSchema';
import { defineMutation, type Actor, type RowChange, type RowReader } from './MutationDef';
import { MutationRejection } from './MutationRejection';

const ruleNameSchema = z.string().trim().min(1, 'Name the rule').max(300);

export const routingRuleSaveArgs = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rule'), id: idSchema, name: ruleNameSchema, enabled: z.boolean(), config: routingConfigSchema }),
  z.object({ kind: z.literal('remove'), id: idSchema }),
  /** The rules in the order they should run (they swap the positions they hold). */
  z.object({ kind: z.literal('order'), ids: z.array(idSchema).min(1).max(500) }),
  /** The auto-assign cap; `id` is the tenant's cap row (a new id when there is none yet). */
  z.object({ kind: z.literal('cap'), id: idSchema, cap: openTicketCapSetting.configSchema.shape.cap }),
]);
export type RoutingRuleSaveArgs = z.infer<typeof routingRuleSaveArgs>;

function requireRoutingEditor(actor: Actor): void {
  const allowed = actor.kind === 'system' ? actor.systemId === 'system:seed' : mayEditRouting(actor.role);
  if (!allowed) throw new MutationRejection('forbidden', 'Only team leads and admins can change routing rules.');
}

/** The automation row at `id` when it is one of `trigger`'s (or absent); any other automation is not this mutation's to touch. */
function rowOf(rows: RowReader, id: string, trigger: string): AutomationRow | undefined {
  const row = rows.get('automations', id);
  if (row && row.trigger !== trigger) throw new MutationRejection('forbidden', `Automation ${id} is not a routing setting.`);
  return row;
}

const upsert = (row: AutomationRow): RowChange => ({ op: 'upsert', entity: 'automations', id: row.id, scope: tenantScope, row });

/**
 * Leads and admins edit routing rules (automations with trigger `ticket.routing`) and the open-ticket
 * cap; other automations are `setting.save`'s. Configs are checked with routingConfigSchema, as the
 * admin routes do, and the target team must exist.
 */
export const routingRuleSave = defineMutation({
  name: 'routingRule.save',
  callers: 'agents',
  args: routingRuleSaveArgs,
  reads: (args) => {
    if (args.kind === 'order') return args.ids.map((id) => ({ entity: 'automations' as const, id }));
    if (args.kind === 'rule') return [{ entity: 'automations', id: args.id }, { entity: 'teams', id: args.config.teamId }];
    return [{ entity: 'automations', id: args.id }];
  },
  apply(args, rows, ctx) {
    requireRoutingEditor(ctx.actor);
    switch (args.kind) {
      case 'rule': {
        rowOf(rows, args.id, routingTrigger);
        if (!rows.get('teams', args.config.teamId)) throw new MutationRejection('not_found', `No team ${args.config.teamId} to route to.`);
        return [upsert({ id: args.id, name: args.name, trigger: routingTrigger, enabled: args.enabled, config: routingConfigSchema.parse(args.config) })];
      }
      case 'remove': {
        if (!rowOf(rows, args.id, routingTrigger)) throw new MutationRejection('not_found', `No routing rule ${args.id}.`);
        return [{ op: 'delete', entity: 'automations', id: args.id, scope: tenantScope, row: null }];
      }
      case 'order': {
        const listed = args.ids.map((id) => {
          const row = rowOf(rows, id, routingTrigger);
          if (!row) throw new MutationRejection('not_found', `No routing rule ${id}.`);
          return row;
        });
        // The rules keep the positions they had, handed out in the new order (a swap of 10 and 20
        // stays 10 and 20); positions that tie cannot order anything, so those become 10, 20, 30…
        const had = listed.map((row) => routingConfigSchema.shape.position.safeParse(row.config.position).data ?? 0).sort((a, b) => a - b);
        const positions = new Set(had).size === had.length ? had : had.map((_, i) => (i + 1) * 10);
        return listed.map((row, i) => upsert({ ...row, config: { ...row.config, position: positions[i] } }));
      }
      case 'cap': {
        const existing = rowOf(rows, args.id, openTicketCapSetting.trigger);
        return [upsert({ id: args.id, name: existing?.name ?? 'Auto-assign open-ticket cap', trigger: openTicketCapSetting.trigger, enabled: true, config: { cap: args.cap } })];
      }
    }
  },
});
