import { boolean, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { WarehouseLine } from '../../core';
import { ms, msOrNull } from './columns';
import { orders, shipments } from './logisticsTables';

/** The warehouse feed's events, per order (core warehouseEventRow). */
export const warehouseEvents = pgTable(
  'warehouse_events',
  {
    id: uuid('id').primaryKey(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id),
    type: text('type', { enum: ['backordered', 'short_picked', 'picked', 'packed', 'shipped'] }).notNull(),
    occurredAt: ms('occurred_at'),
    warehouse: text('warehouse'),
    expectedDate: msOrNull('expected_date'),
    lines: jsonb('lines').$type<WarehouseLine[]>().notNull(),
    shipmentId: uuid('shipment_id').references(() => shipments.id),
    partial: boolean('partial').notNull(),
    note: text('note'),
    createdAt: ms('created_at'),
  },
  // Repeat checks read (order, type, time); the 360 reads an order's events by time.
  (t) => [index('warehouse_events_order_idx').on(t.orderId, t.occurredAt, t.type)],
);
