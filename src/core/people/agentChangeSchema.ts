import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { agentRoleSchema } from '../domain/rows';

/** An admin's change to an agent's name, role or team (at least one). */
export const agentChangeSchema = z
  .object({ name: z.string().trim().min(1, 'must not be empty').max(200).optional(), role: agentRoleSchema.optional(), teamId: idSchema.optional() })
  .refine((b) => b.name !== undefined || b.role !== undefined || b.teamId !== undefined, {
    message: 'nothing to change: give name, role or teamId',
  });
export type AgentChange = z.infer<typeof agentChangeSchema>;
