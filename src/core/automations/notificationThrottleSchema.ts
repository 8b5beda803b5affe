import { z } from 'zod';

/** A notification automation's limits, as its config keeps them (hours and a daily count). */
export const notificationThrottleSchema = z
  .object({
    perShipmentHours: z.number().nonnegative().max(24 * 365).default(12),
    perCustomerPerDay: z.number().int().positive().max(1000).default(3),
  })
  .default({ perShipmentHours: 12, perCustomerPerDay: 3 });
export type NotificationThrottle = z.output<typeof notificationThrottleSchema>;
