import { z } from 'zod';
import { idSchema } from '../domain/ids';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((s) => (s ? s : undefined));

/**
 * A page of the audit log, newest first, with its filters (hub query string and desktop channel
 * alike). Keyset paging: entries strictly older than (`before`, `beforeId`), the last entry of the
 * previous page, so entries sharing a timestamp are neither skipped nor repeated.
 */
export const auditQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(500).default(100),
    before: z.coerce.number().int().positive().optional(),
    beforeId: idSchema.optional(),
    actorId: idSchema.optional(),
    /** The audited entity kind, e.g. `agents`, `tickets`. */
    entity: optionalText(60),
    /** An action or mutation name, or its prefix: `agent.` matches every agent action. */
    action: optionalText(80),
    /** Inclusive lower and exclusive upper bound on `at` (ms). */
    from: z.coerce.number().int().nonnegative().optional(),
    to: z.coerce.number().int().positive().optional(),
    /** Words found anywhere in the entry: action, entity, id or its before/after detail. */
    q: optionalText(200),
  })
  .refine((q) => q.beforeId === undefined || q.before !== undefined, { message: 'beforeId needs before', path: ['beforeId'] })
  .refine((q) => q.from === undefined || q.to === undefined || q.from < q.to, { message: 'from must be before to', path: ['from'] });
export type AuditQuery = z.input<typeof auditQuerySchema>;
