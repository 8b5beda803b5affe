import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { WarehouseEventType, WarehouseLine } from '../../core';

/** The warehouse feed's events, per order (replica of core warehouseEventRow). */
export const warehouseEvents = sqliteTable(
  'warehouse_events',
  {
    id: text('id').primaryKey(),
    orderId: text('order_id').notNull(),
    type: text('type').$type<WarehouseEventType>().notNull(),
    occurredAt: integer('occurred_at').notNull(),
    warehouse: text('warehouse'),
    expectedDate: integer('expected_date'),
    lines: text('lines', { mode: 'json' }).$type<WarehouseLine[]>().notNull(),
    shipmentId: text('shipment_id'),
    partial: integer('partial', { mode: 'boolean' }).notNull(),
    note: text('note'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('warehouse_events_order_idx').on(t.orderId, t.occurredAt)],
);
