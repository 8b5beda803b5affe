import { createHash } from 'node:crypto';
import { invoicePdfKey, uuidv7, type InvoicePdf, type InvoiceUpsertArgs } from '../../core';
import type { HubContext } from '../HubContext';
import { blobStoreOf } from '../blobs/blobStoreOf';
import type { BatchOutcome } from '../ingest/write/BatchOutcome';
import { CustomerRefs } from '../ingest/write/CustomerRefs';
import { ingestActor } from '../ingest/write/ingestActor';
import { commitMutation } from '../write/commitMutation';
import type { Transacted } from '../write/WriteLane';
import type { InvoiceFeedItem } from './InvoiceFeedItem';
import { findInvoicesByNumber } from './findInvoicesByNumber';

export interface StoredInvoice {
  invoiceId: string;
  created: boolean;
  /** True when this item brought a PDF (stored, or already there byte for byte). */
  pdf: boolean;
}

/**
 * Stores an invoices delivery as ONE core mutation `invoice.upsert` (system:ingest). PDFs go to
 * the blob store first, under keys naming their invoice (so a row never names a missing file;
 * a repeat of the same bytes is a no-op). Invoice deliveries run in their own ordered line, so
 * the ids read before the transaction hold inside it; an item whose number appeared meanwhile
 * fails alone rather than forking the invoice. Unknown customers are created like the orders feed.
 */
export async function storeInvoiceBatch(ctx: HubContext, items: readonly { index: number; value: InvoiceFeedItem }[]): Promise<BatchOutcome<StoredInvoice>> {
  const before = await findInvoicesByNumber(ctx.db, items.map((i) => i.value.number));
  const ids = new Map(before);
  for (const { value } of items) if (!ids.has(value.number)) ids.set(value.number, uuidv7(ctx.now()));

  const blobs = blobStoreOf(ctx);
  const pdfs = new Map<number, InvoicePdf>();
  const written: string[] = [];
  for (const { index, value } of items) {
    if (!value.pdf) continue;
    const sha = createHash('sha256').update(value.pdf.bytes).digest('hex');
    const storageKey = invoicePdfKey(ids.get(value.number)!, sha);
    const existing = await blobs.stat(storageKey);
    if (!existing || existing.sha256 !== sha) {
      await blobs.put(storageKey, { bytes: value.pdf.bytes, filename: value.pdf.name, contentType: 'application/pdf' });
      written.push(storageKey);
    }
    pdfs.set(index, { name: value.pdf.name, contentType: 'application/pdf', size: value.pdf.bytes.length, storageKey });
  }

  const outcome = await ctx.lane.transact(async (tx): Promise<Transacted<BatchOutcome<StoredInvoice>>> => {
    const now = ctx.now();
    const known = await findInvoicesByNumber(tx, items.map((i) => i.value.number));
    const refs = await CustomerRefs.load(tx, items.map((i) => i.value.customer), now);
    const result: BatchOutcome<StoredInvoice> = { stored: [], failed: [] };
    const invoices: InvoiceUpsertArgs['invoices'] = [];
    for (const { index, value: p } of items) {
      const invoiceId = ids.get(p.number)!;
      const stillKnown = known.get(p.number);
      if (stillKnown !== undefined && stillKnown !== invoiceId) {
        result.failed.push({ index, reason: `invoice ${p.number} was created meanwhile by another delivery; send it again` });
        continue;
      }
      const customer = refs.resolve(p.customer);
      if ('reason' in customer) {
        result.failed.push({ index, reason: customer.reason });
        continue;
      }
      const { customer: _named, pdf: _bytes, ...fields } = p;
      const pdf = pdfs.get(index);
      invoices.push({ ...fields, invoiceId, customerId: customer.customerId, ...(pdf ? { pdf } : {}) });
      result.stored.push({ index, invoiceId, created: !before.has(p.number) && !result.stored.some((s) => s.invoiceId === invoiceId), pdf: pdf !== undefined });
    }
    if (invoices.length === 0) return { value: result, batches: [] };
    const args: InvoiceUpsertArgs = { invoices, newCustomers: refs.newCustomers };
    const audit = { action: 'invoice.upsert', entity: 'invoices', entityId: invoices[0]!.invoiceId, detail: { stored: result.stored.length, failed: result.failed.length } };
    const committed = await commitMutation(tx, { name: 'invoice.upsert', args }, ingestActor, now, { audit });
    await refs.save(tx);
    return { value: result, batches: committed.batches };
  });

  // Files written for invoices that did not come to be (every item of that number failed) are not kept.
  const kept = new Set(outcome.stored.map((s) => s.invoiceId));
  for (const key of written) if (!kept.has(key.split('/')[1]!)) await blobs.delete(key);
  return outcome;
}
