import { z } from 'zod';
import { idSchema, timestampSchema } from './ids';
import { invoicePdfKeyPattern } from '../invoices/invoicePdfKey';

/** Billing status as the ERP states it; "overdue" is not stored but read from the due date (invoiceState). */
export const invoiceStatusSchema = z.enum(['open', 'partially_paid', 'paid', 'void']);
export type InvoiceStatus = z.infer<typeof invoiceStatusSchema>;

/** The invoice's PDF, kept in the hub's blob store under `inv/<invoice id>/<sha256[0:16]>`. */
export const invoicePdfSchema = z.object({
  name: z.string().min(1).max(500),
  contentType: z.literal('application/pdf'),
  size: z.number().int().nonnegative(),
  storageKey: z.string().regex(invoicePdfKeyPattern, 'is not an invoice PDF key'),
});
export type InvoicePdf = z.infer<typeof invoicePdfSchema>;

/**
 * An ERP invoice (tenant-wide, like orders). Money is in integer minor units of `currency`
 * (EUR 1,250.00 = 125000), so sums are exact.
 */
export const invoiceRowSchema = z.object({
  id: idSchema,
  customerId: idSchema,
  /** The ERP's invoice number, what customers quote (e.g. "INV-2026-0142"). */
  number: z.string().min(1).max(100),
  /** Order numbers the invoice bills, as the ERP names them. */
  orderNumbers: z.array(z.string().min(1).max(100)).max(100),
  status: invoiceStatusSchema,
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code'),
  amountMinor: z.number().int().nonnegative(),
  /** Paid so far; equals `amountMinor` once paid. */
  paidMinor: z.number().int().nonnegative(),
  issuedAt: timestampSchema,
  dueAt: timestampSchema,
  pdf: invoicePdfSchema.nullable(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type InvoiceRow = z.infer<typeof invoiceRowSchema>;
