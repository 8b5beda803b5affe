import { z } from 'zod';
import { agentRowSchema } from '../../domain/rows';

const sessionSchema = z.object({
  hubUrl: z.string().nullable(),
  agent: agentRowSchema.nullable(),
});

/** What the sign-out dialog needs: how many changes would be left behind, and whether they can go now. */
export const pendingSummarySchema = z.object({
  /** Local changes the hub has not received yet. */
  unsent: z.number().int().nonnegative(),
  /** False while offline, paused or signed out: "Send now" cannot work then. */
  canSendNow: z.boolean(),
  /** Why "Send now" is unavailable, in words for the agent; null when it is available. */
  cannotSendReason: z.string().nullable(),
});
export type PendingSummary = z.infer<typeof pendingSummarySchema>;

/** One unsent change as exported. */
export const exportedChangeSchema = z.object({
  mutationId: z.string().min(1),
  name: z.string().min(1),
  args: z.unknown(),
  createdAt: z.number().int(),
});

/** The file "Export…" writes: readable JSON naming whose changes they are and for which hub. */
export const pendingExportSchema = z.object({
  format: z.literal('relay-pending-changes'),
  version: z.literal(1),
  exportedAt: z.number().int(),
  agent: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  hub: z.string(),
  changes: z.array(exportedChangeSchema),
});
export type PendingExport = z.infer<typeof pendingExportSchema>;

/**
 * IPC channels of the session feature (`domain.verb` → input and output zod schemas), merged
 * into ipcContract. Keep this file to this feature's channels.
 */
export const sessionChannels = {
  'session.get': { input: z.object({}), output: sessionSchema },
  'session.signIn': {
    input: z.object({
      hubUrl: z.url({ protocol: /^https?$/, message: 'hub address must be an http(s) URL' }).optional(),
      email: z.email({ message: 'enter a valid email address' }),
      password: z.string().min(1, 'enter your password'),
    }),
    /** `notice`: something the agent must hear, e.g. the previous agent's unsent changes were kept for them. */
    output: sessionSchema.extend({ notice: z.string().nullable().default(null) }),
  },
  'session.pendingSummary': { input: z.object({}), output: pendingSummarySchema },
  /**
   * Signs out. With unsent changes, `pending` must say what happens to them: 'send' pushes them
   * and waits for the hub's answers first; 'keep' parks them for this agent (sent when they sign
   * in again). `everywhere` asks the hub to end every session of the agent; `revoked` says
   * whether the hub confirmed (false: signed out on this computer only, the hub was unreachable).
   */
  'session.signOut': {
    input: z.object({ everywhere: z.boolean().default(false), pending: z.enum(['send', 'keep']).optional() }),
    output: z.object({ ok: z.literal(true), revoked: z.boolean() }),
  },
  /** The unsent changes as a JSON file's content (nothing is changed). */
  'session.exportPending': {
    input: z.object({}),
    output: z.object({ fileName: z.string(), content: z.string(), count: z.number().int().nonnegative() }),
  },
  /** Changes the password on the hub; the hub ends every other session and the app keeps working with the new token. */
  'session.changePassword': {
    input: z.object({
      currentPassword: z.string().min(1, 'enter your current password'),
      newPassword: z.string().min(10, 'the new password needs at least 10 characters').max(1_000),
    }),
    output: z.object({ ok: z.literal(true) }),
  },
} as const;
