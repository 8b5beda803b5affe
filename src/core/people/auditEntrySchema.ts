import { z } from 'zod';
import { idSchema } from '../domain/ids';

/** One audit log entry as the hub answers it, with the actor's name when the actor is an agent. */
export const auditEntrySchema = z.object({
  id: idSchema,
  actorId: idSchema.nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  /** `before` / `after` of the record, plus `actor` and `mutation` when a mutation wrote it. */
  detail: z.record(z.string(), z.unknown()),
  at: z.number(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** A page of entries and where the next one starts (null: no older entries). */
export const auditPageSchema = z.object({
  entries: z.array(auditEntrySchema),
  next: z.object({ before: z.number(), beforeId: idSchema }).nullable(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;
