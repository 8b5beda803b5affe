import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Requests to carriers about shipments (core shipmentActionRowSchema); `details` as JSON. */
export const shipmentActions = sqliteTable(
  'shipment_actions',
  {
    id: text('id').primaryKey(),
    shipmentId: text('shipment_id').notNull(),
    customerId: text('customer_id').notNull(),
    ticketId: text('ticket_id'),
    carrier: text('carrier').notNull(),
    kind: text('kind', { enum: ['reschedule', 'change_address', 'redirect', 'hold_at_depot', 'book_pickup', 'cancel', 'claim'] }).notNull(),
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    state: text('state', { enum: ['requested', 'waiting', 'sent', 'accepted', 'refused', 'failed'] }).notNull(),
    reason: text('reason'),
    carrierReference: text('carrier_reference'),
    requestedBy: text('requested_by').notNull(),
    requestedAt: integer('requested_at').notNull(),
    settledAt: integer('settled_at'),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [index('shipment_actions_shipment_idx').on(t.shipmentId), index('shipment_actions_ticket_idx').on(t.ticketId)],
);
