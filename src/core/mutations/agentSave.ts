import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { agentRoleSchema, type AgentRow } from '../domain/rows';
import { tenantScope } from '../domain/scopes';
import { defineMutation } from './MutationDef';
import { requireAdmin } from './access';
import { MutationRejection } from './MutationRejection';

export const agentSaveArgs = z.object({
  /** A new id creates the agent; an existing one changes it. */
  id: idSchema,
  name: z.string().trim().min(1, 'must not be empty').max(200),
  email: z.string().trim().toLowerCase().pipe(z.email({ message: 'must be an email address' })),
  role: agentRoleSchema,
  teamId: idSchema,
  /**
   * The agent that holds `email` now, as the caller read it (the hub's admin routes read it
   * under the write lock); null when free. Emails are not ids, so `reads` cannot load it.
   */
  emailHolderId: idSchema.nullable(),
});
export type AgentSaveArgs = z.input<typeof agentSaveArgs>;

/**
 * An admin (or the seed) creates an agent or changes their name, email, role or team. The
 * password hash, active flag and token version are hub-only columns the hub writes beside it.
 */
export const agentSave = defineMutation({
  name: 'agent.save',
  callers: 'hub',
  args: agentSaveArgs,
  reads: (args) => [
    { entity: 'agents', id: args.id },
    { entity: 'teams', id: args.teamId },
  ],
  apply(args, rows, ctx) {
    requireAdmin(ctx.actor);
    if (!rows.get('teams', args.teamId)) throw new MutationRejection('not_found', `Team ${args.teamId} does not exist.`);
    if (args.emailHolderId !== null && args.emailHolderId !== args.id) {
      throw new MutationRejection('conflict', `An agent with email ${args.email} already exists.`);
    }
    // An admin demoting themselves could leave the workspace without one: another admin must do it.
    if (ctx.actor.kind !== 'system' && ctx.actor.agentId === args.id && args.role !== 'admin') {
      throw new MutationRejection('conflict', 'You cannot remove your own admin role; ask another admin.');
    }
    const before = rows.get('agents', args.id);
    const row: AgentRow = {
      id: args.id,
      teamId: args.teamId,
      name: args.name,
      email: args.email,
      role: args.role,
      createdAt: before?.createdAt ?? ctx.now,
      // The signature is the agent's own (agent.setSignature); an admin's edit keeps it.
      signature: before?.signature ?? '',
    };
    return [{ op: 'upsert', entity: 'agents', id: row.id, scope: tenantScope, row }];
  },
});
