import { afterEach, describe, expect, it } from 'vitest';
import { defaultReplicationWindow, uuidv7, type InvoiceRow } from '../../../../src/core';
import { openLocalStore, type LocalStore } from '../../../../src/desktop/db/localStore';
import { pruneReplica } from '../../../../src/desktop/prune/pruneReplica';
import { recordOpen } from '../../../../src/desktop/prune/recordOpen';
import { tempDir } from '../../../fixtures/desktop/tempDir';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 1, 12, 0);

describe('pruning invoices from the replica', () => {
  const dir = tempDir('relay-prune-invoices-');
  let store: LocalStore;
  afterEach(() => store?.close());

  const invoice = (number: string, status: InvoiceRow['status'], updatedAt: number, customerId = uuidv7(NOW)): InvoiceRow => ({
    id: uuidv7(updatedAt), customerId, number, orderNumbers: [], status, currency: 'EUR', amountMinor: 1_000, paidMinor: status === 'paid' ? 1_000 : 0,
    issuedAt: updatedAt - 30 * DAY, dueAt: updatedAt - DAY, pdf: null, createdAt: updatedAt - 30 * DAY, updatedAt,
  });

  it('drops old paid and void invoices; keeps unpaid ones of any age, recent ones, and those of a customer just opened', async () => {
    store = openLocalStore(dir.file(`${uuidv7()}.sqlite`));
    const opened = uuidv7(NOW);
    const rows = [
      invoice('OLD-PAID', 'paid', NOW - 200 * DAY),
      invoice('OLD-VOID', 'void', NOW - 150 * DAY),
      invoice('OLD-OPEN', 'open', NOW - 300 * DAY),
      invoice('OLD-PART', 'partially_paid', NOW - 300 * DAY),
      invoice('NEW-PAID', 'paid', NOW - 10 * DAY),
      invoice('OPENED-PAID', 'paid', NOW - 200 * DAY, opened),
    ];
    store.transaction(() => rows.forEach((r) => store.rows.put('invoices', r)));
    recordOpen(store, 'customers', opened, NOW - DAY);
    const report = await pruneReplica(store, { window: defaultReplicationWindow, now: NOW, spareOpenedMs: 14 * DAY });
    expect(report.complete).toBe(true);
    expect(report.removed.invoices).toBe(2);
    const left = store.sqlite.prepare<[], { number: string }>('SELECT number FROM invoices ORDER BY number').all().map((r) => r.number);
    expect(left).toEqual(['NEW-PAID', 'OLD-OPEN', 'OLD-PART', 'OPENED-PAID']);
  });
});
