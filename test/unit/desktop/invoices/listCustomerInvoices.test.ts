import { afterEach, describe, expect, it } from 'vitest';
import { uuidv7, type InvoiceRow } from '../../../../src/core';
import { openLocalStore, type LocalStore } from '../../../../src/desktop/db/localStore';
import { listCustomerInvoices } from '../../../../src/desktop/queries/invoices/listCustomerInvoices';
import { tempDir } from '../../../fixtures/desktop/tempDir';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 7, 12, 0);

describe('a customer’s invoices from the replica', () => {
  const dir = tempDir('relay-invoices-');
  let store: LocalStore;
  afterEach(() => store?.close());

  it('lists them newest first with their state now, and sums the open balance per currency', () => {
    store = openLocalStore(dir.file(`${uuidv7()}.sqlite`));
    const customerId = uuidv7(NOW);
    const row = (number: string, over: Partial<InvoiceRow>): InvoiceRow => ({
      id: uuidv7(NOW), customerId, number, orderNumbers: ['SO-1'], status: 'open', currency: 'EUR', amountMinor: 10_000, paidMinor: 0,
      issuedAt: NOW - 20 * DAY, dueAt: NOW + 10 * DAY, pdf: null, createdAt: NOW, updatedAt: NOW, ...over,
    });
    store.transaction(() => {
      store.rows.put('invoices', row('INV-OVERDUE', { issuedAt: NOW - 40 * DAY, dueAt: NOW - 10 * DAY }));
      store.rows.put('invoices', row('INV-OPEN', { issuedAt: NOW - 5 * DAY }));
      store.rows.put('invoices', row('INV-PAID', { issuedAt: NOW - 60 * DAY, dueAt: NOW - 30 * DAY, status: 'paid', paidMinor: 10_000 }));
      store.rows.put('invoices', row('INV-USD', { issuedAt: NOW - 2 * DAY, currency: 'USD', amountMinor: 500 }));
      store.rows.put('invoices', row('INV-OTHER', { customerId: uuidv7(NOW) }));
    });
    const listed = listCustomerInvoices(store.db, customerId, NOW);
    expect(listed.invoices.map((i) => [i.number, i.state])).toEqual([
      ['INV-USD', 'open'],
      ['INV-OPEN', 'open'],
      ['INV-OVERDUE', 'overdue'],
      ['INV-PAID', 'paid'],
    ]);
    expect(listed.balance).toEqual([
      { currency: 'EUR', dueMinor: 20_000, overdueMinor: 10_000, invoices: 2 },
      { currency: 'USD', dueMinor: 500, overdueMinor: 0, invoices: 1 },
    ]);
  });
});
