import type { Channel, TicketRow } from '../domain/rows';
import type { NotifiableChannel, NotificationPreferences } from '../rules/notifications/NotificationPreferences';
import { quietHoursEnd } from '../rules/notifications/quietHours';
import type { CsatSurveyTiming } from './csatSurveySetting';

export type SurveySkipReason = 'disabled' | 'reopened' | 'merged' | 'opted_out' | 'unreachable' | 'cooldown';

export type SurveyDecision =
  | { action: 'send'; channel: NotifiableChannel; expiresAt: number }
  | { action: 'defer'; until: number; why: 'not_due' | 'quiet_hours' }
  | { action: 'skip'; reason: SurveySkipReason };

export interface SurveyInput {
  ticket: Pick<TicketRow, 'status' | 'solvedAt' | 'channel' | 'mergedIntoId'>;
  /** The survey setting; null = surveys are off. */
  timing: CsatSurveyTiming | null;
  preferences: Pick<NotificationPreferences, 'optIns' | 'quietHours'>;
  /** Channels the customer has an address for. */
  reachable: ReadonlySet<Channel>;
  /** When this customer was last sent a survey (any ticket); null = never. */
  lastSurveyAt: number | null;
  now: number;
}

/** The channel a survey goes out on: the ticket's, except a phone ticket's, which gets an email. */
export function surveyChannel(channel: Channel): NotifiableChannel {
  return channel === 'phone' ? 'email' : channel;
}

/**
 * Whether a solved ticket's survey goes out now, later or never, checked in this order:
 * setting on, ticket still solved (a reopened ticket gets none), not merged away, due
 * (solved + delay), consent on the channel, an address for it, the customer's cooldown, quiet
 * hours. Taken again at the deferred time: the ticket or the customer may have changed.
 */
export function decideSurvey(input: SurveyInput): SurveyDecision {
  const { ticket, timing, preferences, reachable, lastSurveyAt, now } = input;
  if (!timing) return { action: 'skip', reason: 'disabled' };
  if ((ticket.status !== 'solved' && ticket.status !== 'closed') || ticket.solvedAt === null) return { action: 'skip', reason: 'reopened' };
  if (ticket.mergedIntoId !== null) return { action: 'skip', reason: 'merged' };
  const due = ticket.solvedAt + timing.delayMs;
  if (now < due) return { action: 'defer', until: due, why: 'not_due' };
  const channel = surveyChannel(ticket.channel);
  if (!preferences.optIns[channel]) return { action: 'skip', reason: 'opted_out' };
  if (!reachable.has(channel)) return { action: 'skip', reason: 'unreachable' };
  if (lastSurveyAt !== null && timing.cooldownMs > 0 && now - lastSurveyAt < timing.cooldownMs) return { action: 'skip', reason: 'cooldown' };
  const quiet = preferences.quietHours;
  const until = quiet ? quietHoursEnd(quiet, quiet.timeZone, now) : null;
  if (until !== null) return { action: 'defer', until, why: 'quiet_hours' };
  return { action: 'send', channel, expiresAt: now + timing.validityMs };
}
