import { bigint, customType, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';

const ms = (name: string) => bigint(name, { mode: 'number' }).notNull();
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * Every accepted webhook delivery, keyed by (source, delivery id): a repeated delivery answers
 * from here instead of being processed again. status: queued → done | failed; deliveries still
 * queued when a hub stopped are resumed from `payload` at the next start.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    source: text('source').notNull(),
    deliveryId: text('delivery_id').notNull(),
    receivedAt: ms('received_at'),
    status: text('status', { enum: ['queued', 'done', 'failed'] }).notNull(),
    result: jsonb('result').$type<Record<string, unknown>>(),
    /** The raw body while queued, so a hub restart resumes the work; cleared once processed. */
    payload: bytea('payload'),
  },
  (t) => [primaryKey({ columns: [t.source, t.deliveryId] }), index('webhook_deliveries_status_idx').on(t.status)],
);

/**
 * Email attachment bytes, by storage key. Kept in the database rather than on a disk so every
 * hub node (scale-out over one PostgreSQL) can serve every attachment.
 */
export const ingestAttachments = pgTable('ingest_attachments', {
  storageKey: text('storage_key').primaryKey(),
  filename: text('filename').notNull(),
  contentType: text('content_type').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  bytes: bytea('bytes').notNull(),
  createdAt: ms('created_at'),
});

/**
 * Hub-only identities that have no column of their own: a social handle or chat visitor id →
 * contact, an ERP account number → customer. Keys are prefixed by kind ("handle:x:@ana").
 */
export const ingestIdentities = pgTable('ingest_identities', {
  key: text('key').primaryKey(),
  customerId: uuid('customer_id').notNull(),
  contactId: uuid('contact_id'),
});

/** A conversation's thread key (chat session, social thread) → the ticket it is on. */
export const ingestThreads = pgTable('ingest_threads', {
  threadKey: text('thread_key').primaryKey(),
  ticketId: uuid('ticket_id').notNull(),
});

/**
 * Webhook signatures seen within the tolerance window, shared by every hub node: a captured
 * request replayed (even under another delivery id, for v1 senders) is refused. Rows older than
 * the window are pruned.
 */
export const webhookSignaturesSeen = pgTable(
  'webhook_signatures_seen',
  {
    signature: text('signature').primaryKey(),
    source: text('source').notNull(),
    seenAt: ms('seen_at'),
  },
  (t) => [index('webhook_signatures_seen_at_idx').on(t.seenAt)],
);
