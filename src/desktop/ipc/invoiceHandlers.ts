import type { invoiceChannels } from '../../core/contract/channels/invoiceChannels';
import { fetchInvoicePdf } from '../invoices/fetchInvoicePdf';
import { listCustomerInvoices } from '../queries/invoices/listCustomerInvoices';
import type { HandlerContext } from './HandlerContext';
import type { FeatureHandlers } from './IpcHandlers';

/** Handlers of the invoice channels (core/contract/channels/invoiceChannels.ts). */
export function createInvoiceHandlers(ctx: HandlerContext): FeatureHandlers<typeof invoiceChannels> {
  return {
    'invoices.forCustomer': async (input) => listCustomerInvoices(ctx.store.db, input.customerId, ctx.now()),
    'invoices.pdf': async (input) => fetchInvoicePdf(ctx, input.id),
  };
}
