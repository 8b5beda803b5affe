import { z } from 'zod';
import { idSchema, shipmentActionKindSchema } from '../../core';
import { notificationThrottleSchema } from './notificationThrottleSchema';

/** `shipment_action.settled`: which outcomes are told, with which macro (an outcome left out or null is not told). */
export const actionSettledConfigSchema = z
  .object({
    actionKinds: z.array(shipmentActionKindSchema).nullable().default(null),
    outcomes: z.object({ accepted: idSchema.nullable().default(null), refused: idSchema.nullable().default(null), failed: idSchema.nullable().default(null) }),
    channel: z.enum(['email', 'sms', 'chat', 'social']).nullable().default(null),
    throttle: notificationThrottleSchema,
  })
  .refine((c) => Object.values(c.outcomes).some((id) => id !== null), { message: 'name a macro for at least one outcome', path: ['outcomes'] });

