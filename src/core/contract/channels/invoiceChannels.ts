import { z } from 'zod';
import { idSchema } from '../../domain/ids';
import { invoiceRowSchema } from '../../domain/invoiceRow';

/** An invoice as the 360 and the composer list it: the row plus its state now (overdue is read from the due date). */
export const invoiceListItemSchema = invoiceRowSchema.extend({
  state: z.enum(['open', 'partially_paid', 'overdue', 'paid', 'void']),
});
export type InvoiceListItem = z.infer<typeof invoiceListItemSchema>;

export const currencyBalanceSchema = z.object({
  currency: z.string(),
  dueMinor: z.number().int(),
  overdueMinor: z.number().int(),
  invoices: z.number().int(),
});

/** IPC channels of ERP invoices, merged into ipcContract. */
export const invoiceChannels = {
  /** A customer's invoices in the replica, newest first, with the open balance per currency. */
  'invoices.forCustomer': {
    input: z.object({ customerId: idSchema }),
    output: z.object({ invoices: z.array(invoiceListItemSchema), balance: z.array(currencyBalanceSchema) }),
  },
  /** An invoice's PDF, fetched from the hub (PDFs are not kept on this computer); offline fails with code `offline`. */
  'invoices.pdf': {
    input: z.object({ id: idSchema }),
    output: z.object({ name: z.string(), dataBase64: z.string() }),
  },
} as const;
