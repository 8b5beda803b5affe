import { invoiceUpsertPayloadSchema } from '../../core/ingest';
import { validateBatch, type ValidatedBatch } from '../ingest/validateBatch';
import type { InvoiceFeedItem } from './InvoiceFeedItem';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * The invoices feed's items, each validated alone: the schema first, then the PDF (base64 that
 * decodes to a "%PDF-" file of at most `maxPdfBytes`). Bad items are reported by index with why.
 */
export function validateInvoiceBatch(value: unknown, maxPdfBytes: number): ValidatedBatch<InvoiceFeedItem> | { error: string } {
  const checked = validateBatch(invoiceUpsertPayloadSchema, value);
  if ('error' in checked) return checked;
  const out: ValidatedBatch<InvoiceFeedItem> = { items: [], rejected: [...checked.rejected] };
  for (const { index, value: item } of checked.items) {
    const { pdf, ...fields } = item;
    if (!pdf) {
      out.items.push({ index, value: fields });
      continue;
    }
    // base64 is 4 characters per 3 bytes: refuse by length before decoding a huge string.
    const estimated = Math.floor((pdf.base64.length * 3) / 4);
    const bytes = estimated > maxPdfBytes + 2 ? null : Buffer.from(pdf.base64, 'base64');
    if (!bytes || bytes.length > maxPdfBytes) {
      out.rejected.push({ index, reason: `pdf: is ${mb(bytes?.length ?? estimated)}; the limit is ${mb(maxPdfBytes)}` });
    } else if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') {
      out.rejected.push({ index, reason: 'pdf: is not a PDF (it does not start with %PDF-)' });
    } else {
      out.items.push({ index, value: { ...fields, pdf: { name: pdf.name ?? `${item.number}.pdf`, bytes } } });
    }
  }
  out.rejected.sort((a, b) => a.index - b.index);
  return out;
}
