import type { IngestHandler } from '../ingest/IngestHandler';
import type { IngestOptions } from '../ingest/IngestOptions';
import type { IngestResult } from '../ingest/IngestWriters';
import { parseJsonBody } from '../ingest/parseJsonBody';
import type { InvoiceFeedItem } from './InvoiceFeedItem';
import { validateInvoiceBatch } from './validateInvoiceBatch';

/** POST /api/v1/ingest/invoices: one invoice or an array, JSON; PDFs inline as base64 (ingest README). */
export function invoiceIngestHandler(store: (items: { index: number; value: InvoiceFeedItem }[]) => Promise<IngestResult>, options: Pick<IngestOptions, 'maxAttachmentBytes'>): IngestHandler {
  return {
    contentTypes: ['application/json'],
    prepare(body) {
      const json = parseJsonBody(body);
      if (!json.ok) return { ok: false, status: 400, message: json.reason };
      const validated = validateInvoiceBatch(json.value, options.maxAttachmentBytes);
      if ('error' in validated) return { ok: false, status: 400, message: validated.error };
      if (validated.items.length === 0) {
        return { ok: false, status: 400, message: 'No valid item in the batch.', details: { accepted: 0, rejected: validated.rejected } };
      }
      return { ok: true, ack: { accepted: validated.items.length, rejected: validated.rejected }, run: () => store(validated.items) };
    },
  };
}
