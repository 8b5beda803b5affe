import type { Channel } from '../../domain/rows';

/** Channels a proactive message can use (phone is for calls, never proactive). */
export type NotifiableChannel = Exclude<Channel, 'phone'>;

/**
 * A customer's say in proactive messages; the customer row's `preferences` has this shape.
 * Consent is per channel: a channel not opted in is never used for proactive messages.
 */
export interface NotificationPreferences {
  preferredChannel: Channel;
  /** BCP 47 tag, e.g. "de-DE"; drives date formatting in macros. */
  language: string;
  /** Local "HH:MM" window in `timeZone` (may wrap midnight: 22:00 → 07:00); null = none. */
  quietHours: { start: string; end: string; timeZone: string } | null;
  optIns: Record<NotifiableChannel, boolean>;
}
