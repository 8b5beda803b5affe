import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { exceptionTypeSchema } from '../logistics/exceptionKinds';
import { notificationThrottleSchema } from './notificationThrottleSchema';

/** What a customer-notification automation keeps in its `config` column (read by the hub's rules, edited on the Automations page). */
export const notificationConfigSchema = z.object({
  macroId: idSchema,
  /** Force a channel; null/absent = the customer's preferred one. */
  channel: z.enum(['email', 'sms', 'chat', 'social']).nullable().default(null),
  /** For exception.opened: only these kinds (null/absent = all). */
  exceptionTypes: z.array(exceptionTypeSchema).nullable().default(null),
  throttle: notificationThrottleSchema,
});
export type NotificationConfig = z.output<typeof notificationConfigSchema>;
