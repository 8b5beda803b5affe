import { z } from 'zod';

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24h)');

/** A daily window in the customer's time zone when nothing proactive is sent; may wrap midnight. */
export const quietHoursSchema = z.object({
  start: clockTime,
  end: clockTime,
  /** IANA zone, e.g. "Europe/Berlin". */
  timeZone: z.string().min(1).max(64),
});
export type QuietHours = z.infer<typeof quietHoursSchema>;

export const customerPreferencesSchema = z.object({
  preferredChannel: z.enum(['email', 'chat', 'sms', 'social', 'phone']),
  /** BCP-47 language tag, e.g. "en", "de-DE", "pt-BR". */
  language: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP-47 language tag'),
  quietHours: quietHoursSchema.nullable(),
  /** Consent for proactive notifications per channel; replies to the customer's own tickets need none. */
  optIns: z.object({ email: z.boolean(), sms: z.boolean(), chat: z.boolean(), social: z.boolean() }),
});
export type CustomerPreferences = z.infer<typeof customerPreferencesSchema>;

/** For customers created without preferences: email only, no quiet hours. */
export const defaultCustomerPreferences: CustomerPreferences = {
  preferredChannel: 'email',
  language: 'en',
  quietHours: null,
  optIns: { email: true, sms: false, chat: false, social: false },
};
