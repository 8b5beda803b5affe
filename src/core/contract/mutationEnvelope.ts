import { z } from 'zod';
import { idSchema, timestampSchema } from '../domain/ids';

/** A mutation as it travels from desktop to hub; `args` are checked against the named definition. */
export const mutationEnvelopeSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(100),
  args: z.unknown(),
  clientId: idSchema,
  createdAt: timestampSchema,
});
export type MutationEnvelope = z.infer<typeof mutationEnvelopeSchema>;

export const rejectionCodeSchema = z.enum(['invalid_args', 'unknown_mutation', 'not_found', 'forbidden', 'conflict']);

export const mutationResultSchema = z.discriminatedUnion('status', [
  z.object({
    id: idSchema,
    status: z.literal('applied'),
    /** Highest change-log seq the mutation wrote, per scope; the client keeps its effect until it has caught up to these. */
    seqs: z.record(z.string(), z.number().int()),
  }),
  z.object({
    id: idSchema,
    status: z.literal('rejected'),
    error: z.object({ code: rejectionCodeSchema, message: z.string() }),
  }),
]);
export type MutationResult = z.infer<typeof mutationResultSchema>;
