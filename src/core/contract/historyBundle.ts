import { z } from 'zod';
import { entityNameSchema } from '../domain/entities';
import { cursorsSchema } from './syncProtocol';

/**
 * What the hub's history routes (`/api/v1/history/*`) answer: whole rows by entity (each
 * validated by its entity schema where it is used), and the heads of the caller's scopes read
 * in the same transaction, so a desktop can tell whether its replica is already past them.
 */
export const historyBundleSchema = z.object({
  heads: cursorsSchema,
  rows: z.partialRecord(entityNameSchema, z.array(z.record(z.string(), z.unknown()))),
  /** Customer history only: ask again with `before` = this for older rows; null when there are none. */
  nextBefore: z.number().int().nonnegative().nullable(),
});
export type HistoryBundle = z.infer<typeof historyBundleSchema>;
