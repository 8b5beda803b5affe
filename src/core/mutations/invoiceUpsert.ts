import { z } from 'zod';
import { idSchema, timestampSchema } from '../domain/ids';
import { invoicePdfSchema, invoiceRowSchema, type InvoiceRow } from '../domain/invoiceRow';
import { customerRowSchema } from '../domain/rows';
import { tenantScope } from '../domain/scopes';
import { invoiceIdOfPdfKey } from '../invoices/invoicePdfKey';
import { defineMutation, type RowChange } from './MutationDef';
import { MutationRejection } from './MutationRejection';
import { requireSystemActor } from './access';

const row = invoiceRowSchema.shape;

export const invoiceUpsertArgs = z.object({
  /** The delivery's invoices in feed order; a number sent twice has the same `invoiceId` both times. */
  invoices: z
    .array(
      z.object({
        /** The known invoice with this number, or the id of the invoice to create (a hub read). */
        invoiceId: idSchema,
        /** The customer the feed named, resolved by the hub (possibly one of `newCustomers`). */
        customerId: idSchema,
        number: row.number,
        orderNumbers: row.orderNumbers,
        status: row.status,
        currency: row.currency,
        amountMinor: row.amountMinor,
        /** Absent: all of it when paid, else nothing. */
        paidMinor: row.paidMinor.optional(),
        issuedAt: timestampSchema,
        dueAt: timestampSchema,
        /** The PDF the hub already stored for this invoice; absent: a known invoice keeps its own. */
        pdf: invoicePdfSchema.optional(),
      }),
    )
    .min(1)
    .max(1000),
  /** Customers the feed named that nobody knew (an unknown ERP account or email), written first. */
  newCustomers: z.array(customerRowSchema).max(1000),
});
export type InvoiceUpsertArgs = z.infer<typeof invoiceUpsertArgs>;

/**
 * A delivery of the ERP's invoices (ingest), upserted by invoice number: a known invoice keeps its
 * id, creation time and (unless a new one came) its PDF. Billing-status changes go out live like
 * any change. Each invoice is written once, in its final state.
 */
export const invoiceUpsert = defineMutation({
  name: 'invoice.upsert',
  callers: 'system',
  args: invoiceUpsertArgs,
  reads: (args) => [...new Set(args.invoices.map((i) => i.invoiceId))].map((id) => ({ entity: 'invoices' as const, id })),
  apply(args, rows, ctx) {
    requireSystemActor(ctx.actor, ['system:ingest']);
    const current = new Map<string, InvoiceRow>();
    for (const i of args.invoices) {
      // A PDF key names its invoice, so an attachment always leads back to the invoice it belongs to.
      if (i.pdf && invoiceIdOfPdfKey(i.pdf.storageKey) !== i.invoiceId) {
        throw new MutationRejection('invalid_args', `Invoice ${i.number}: its PDF is stored under another invoice's key.`);
      }
      const existing = current.get(i.invoiceId) ?? rows.get('invoices', i.invoiceId);
      current.set(
        i.invoiceId,
        invoiceRowSchema.parse({
          id: i.invoiceId,
          customerId: i.customerId,
          number: i.number,
          orderNumbers: i.orderNumbers,
          status: i.status,
          currency: i.currency,
          amountMinor: i.amountMinor,
          paidMinor: i.paidMinor ?? (i.status === 'paid' ? i.amountMinor : 0),
          issuedAt: i.issuedAt,
          dueAt: i.dueAt,
          pdf: i.pdf ?? existing?.pdf ?? null,
          createdAt: existing?.createdAt ?? ctx.now,
          updatedAt: ctx.now,
        }),
      );
    }
    return [
      ...args.newCustomers.map((c): RowChange => ({ op: 'upsert', entity: 'customers', id: c.id, scope: tenantScope, row: c })),
      ...[...current.values()].map((i): RowChange => ({ op: 'upsert', entity: 'invoices', id: i.id, scope: tenantScope, row: i })),
    ];
  },
});
