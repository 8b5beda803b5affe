import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { InvoicePdf, InvoiceStatus } from '../../core';

/** ERP invoices as replicated; the PDF stays on the hub (`invoices.pdf` fetches it). */
export const invoices = sqliteTable(
  'invoices',
  {
    id: text('id').primaryKey(),
    customerId: text('customer_id').notNull(),
    number: text('number').notNull(),
    orderNumbers: text('order_numbers', { mode: 'json' }).$type<string[]>().notNull(),
    status: text('status').$type<InvoiceStatus>().notNull(),
    currency: text('currency').notNull(),
    amountMinor: integer('amount_minor').notNull(),
    paidMinor: integer('paid_minor').notNull(),
    issuedAt: integer('issued_at').notNull(),
    dueAt: integer('due_at').notNull(),
    pdf: text('pdf', { mode: 'json' }).$type<InvoicePdf>(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [index('invoices_customer_idx').on(t.customerId, t.issuedAt), index('invoices_number_idx').on(t.number)],
);
