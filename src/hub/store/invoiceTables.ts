import { bigint, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { InvoicePdf } from '../../core';
import { ms } from './columns';
import { customers } from './peopleTables';

/** ERP invoices (replicated, tenant scope); the PDF's bytes live in the blob store under `pdf.storageKey`. */
export const invoices = pgTable(
  'invoices',
  {
    id: uuid('id').primaryKey(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    number: text('number').notNull(),
    orderNumbers: jsonb('order_numbers').$type<string[]>().notNull(),
    status: text('status', { enum: ['open', 'partially_paid', 'paid', 'void'] }).notNull(),
    currency: text('currency').notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    paidMinor: bigint('paid_minor', { mode: 'number' }).notNull(),
    issuedAt: ms('issued_at'),
    dueAt: ms('due_at'),
    pdf: jsonb('pdf').$type<InvoicePdf>(),
    createdAt: ms('created_at'),
    updatedAt: ms('updated_at'),
  },
  (t) => [uniqueIndex('invoices_number_idx').on(t.number), index('invoices_customer_idx').on(t.customerId), index('invoices_status_idx').on(t.status, t.updatedAt)],
);
