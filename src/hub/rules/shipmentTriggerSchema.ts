import { z } from 'zod';
import { exceptionTypeSchema, idSchema, notificationTriggers } from '../../core';

/** A ShipmentTrigger as stored in deferred_notifications.trigger (jsonb): checked when read back. */
export const shipmentTriggerSchema = z.object({
  event: z.object({
    trigger: z.enum(notificationTriggers),
    shipmentId: idSchema,
    customerId: idSchema,
    exceptionType: exceptionTypeSchema.nullable(),
  }),
  exceptionId: idSchema.nullable(),
});
