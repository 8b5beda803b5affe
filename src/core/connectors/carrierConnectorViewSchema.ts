import { z } from 'zod';

/** A carrier's connector as admins see it (the secret never leaves the hub), with how it has been doing. */
export const carrierConnectorViewSchema = z.object({
  carrier: z.string(),
  /** Null: no connector yet (a carrier of the hub's shipments an admin may add one for). */
  url: z.string().nullable(),
  secretSet: z.boolean(),
  enabled: z.boolean(),
  updatedAt: z.number().nullable(),
  /** Requests held for this carrier (no connector, or disabled). */
  waiting: z.number().int().nonnegative(),
  /** The latest request that went out or was answered, and how it stands. */
  lastOutcome: z.object({ state: z.enum(['sent', 'accepted', 'refused', 'failed']), reason: z.string().nullable(), at: z.number() }).nullable(),
});
export type CarrierConnectorView = z.infer<typeof carrierConnectorViewSchema>;
