import { createHash } from 'node:crypto';
import { invoicePdfKey, invoiceRowSchema, type CustomerRow, type InvoiceRow, type OrderRow, type RowChange } from '../../core';
import { tenantScope } from '../../core';
import { renderInvoicePdf } from '../invoices/renderInvoicePdf';
import { deterministicIds } from './deterministicIds';

const DAY = 86_400_000;

export interface DemoInvoices {
  rows: RowChange[];
  /** The PDFs the rows name, to put in the blob store under their keys. */
  pdfs: { storageKey: string; name: string; bytes: Buffer }[];
}

/**
 * One invoice per demo order that was not cancelled, issued a day after the order, due 14 to 45
 * days later, with a small PDF. Two in three invoices older than 5 days are paid; of the rest
 * some are part paid and the others open (overdue once past due). Same result on every run.
 */
export function demoInvoices(seedRows: readonly RowChange[], now: number): DemoInvoices {
  const customers = new Map<string, CustomerRow>();
  const orders: OrderRow[] = [];
  for (const change of seedRows) {
    if (change.op !== 'upsert') continue;
    if (change.entity === 'customers') customers.set(change.id, change.row);
    if (change.entity === 'orders' && change.row.status !== 'cancelled') orders.push(change.row);
  }
  const nextId = deterministicIds(0x1e7015);
  const out: DemoInvoices = { rows: [], pdfs: [] };
  orders.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  orders.forEach((order, n) => {
    const issuedAt = order.createdAt + DAY;
    if (issuedAt > now) return;
    const dueAt = issuedAt + [14, 30, 30, 45][n % 4]! * DAY;
    const amountMinor = Math.round(order.total * 100);
    const status = issuedAt < now - 5 * DAY && n % 3 !== 0 ? 'paid' : n % 5 === 2 ? 'partially_paid' : 'open';
    const paidMinor = status === 'paid' ? amountMinor : status === 'partially_paid' ? Math.round(amountMinor / 2) : 0;
    const id = nextId(issuedAt);
    const number = `INV-${order.number.replace(/^\D+/, '')}`;
    const customer = customers.get(order.customerId);
    const money = `${order.currency} ${(amountMinor / 100).toFixed(2)}`;
    const bytes = renderInvoicePdf({
      title: `Invoice ${number}`,
      lines: [
        `Bill to: ${customer?.name ?? 'Customer'}`,
        `Order: ${order.number}`,
        `Issued: ${new Date(issuedAt).toISOString().slice(0, 10)}`,
        `Due: ${new Date(dueAt).toISOString().slice(0, 10)}`,
        `Amount: ${money}`,
        'Relay Logistics demo invoice',
      ],
    });
    const storageKey = invoicePdfKey(id, createHash('sha256').update(bytes).digest('hex'));
    const row: InvoiceRow = invoiceRowSchema.parse({
      id,
      customerId: order.customerId,
      number,
      orderNumbers: [order.number],
      status,
      currency: order.currency,
      amountMinor,
      paidMinor,
      issuedAt,
      dueAt,
      pdf: { name: `${number}.pdf`, contentType: 'application/pdf', size: bytes.length, storageKey },
      createdAt: issuedAt,
      updatedAt: status === 'paid' ? Math.min(now, dueAt - 5 * DAY) : issuedAt,
    });
    out.rows.push({ op: 'upsert', entity: 'invoices', id, scope: tenantScope, row });
    out.pdfs.push({ storageKey, name: `${number}.pdf`, bytes });
  });
  return out;
}
