import { z } from 'zod';
import { entityNameSchema } from '../domain/entities';

/** What the status indicator shows: connection, sync progress and unsent work. */
export const syncStatusSchema = z.object({
  connection: z.enum(['signed_out', 'connecting', 'online', 'offline']),
  /** When the connection was last lost (epoch ms); null while online. */
  offlineSince: z.number().nullable(),
  /** True while the replica is catching up (snapshot or delta). */
  syncing: z.boolean(),
  /** Snapshot progress during first sync; null otherwise. */
  progress: z
    .object({ entity: entityNameSchema, done: z.number().int(), total: z.number().int() })
    .nullable(),
  /** Local changes not yet confirmed by the hub. */
  unsent: z.number().int().nonnegative(),
  /** Local changes the hub refused that the agent has not dismissed yet (see `sync.failures`). */
  refused: z.number().int().nonnegative(),
  /** Why the last connection attempt or send failed, in words an agent can act on; null once it works again. */
  lastError: z.string().nullable(),
  /** When the next automatic attempt starts (epoch ms; "Retry now" skips the wait); null when none is waiting. */
  retryAt: z.number().nullable(),
  /**
   * Rises with every change: the renderer gets the status both as events and in IPC replies,
   * which may arrive out of order, and keeps the newest (an older reply must never win).
   */
  version: z.number().int().nonnegative(),
  /** The agent chose "Work offline". */
  paused: z.boolean(),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;
