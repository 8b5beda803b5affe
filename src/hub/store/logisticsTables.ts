import { sql } from 'drizzle-orm';
import { boolean, doublePrecision, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { OrderLine } from '../../core';
import { ms, msOrNull } from './columns';
import { customers, teams } from './peopleTables';

export const orders = pgTable(
  'orders',
  {
    id: uuid('id').primaryKey(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    number: text('number').notNull(),
    status: text('status', {
      enum: ['pending', 'confirmed', 'picking', 'backordered', 'picked', 'packed', 'shipped', 'partially_shipped', 'delivered', 'cancelled', 'returned'],
    }).notNull(),
    lines: jsonb('lines').$type<OrderLine[]>().notNull(),
    currency: text('currency').notNull(),
    total: doublePrecision('total').notNull(),
    promisedDate: msOrNull('promised_date'),
    createdAt: ms('created_at'),
    updatedAt: ms('updated_at'),
  },
  (t) => [uniqueIndex('orders_number_idx').on(t.number), index('orders_customer_idx').on(t.customerId)],
);

export const shipments = pgTable(
  'shipments',
  {
    id: uuid('id').primaryKey(),
    orderId: uuid('order_id').references(() => orders.id),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    carrier: text('carrier').notNull(),
    trackingNumber: text('tracking_number').notNull(),
    mode: text('mode', { enum: ['parcel', 'ltl', 'ftl', 'ocean', 'air'] }).notNull(),
    origin: text('origin').notNull(),
    destination: text('destination').notNull(),
    promisedDate: msOrNull('promised_date'),
    eta: msOrNull('eta'),
    status: text('status', {
      enum: ['pending', 'in_transit', 'out_for_delivery', 'delivered', 'exception', 'returned', 'cancelled'],
    }).notNull(),
    lastEventAt: msOrNull('last_event_at'),
    createdAt: ms('created_at'),
    updatedAt: ms('updated_at'),
  },
  (t) => [
    uniqueIndex('shipments_carrier_tracking_idx').on(t.carrier, t.trackingNumber),
    index('shipments_tracking_idx').on(t.trackingNumber),
    index('shipments_order_idx').on(t.orderId),
    index('shipments_customer_idx').on(t.customerId),
    // Stale detection scans shipments still moving by their last scan.
    index('shipments_status_last_event_idx').on(t.status, t.lastEventAt),
  ],
);

export const trackingEvents = pgTable(
  'tracking_events',
  {
    id: uuid('id').primaryKey(),
    shipmentId: uuid('shipment_id')
      .notNull()
      .references(() => shipments.id),
    status: text('status').notNull(),
    rawCode: text('raw_code').notNull(),
    rawReason: text('raw_reason'),
    carrier: text('carrier').notNull(),
    location: text('location'),
    occurredAt: ms('occurred_at'),
    flagged: boolean('flagged').notNull(),
    source: text('source', { enum: ['x12_214', 'json', 'tms'] }).notNull(),
  },
  (t) => [
    index('tracking_events_shipment_idx').on(t.shipmentId, t.occurredAt),
    index('tracking_events_flagged_idx').on(t.flagged).where(sql`${t.flagged}`),
  ],
);

export const exceptions = pgTable(
  'exceptions',
  {
    id: uuid('id').primaryKey(),
    type: text('type', {
      enum: ['delay', 'damaged', 'lost', 'customs_hold', 'failed_delivery', 'address_issue', 'refused', 'returned', 'stale', 'backorder', 'short_pick'],
    }).notNull(),
    severity: text('severity', { enum: ['low', 'medium', 'high', 'critical'] }).notNull(),
    status: text('status', { enum: ['open', 'acknowledged', 'resolved'] }).notNull(),
    // Null for an order's warehouse exception (orderId set instead).
    shipmentId: uuid('shipment_id').references(() => shipments.id),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id),
    // No foreign key: the linked ticket may be deleted or re-linked independently of the exception.
    ticketId: uuid('ticket_id'),
    detectedAt: ms('detected_at'),
    acknowledgedAt: msOrNull('acknowledged_at'),
    resolvedAt: msOrNull('resolved_at'),
    note: text('note'),
    dedupeKey: text('dedupe_key').notNull(),
    assigneeId: uuid('assignee_id'),
    acknowledgedBy: uuid('acknowledged_by'),
    resolvedBy: uuid('resolved_by'),
    resolutionNote: text('resolution_note'),
    notifiedAt: msOrNull('notified_at'),
    orderId: uuid('order_id').references(() => orders.id),
  },
  (t) => [
    index('exceptions_order_idx').on(t.orderId),
    index('exceptions_shipment_type_status_idx').on(t.shipmentId, t.type, t.status),
    index('exceptions_team_idx').on(t.teamId, t.id),
    index('exceptions_team_status_idx').on(t.teamId, t.status),
    // Re-detection never duplicates: one unresolved exception per dedupe key.
    uniqueIndex('exceptions_open_dedupe_idx').on(t.dedupeKey).where(sql`${t.status} <> 'resolved'`),
  ],
);
