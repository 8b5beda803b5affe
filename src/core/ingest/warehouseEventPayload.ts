import { z } from 'zod';
import { warehouseEventTypeSchema, warehouseLineSchema } from '../domain/warehouseEventRow';
import { shipmentModeSchema } from '../logistics/trackingStatus';
import { webhookTimeSchema } from './webhookTime';

const ref = z.string().trim().min(1, 'is empty').max(100);

/**
 * A WMS event about an order, keyed by the order number. What each type needs: backordered an
 * `expectedDate`, short_picked the `lines` short, shipped a `carrier` and `trackingNumber`.
 */
export const warehouseEventPayloadSchema = z
  .object({
    orderNumber: ref,
    type: warehouseEventTypeSchema,
    occurredAt: webhookTimeSchema,
    warehouse: z.string().trim().max(200).optional(),
    expectedDate: webhookTimeSchema.optional(),
    lines: z.array(warehouseLineSchema).max(1000).default([]),
    carrier: ref.optional(),
    trackingNumber: ref.optional(),
    /** Shipped: the mode of a shipment the hub does not know yet. */
    mode: shipmentModeSchema.default('parcel'),
    /** Shipped: only part of the order left. */
    partial: z.boolean().default(false),
    note: z.string().max(2000).optional(),
  })
  .superRefine((p, ctx) => {
    if (p.type === 'backordered' && p.expectedDate === undefined) ctx.addIssue({ code: 'custom', path: ['expectedDate'], message: 'a backorder needs expectedDate' });
    if (p.type === 'short_picked' && p.lines.length === 0) ctx.addIssue({ code: 'custom', path: ['lines'], message: 'a short pick needs the lines short' });
    if (p.type === 'shipped' && (p.carrier === undefined || p.trackingNumber === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['trackingNumber'], message: 'a shipped event needs carrier and trackingNumber' });
    }
  });
export type WarehouseEventPayload = z.infer<typeof warehouseEventPayloadSchema>;
