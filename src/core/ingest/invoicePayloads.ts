import { z } from 'zod';
import { invoiceStatusSchema } from '../domain/invoiceRow';
import { customerRefSchema } from './logisticsPayloads';
import { webhookTimeSchema } from './webhookTime';

const ref = z.string().trim().min(1, 'is empty').max(100);
const minor = z.number().int('must be whole minor units (cents)').nonnegative();

/** The invoice's PDF inside the feed: base64 bytes (size and "%PDF-" are checked by the hub). */
export const invoicePdfPayloadSchema = z.object({
  /** File name shown to agents and customers; default "<invoice number>.pdf". */
  name: z.string().trim().min(1).max(200).optional(),
  base64: z
    .string()
    .min(8, 'is too short to be a PDF')
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'is not base64'),
});

/** ERP invoice upsert, keyed by the invoice number. Amounts in integer minor units of `currency`. */
export const invoiceUpsertPayloadSchema = z
  .object({
    number: ref,
    customer: customerRefSchema,
    orderNumbers: z.array(ref).max(100).default(() => []),
    status: invoiceStatusSchema,
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code'),
    amountMinor: minor,
    /** Omitted: all of it when paid, else nothing (a partly paid invoice must say how much). */
    paidMinor: minor.optional(),
    issuedAt: webhookTimeSchema,
    dueAt: webhookTimeSchema,
    /** Omitted: a known invoice keeps its PDF. */
    pdf: invoicePdfPayloadSchema.optional(),
  })
  .refine((i) => i.status !== 'partially_paid' || i.paidMinor !== undefined, { message: 'a partially_paid invoice needs paidMinor', path: ['paidMinor'] })
  .refine((i) => i.paidMinor === undefined || i.paidMinor <= i.amountMinor, { message: 'is more than amountMinor', path: ['paidMinor'] })
  .refine((i) => i.dueAt >= i.issuedAt, { message: 'is before issuedAt', path: ['dueAt'] });
export type InvoiceUpsertPayload = z.infer<typeof invoiceUpsertPayloadSchema>;
