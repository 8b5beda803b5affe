import { z } from 'zod';
import { idSchema, timestampSchema } from './ids';
import { shipmentActionKindSchema } from '../shipmentActions/shipmentActionKinds';

/**
 * requested: recorded, not yet handed to the carrier; waiting: this hub has no connector for the
 * carrier (held until one is configured); sent: the carrier took it, no answer yet; then one of
 * accepted / refused (the carrier said no, with its reason) / failed (never reached it).
 */
export const shipmentActionStateSchema = z.enum(['requested', 'waiting', 'sent', 'accepted', 'refused', 'failed']);
export type ShipmentActionState = z.infer<typeof shipmentActionStateSchema>;

/** States that never change again: the first final answer wins. */
export const finalShipmentActionStates: readonly ShipmentActionState[] = ['accepted', 'refused', 'failed'];

/** A request to a carrier about a shipment, kept on the shipment (tenant-wide) with its outcome. */
export const shipmentActionRowSchema = z.object({
  id: idSchema,
  shipmentId: idSchema,
  customerId: idSchema,
  /** The ticket it was asked from (its thread shows it); null from the customer 360. */
  ticketId: idSchema.nullable(),
  /** The shipment's carrier when asked: which connector receives it. */
  carrier: z.string().min(1).max(100),
  kind: shipmentActionKindSchema,
  /** The kind's details (shipmentActionRequestSchema), as the agent gave them. */
  details: z.record(z.string(), z.unknown()),
  state: shipmentActionStateSchema,
  /** Why it was refused, failed or is waiting, in words for the agent; null otherwise. */
  reason: z.string().max(2000).nullable(),
  /** The carrier's reference (claim number, pickup confirmation) once it answered. */
  carrierReference: z.string().max(200).nullable(),
  requestedBy: idSchema,
  requestedAt: timestampSchema,
  settledAt: timestampSchema.nullable(),
  updatedAt: timestampSchema,
});
export type ShipmentActionRow = z.infer<typeof shipmentActionRowSchema>;
