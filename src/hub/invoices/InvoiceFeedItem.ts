import type { InvoiceUpsertPayload } from '../../core/ingest';

/** One validated invoice of a delivery: the feed's fields, its PDF decoded (checked: a PDF, within the size limit). */
export type InvoiceFeedItem = Omit<InvoiceUpsertPayload, 'pdf'> & { pdf?: { name: string; bytes: Buffer } };
