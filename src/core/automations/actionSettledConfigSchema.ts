import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { shipmentActionKindSchema } from '../shipmentActions/shipmentActionKinds';
import { notificationThrottleSchema } from './notificationThrottleSchema';

/** The trigger of the automation that tells a customer how their shipment action was answered. */
export const actionSettledTrigger = 'shipment_action.settled';

/** `shipment_action.settled`: which outcomes are told, with which macro (an outcome left out or null is not told). */
export const actionSettledConfigSchema = z
  .object({
    actionKinds: z.array(shipmentActionKindSchema).nullable().default(null),
    outcomes: z.object({ accepted: idSchema.nullable().default(null), refused: idSchema.nullable().default(null), failed: idSchema.nullable().default(null) }),
    channel: z.enum(['email', 'sms', 'chat', 'social']).nullable().default(null),
    throttle: notificationThrottleSchema,
  })
  .refine((c) => Object.values(c.outcomes).some((id) => id !== null), { message: 'name a macro for at least one outcome', path: ['outcomes'] });

