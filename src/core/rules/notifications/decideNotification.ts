import type { Channel } from '../../domain/rows';
import type { AutomationConfig, NotificationEvent, SentNotification } from './AutomationConfig';
import type { NotifiableChannel, NotificationPreferences } from './NotificationPreferences';
import { quietHoursEnd } from './quietHours';
import { automationMacroId } from './automationMacroId';

export type SkipReason =
  | 'automation_disabled'
  | 'not_triggered'
  | 'opted_out'
  | 'channel_unreachable'
  | 'no_reachable_channel'
  | 'throttled_shipment'
  | 'throttled_customer';

export type NotificationDecision =
  | { action: 'send'; channel: NotifiableChannel }
  | { action: 'defer'; channel: NotifiableChannel; until: number }
  | { action: 'skip'; reason: SkipReason };

/** Fallback order when the preferred channel cannot be used. */
const fallbackChannels: readonly NotifiableChannel[] = ['email', 'sms', 'chat', 'social'];
const DAY = 86_400_000;

/**
 * Whether an automation messages a customer about an event now, later (quiet hours) or not
 * at all, checked in this order: enabled, trigger, consent, channel, per-shipment throttle,
 * per-customer daily cap, quiet hours. Channel: the automation's override, else the preferred
 * one, else the first of email/sms/chat/social the customer consented to and can be reached
 * on. A deferred decision must be taken again when it is due (history may have changed).
 */
export function decideNotification(input: {
  event: NotificationEvent;
  automation: AutomationConfig;
  preferences: NotificationPreferences;
  /** Channels the customer has an address for. */
  reachable: ReadonlySet<Channel>;
  history: readonly SentNotification[];
  now: number;
}): NotificationDecision {
  const { event, automation, preferences, reachable, history, now } = input;
  if (!automation.enabled) return { action: 'skip', reason: 'automation_disabled' };
  if (automation.trigger !== event.trigger) return { action: 'skip', reason: 'not_triggered' };
  const kinds = automation.exceptionTypes;
  if (event.trigger === 'exception.opened' && kinds && kinds.length > 0 && (!event.exceptionType || !kinds.includes(event.exceptionType))) {
    return { action: 'skip', reason: 'not_triggered' };
  }
  // A settled carrier request is told only for the outcomes the automation has a macro for.
  if (event.trigger === 'shipment_action.settled') {
    const only = automation.actionKinds;
    if (automationMacroId(automation, event) === null || (only && only.length > 0 && (!event.actionKind || !only.includes(event.actionKind)))) return { action: 'skip', reason: 'not_triggered' };
  }

  const consented = (c: Channel): c is NotifiableChannel => c !== 'phone' && preferences.optIns[c];
  let channel: NotifiableChannel | undefined;
  if (automation.channel) {
    if (!consented(automation.channel)) return { action: 'skip', reason: 'opted_out' };
    if (!reachable.has(automation.channel)) return { action: 'skip', reason: 'channel_unreachable' };
    channel = automation.channel;
  } else {
    const candidates = [preferences.preferredChannel, ...fallbackChannels].filter(consented);
    if (candidates.length === 0) return { action: 'skip', reason: 'opted_out' };
    channel = candidates.find((c) => reachable.has(c));
    if (!channel) return { action: 'skip', reason: 'no_reachable_channel' };
  }

  const mine = history.filter((h) => h.customerId === event.customerId);
  if (mine.some((h) => h.shipmentId === event.shipmentId && now - h.sentAt < automation.throttle.perShipmentMs)) {
    return { action: 'skip', reason: 'throttled_shipment' };
  }
  if (mine.filter((h) => now - h.sentAt < DAY).length >= automation.throttle.perCustomerPerDay) {
    return { action: 'skip', reason: 'throttled_customer' };
  }
  const quiet = preferences.quietHours;
  const until = quiet ? quietHoursEnd(quiet, quiet.timeZone, now) : null;
  return until === null ? { action: 'send', channel } : { action: 'defer', channel, until };
}
