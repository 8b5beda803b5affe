import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { defineMutation } from './MutationDef';
import { requireAdmin } from './access';
import { MutationRejection } from './MutationRejection';

export const agentDeactivateArgs = z.object({ id: idSchema });
export type AgentDeactivateArgs = z.infer<typeof agentDeactivateArgs>;

/**
 * An admin deactivates an agent. The `active` flag and the token revocation are hub-only (not
 * replicated), so this changes no replicated row: it is the access check and the audited fact,
 * and the hub writes the flag in the same transaction.
 */
export const agentDeactivate = defineMutation({
  name: 'agent.deactivate',
  callers: 'hub',
  args: agentDeactivateArgs,
  reads: (args) => [{ entity: 'agents', id: args.id }],
  apply(args, rows, ctx) {
    requireAdmin(ctx.actor);
    if (ctx.actor.kind === 'system') throw new MutationRejection('forbidden', `${ctx.actor.systemId} does not deactivate agents.`);
    if (ctx.actor.agentId === args.id) throw new MutationRejection('conflict', 'You cannot deactivate yourself; ask another admin.');
    if (!rows.get('agents', args.id)) throw new MutationRejection('not_found', `Agent ${args.id} does not exist.`);
    return [];
  },
});
