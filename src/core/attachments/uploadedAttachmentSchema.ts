import { z } from 'zod';
import { maxAttachmentBytes, uploadKeyPattern } from './outboundAttachmentLimits';
import { invoicePdfKeyPattern } from '../invoices/invoicePdfKey';

/**
 * A file an agent attached to a reply or note: its bytes are uploaded to the hub under `storageKey`,
 * or an invoice PDF the hub already holds (`inv/…`, checked against the invoice by message.send).
 */
export const uploadedAttachmentSchema = z.object({
  name: z.string().trim().min(1, 'file name is empty').max(500),
  contentType: z.string().min(1).max(200),
  size: z
    .number()
    .int()
    .nonnegative()
    .max(maxAttachmentBytes, `file is larger than ${maxAttachmentBytes / 1024 / 1024} MB`),
  storageKey: z.string().refine((k) => uploadKeyPattern.test(k) || invoicePdfKeyPattern.test(k), 'is not an upload key'),
});
export type UploadedAttachment = z.infer<typeof uploadedAttachmentSchema>;
