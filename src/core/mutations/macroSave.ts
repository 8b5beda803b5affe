import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { channelSchema } from '../domain/rows';
import { tenantScope } from '../domain/scopes';
import { macroRowSchema, type MacroRow } from '../domain/workspaceRows';
import { mayEditMacro } from '../macros/mayEditMacro';
import { defineMutation } from './MutationDef';
import { MutationRejection } from './MutationRejection';

export const macroSaveArgs = z.object({
  id: idSchema,
  title: z.string().trim().min(1, 'Give the macro a title').max(300),
  body: z.string().trim().min(1, 'Write the reply').max(50_000),
  /** Channel it is written for; null = any. */
  channel: channelSchema.nullable(),
  /** Shared with everyone (leads and admins) or the author's own. */
  shared: z.boolean(),
  /** Archiving hides it from every picker; saving again with false restores it. */
  archived: z.boolean().default(false),
});
export type MacroSaveArgs = z.infer<typeof macroSaveArgs>;

/**
 * An agent writes their personal macros; leads and admins also shared ones (see mayEditMacro).
 * A personal macro stays its owner's: nobody else can edit, share or archive it.
 */
export const macroSave = defineMutation({
  name: 'macro.save',
  callers: 'agents',
  args: macroSaveArgs,
  reads: (args) => [{ entity: 'macros', id: args.id }],
  apply(args, rows, ctx) {
    const existing = rows.get('macros', args.id);
    let ownerAgentId: string | null;
    if (ctx.actor.kind === 'system') {
      if (ctx.actor.systemId !== 'system:seed') throw new MutationRejection('forbidden', `${ctx.actor.systemId} cannot write macros.`);
      ownerAgentId = args.shared ? null : (existing?.ownerAgentId ?? null);
    } else {
      const actor = ctx.actor;
      if (existing && !mayEditMacro(actor, existing)) {
        throw new MutationRejection('forbidden', existing.ownerAgentId === null ? 'Only team leads and admins can change shared macros.' : "This is another agent's personal macro.");
      }
      if (args.shared && !mayEditMacro(actor, { ownerAgentId: null })) throw new MutationRejection('forbidden', 'Only team leads and admins can share macros.');
      // Made personal: it becomes the author's own (a lead can take a shared macro private).
      ownerAgentId = args.shared ? null : actor.agentId;
    }
    const row: MacroRow = macroRowSchema.parse({ id: args.id, title: args.title, body: args.body, channel: args.channel, ownerAgentId, archived: args.archived });
    return [{ op: 'upsert', entity: 'macros', id: args.id, scope: tenantScope, row }];
  },
});
