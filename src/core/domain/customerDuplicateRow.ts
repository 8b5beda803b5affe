import { z } from 'zod';
import { idSchema, timestampSchema } from './ids';
import { duplicateReasonSchema } from '../customers/duplicateReasons';

export const customerDuplicateStatusSchema = z.enum(['open', 'dismissed', 'merged']);
export type CustomerDuplicateStatus = z.infer<typeof customerDuplicateStatusSchema>;

/**
 * Two customers the hub's duplicate detection thinks are one (tenant-wide). `customerId` is the
 * older of the two; a lead merges them or dismisses the pair, which is then never flagged again.
 */
export const customerDuplicateRowSchema = z.object({
  id: idSchema,
  customerId: idSchema,
  otherId: idSchema,
  reasons: z.array(duplicateReasonSchema).min(1),
  status: customerDuplicateStatusSchema,
  detectedAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type CustomerDuplicateRow = z.infer<typeof customerDuplicateRowSchema>;
