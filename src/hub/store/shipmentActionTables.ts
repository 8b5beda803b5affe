import { boolean, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { ms, msOrNull } from './columns';

/** Requests to carriers about shipments (core shipmentActionRowSchema); replicated tenant-wide. */
export const shipmentActions = pgTable(
  'shipment_actions',
  {
    id: uuid('id').primaryKey(),
    shipmentId: uuid('shipment_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    ticketId: uuid('ticket_id'),
    carrier: text('carrier').notNull(),
    kind: text('kind', { enum: ['reschedule', 'change_address', 'redirect', 'hold_at_depot', 'book_pickup', 'cancel', 'claim'] }).notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
    state: text('state', { enum: ['requested', 'waiting', 'sent', 'accepted', 'refused', 'failed'] }).notNull(),
    reason: text('reason'),
    carrierReference: text('carrier_reference'),
    requestedBy: uuid('requested_by').notNull(),
    requestedAt: ms('requested_at'),
    settledAt: msOrNull('settled_at'),
    updatedAt: ms('updated_at'),
  },
  (t) => [index('shipment_actions_shipment_idx').on(t.shipmentId), index('shipment_actions_state_idx').on(t.state)],
);

/**
 * Hub-only (never replicated): where each carrier's TMS/carrier connector listens and the secret
 * both sides sign with (our requests, its callbacks). Set by an admin (connectors/ routes).
 */
export const carrierConnectors = pgTable('carrier_connectors', {
  carrier: text('carrier').primaryKey(),
  url: text('url').notNull(),
  secret: text('secret').notNull(),
  /** A disabled connector holds new requests as waiting, as a missing one does (answers still settle). */
  enabled: boolean('enabled').notNull().default(true),
  updatedAt: ms('updated_at'),
});
