import type { Channel } from '../domain/rows';
import { smsSegments } from './smsSegments';

/** Most SMS segments one message may take (carriers drop or mangle longer chains). */
const maxSmsSegments = 10;

/** Longest text each channel takes, in characters (SMS is limited by segments instead). */
const maxCharacters: Record<Exclude<Channel, 'sms'>, number> = {
  email: 100_000,
  chat: 5_000,
  // The strictest network we post to (Messenger) cuts at 2,000.
  social: 2_000,
  phone: 10_000,
};

export interface ChannelLimitCheck {
  within: boolean;
  /** Characters, or segments for SMS. */
  length: number;
  max: number;
  unit: 'characters' | 'segments';
  /** Why it cannot go as it is, for the agent; null when within the limit. */
  message: string | null;
}

const count = (n: number): string => n.toLocaleString('en');
const what: Record<Exclude<Channel, 'sms'>, string> = { email: 'An email', chat: 'A chat message', social: 'A social message', phone: 'A call note' };

/**
 * Whether a reply fits its channel. Used by the composer (live) and by the messageSend and
 * exception.notifyCustomer mutations (refusal), so both say the same thing.
 */
export function checkChannelLimit(channel: Channel, body: string): ChannelLimitCheck {
  if (channel === 'sms') {
    const sms = smsSegments(body);
    const within = sms.segments <= maxSmsSegments;
    const message = within
      ? null
      : `An SMS may be at most ${maxSmsSegments} segments (about ${count(maxSmsSegments * (sms.encoding === 'GSM-7' ? 153 : 67))} ${sms.encoding} characters); this one needs ${sms.segments} (${count(sms.units)} ${sms.encoding === 'GSM-7' ? 'characters' : 'UCS-2 units'}). Shorten it or reply by email.`;
    return { within, length: sms.segments, max: maxSmsSegments, unit: 'segments', message };
  }
  const max = maxCharacters[channel];
  const length = [...body].length;
  const within = length <= max;
  const message = within ? null : `${what[channel]} may be at most ${count(max)} characters; this one has ${count(length)} (${count(length - max)} too many). Shorten it${channel === 'email' ? '' : ' or reply by email'}.`;
  return { within, length, max, unit: 'characters', message };
}
