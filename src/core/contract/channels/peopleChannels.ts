import { z } from 'zod';
import { idSchema } from '../../domain/ids';
import { agentChangeSchema } from '../../people/agentChangeSchema';
import { auditPageSchema } from '../../people/auditEntrySchema';
import { agentInviteSchema } from '../../people/agentInviteSchema';
import { auditQuerySchema } from '../../people/auditQuerySchema';
import { managedAgentSchema } from '../../people/managedAgentSchema';

const agentId = z.object({ id: idSchema });

/**
 * IPC channels of Settings → Agents and Audit log (merged into ipcContract). Each asks the hub
 * directly with the same schemas its routes use: nothing here is queued, so offline (or working
 * offline) they fail with code `offline` and a sentence to show. Admins manage every agent;
 * leads read their own team (agents and audit entries) and change nothing.
 */
export const peopleChannels = {
  /** Admins: every agent; leads: their team's. With the hub-only `active` flag. */
  'people.agents': { input: z.object({}), output: z.array(managedAgentSchema) },
  /** Creates the agent; `initialPassword` is the one-time password the hub made (null when one was given). */
  'people.invite': {
    input: agentInviteSchema,
    output: z.object({ agent: managedAgentSchema, initialPassword: z.string().nullable() }),
  },
  'people.update': { input: z.object({ id: idSchema, change: agentChangeSchema }), output: managedAgentSchema },
  'people.deactivate': { input: agentId, output: managedAgentSchema },
  'people.reactivate': { input: agentId, output: managedAgentSchema },
  /** A new one-time password made by the hub, shown once; the agent's sessions end. */
  'people.resetPassword': { input: agentId, output: z.object({ newPassword: z.string() }) },
  /** Ends every session of the agent on every computer (their token version moves on). */
  'people.signOutEverywhere': { input: agentId, output: z.object({ disconnectedSockets: z.number().int().nonnegative() }) },
  /** A filtered page of the audit log (admins: all; leads: entries by their team's agents). */
  'people.auditLog': { input: auditQuerySchema, output: auditPageSchema },
} as const;
