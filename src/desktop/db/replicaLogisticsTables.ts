import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { ExceptionSeverity, ExceptionStatus, ExceptionType, OrderLine, OrderStatus, ShipmentMode, ShipmentStatus, TrackingSource, TrackingStatus } from '../../core';

export const orders = sqliteTable(
  'orders',
  {
    id: text('id').primaryKey(),
    customerId: text('customer_id').notNull(),
    number: text('number').notNull(),
    status: text('status').$type<OrderStatus>().notNull(),
    lines: text('lines', { mode: 'json' }).$type<OrderLine[]>().notNull(),
    currency: text('currency').notNull(),
    total: real('total').notNull(),
    promisedDate: integer('promised_date'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    index('orders_customer_idx').on(t.customerId),
    index('orders_number_idx').on(t.number),
    // Dashboard customer segments: orders of a period, covering all but the lines.
    index('orders_created_idx').on(t.createdAt, t.customerId, t.currency, t.total),
  ],
);

export const shipments = sqliteTable(
  'shipments',
  {
    id: text('id').primaryKey(),
    orderId: text('order_id'),
    customerId: text('customer_id').notNull(),
    carrier: text('carrier').notNull(),
    trackingNumber: text('tracking_number').notNull(),
    mode: text('mode').$type<ShipmentMode>().notNull(),
    origin: text('origin').notNull(),
    destination: text('destination').notNull(),
    promisedDate: integer('promised_date'),
    eta: integer('eta'),
    status: text('status').$type<ShipmentStatus>().notNull(),
    lastEventAt: integer('last_event_at'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    index('shipments_customer_idx').on(t.customerId),
    index('shipments_order_idx').on(t.orderId),
    index('shipments_tracking_idx').on(t.trackingNumber),
    // Dashboard: on-time delivery (delivered in a period) and customer segments (created in a period).
    index('shipments_status_event_idx').on(t.status, t.lastEventAt, t.promisedDate),
    index('shipments_created_idx').on(t.createdAt, t.customerId, t.id),
  ],
);

export const trackingEvents = sqliteTable(
  'tracking_events',
  {
    id: text('id').primaryKey(),
    shipmentId: text('shipment_id').notNull(),
    status: text('status').$type<TrackingStatus>().notNull(),
    rawCode: text('raw_code').notNull(),
    rawReason: text('raw_reason'),
    carrier: text('carrier').notNull(),
    location: text('location'),
    occurredAt: integer('occurred_at').notNull(),
    flagged: integer('flagged', { mode: 'boolean' }).notNull(),
    source: text('source').$type<TrackingSource>().notNull(),
  },
  (t) => [index('tracking_events_shipment_idx').on(t.shipmentId, t.occurredAt)],
);

export const exceptions = sqliteTable(
  'exceptions',
  {
    id: text('id').primaryKey(),
    type: text('type').$type<ExceptionType>().notNull(),
    severity: text('severity').$type<ExceptionSeverity>().notNull(),
    status: text('status').$type<ExceptionStatus>().notNull(),
    shipmentId: text('shipment_id'),
    customerId: text('customer_id').notNull(),
    teamId: text('team_id').notNull(),
    ticketId: text('ticket_id'),
    detectedAt: integer('detected_at').notNull(),
    acknowledgedAt: integer('acknowledged_at'),
    resolvedAt: integer('resolved_at'),
    note: text('note'),
    dedupeKey: text('dedupe_key').notNull(),
    assigneeId: text('assignee_id'),
    acknowledgedBy: text('acknowledged_by'),
    resolvedBy: text('resolved_by'),
    resolutionNote: text('resolution_note'),
    notifiedAt: integer('notified_at'),
    orderId: text('order_id'),
  },
  (t) => [
    index('exceptions_team_status_idx').on(t.teamId, t.status, t.detectedAt),
    index('exceptions_shipment_idx').on(t.shipmentId),
    index('exceptions_order_idx').on(t.orderId),
    index('exceptions_customer_idx').on(t.customerId, t.status),
    // The queue (every team for admins) reads unresolved rows newest first, and counts them by kind.
    index('exceptions_status_detected_idx').on(t.status, t.detectedAt),
    index('exceptions_status_type_severity_idx').on(t.status, t.type, t.severity),
    index('exceptions_ticket_idx').on(t.ticketId),
    // Dashboard: exceptions by type over a period.
    index('exceptions_detected_idx').on(t.detectedAt, t.type, t.teamId),
  ],
);
