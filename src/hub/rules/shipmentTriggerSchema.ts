import { z } from 'zod';
import { exceptionTypeSchema, idSchema, notificationTriggers, shipmentActionKindSchema, shipmentActionOutcomes } from '../../core';

/** A ShipmentTrigger as stored in deferred_notifications.trigger (jsonb): checked when read back. */
export const shipmentTriggerSchema = z.object({
  event: z.object({
    trigger: z.enum(notificationTriggers),
    shipmentId: idSchema,
    customerId: idSchema,
    exceptionType: exceptionTypeSchema.nullable(),
    shipmentActionId: idSchema.nullable().optional(),
    outcome: z.enum(shipmentActionOutcomes).nullable().optional(),
    actionKind: shipmentActionKindSchema.nullable().optional(),
  }),
  exceptionId: idSchema.nullable(),
  ticketId: idSchema.nullable().optional(),
});
