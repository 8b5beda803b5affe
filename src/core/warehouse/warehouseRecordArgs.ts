import { z } from 'zod';
import { idSchema, timestampSchema } from '../domain/ids';
import { warehouseEventRowSchema } from '../domain/warehouseEventRow';
import { shipmentModeSchema } from '../logistics/trackingStatus';

const row = warehouseEventRowSchema.shape;

/** Largest delivery (a JSON batch is capped at 1000 items). */
const MAX_EVENTS = 1000;

export const warehouseRecordArgs = z.object({
  /** The delivery's events in feed order, each with the order the hub matched its number to. */
  events: z
    .array(
      z.object({
        index: z.number().int().nonnegative(),
        orderId: idSchema,
        /** The id of the event row when it is new; unused for a repeat. */
        eventId: idSchema,
        /** The id of the exception it would open; unused when it opens none. */
        exceptionId: idSchema,
        type: row.type,
        occurredAt: row.occurredAt,
        warehouse: row.warehouse,
        expectedDate: row.expectedDate,
        lines: row.lines,
        partial: row.partial,
        note: row.note,
        /** Shipped: the known shipment with this tracking number, or the id of the one to create (a hub read). */
        shipment: z.object({ shipmentId: idSchema, carrier: z.string().min(1).max(100), trackingNumber: z.string().min(1).max(100), mode: shipmentModeSchema }).nullable(),
      }),
    )
    .min(1)
    .max(MAX_EVENTS),
  /** Events already stored with the same order, type and time as one of the delivery's (a hub read). */
  repeats: z.array(z.object({ orderId: idSchema, type: row.type, occurredAt: timestampSchema })).max(MAX_EVENTS),
  /** The orders' unresolved backorder / short-pick exceptions (a hub read). */
  openExceptionIds: z.array(idSchema).max(2 * MAX_EVENTS),
  /** Per order: the team whose queue a new exception goes to, and the open ticket about the order (hub reads). */
  owners: z.array(z.object({ orderId: idSchema, teamId: idSchema.nullable(), ticketId: idSchema.nullable() })).max(MAX_EVENTS),
  /** The lead's backorder threshold (core/warehouse/backorderThresholdSetting), read by the hub. */
  backorderThresholdDays: z.number().min(0).max(365),
});
export type WarehouseRecordArgs = z.infer<typeof warehouseRecordArgs>;
