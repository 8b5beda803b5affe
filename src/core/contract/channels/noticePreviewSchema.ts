import { z } from 'zod';
import { quietHoursSchema } from '../../domain/customerPreferences';
import { idSchema } from '../../domain/ids';
import { channelSchema } from '../../domain/rows';
import { exceptionTypeSchema } from '../../logistics/exceptionKinds';

/** One recipient of a bulk exception notice, as the agent reviews it before sending (see recipientWarnings). */
export const noticePreviewSchema = z.object({
  exceptionId: idSchema,
  customerName: z.string(),
  /** The macro filled for this customer; the agent may edit it before sending. */
  text: z.string(),
  /** Why this exception gets no message of its own (same shipment as another, not synced yet); null = it does. */
  skipped: z.string().nullable(),
  facts: z.object({
    customerName: z.string(),
    channel: channelSchema.nullable(),
    templateUsesEta: z.boolean(),
    eta: z.number().int().nullable(),
    exception: z.object({ type: exceptionTypeSchema, macroFits: z.boolean() }).nullable(),
    customerLanguage: z.string(),
    quietHours: quietHoursSchema.nullable(),
  }),
});
export type NoticePreview = z.infer<typeof noticePreviewSchema>;
