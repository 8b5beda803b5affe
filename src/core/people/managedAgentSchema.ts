import { z } from 'zod';
import { agentRowSchema } from '../domain/rows';

/** An agent as the Agents settings page lists it: the replicated row plus the hub-only `active` flag. */
export const managedAgentSchema = agentRowSchema.extend({ active: z.boolean() });
export type ManagedAgent = z.infer<typeof managedAgentSchema>;
