import { z } from 'zod';
import { idSchema } from '../domain/ids';
import type { AgentRow } from '../domain/rows';
import { tenantScope } from '../domain/scopes';
import { defineMutation } from './MutationDef';
import { requireAgent } from './access';
import { MutationRejection } from './MutationRejection';

export const agentSetSignatureArgs = z.object({
  agentId: idSchema,
  /** Markdown; '' removes the signature. */
  signature: z.string().max(5_000, 'signature is longer than 5,000 characters'),
});
export type AgentSetSignatureArgs = z.input<typeof agentSetSignatureArgs>;

/** An agent sets their own email signature (appended to their email replies). Nobody sets another's. */
export const agentSetSignature = defineMutation({
  name: 'agent.setSignature',
  callers: 'agents',
  args: agentSetSignatureArgs,
  reads: (args) => [{ entity: 'agents', id: args.agentId }],
  apply(args, rows, ctx) {
    const agent = requireAgent(ctx.actor);
    if (agent.agentId !== args.agentId) throw new MutationRejection('forbidden', 'You can only change your own signature.');
    const before = rows.get('agents', args.agentId);
    if (!before) throw new MutationRejection('not_found', `Agent ${args.agentId} does not exist.`);
    const row: AgentRow = { ...before, signature: args.signature.replace(/\s+$/, '') };
    return [{ op: 'upsert', entity: 'agents', id: row.id, scope: tenantScope, row }];
  },
});
