import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { agentRoleSchema } from '../domain/rows';

/** The shortest password the hub accepts (sign-in, change, reset, invite). */
export const minPasswordLength = 10;

/**
 * An admin invites an agent (hub route and desktop channel alike). Without `password` the hub
 * makes a one-time initial password and answers it once; it is stored only as a hash.
 */
export const agentInviteSchema = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(200),
  email: z.email({ message: 'must be an email address' }).transform((e) => e.trim().toLowerCase()),
  role: agentRoleSchema,
  teamId: idSchema,
  password: z.string().min(minPasswordLength, `must be at least ${minPasswordLength} characters`).max(1024).optional(),
});
export type AgentInvite = z.input<typeof agentInviteSchema>;
