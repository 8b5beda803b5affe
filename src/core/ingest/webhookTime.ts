import { z } from 'zod';

/**
 * A point in time as webhook senders write it: ISO 8601 with an offset, or epoch ms.
 * Always becomes epoch ms (Relay's only time format).
 */
export const webhookTimeSchema = z.union([
  z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time with offset, or epoch ms' }).transform((s) => Date.parse(s)),
  z.number().int().nonnegative(),
]);
