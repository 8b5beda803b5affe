import { z } from 'zod';
import { entityNameSchema } from '../domain/entities';
import { scopeSchema } from '../domain/scopes';

/** One entry of the hub's change log as it travels to desktops: the full new row, or a removal. */
export const changeRowSchema = z.object({
  seq: z.number().int().positive(),
  scope: scopeSchema,
  entity: entityNameSchema,
  op: z.enum(['upsert', 'delete']),
  id: z.string().min(1),
  /** The full row for upserts (validated against the entity's schema on apply); null for deletes. */
  row: z.record(z.string(), z.unknown()).nullable(),
});
export type ChangeRow = z.infer<typeof changeRowSchema>;
