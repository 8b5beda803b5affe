import { z } from 'zod';
import { idSchema, timestampSchema } from './ids';

/** What the warehouse (WMS) reports about an order, in the order it usually happens. */
export const warehouseEventTypeSchema = z.enum(['backordered', 'short_picked', 'picked', 'packed', 'shipped']);
export type WarehouseEventType = z.infer<typeof warehouseEventTypeSchema>;

/** A line the warehouse could not pick (short pick) or has to wait for (backorder): SKU and quantity missing. */
export const warehouseLineSchema = z.object({
  sku: z.string().trim().min(1).max(100),
  quantity: z.number().int().positive(),
});
export type WarehouseLine = z.infer<typeof warehouseLineSchema>;

/** One warehouse event of an order (tenant scope, like tracking events of a shipment). */
export const warehouseEventRowSchema = z.object({
  id: idSchema,
  orderId: idSchema,
  type: warehouseEventTypeSchema,
  occurredAt: timestampSchema,
  /** The site as the WMS names it ("Rotterdam DC"), when sent. */
  warehouse: z.string().max(200).nullable(),
  /** Backordered: when the missing goods are expected in. */
  expectedDate: timestampSchema.nullable(),
  /** Short picked / backordered: the lines missing. */
  lines: z.array(warehouseLineSchema).max(1000),
  /** Shipped: the shipment the tracking number names (linked or created). */
  shipmentId: idSchema.nullable(),
  /** Shipped: only part of the order left (the rest follows); warehouse exceptions stay open. */
  partial: z.boolean(),
  note: z.string().max(2000).nullable(),
  createdAt: timestampSchema,
});
export type WarehouseEventRow = z.infer<typeof warehouseEventRowSchema>;
