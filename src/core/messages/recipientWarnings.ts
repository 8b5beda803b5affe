import type { QuietHours } from '../domain/customerPreferences';
import type { Channel } from '../domain/rows';
import { exceptionLabels } from '../logistics/exceptionLabels';
import type { ExceptionType } from '../logistics/exceptionKinds';
import { quietHoursEnd } from '../rules/notifications/quietHours';
import { checkChannelLimit } from './checkChannelLimit';
import { formatCustomerTime } from './formatCustomerTime';

/** What is known about one recipient of a customer message before it is sent. */
export interface RecipientFacts {
  customerName: string;
  /** Channel it would go on; null when the customer opted out of every channel we could use. */
  channel: Channel | null;
  /** The template's text uses {{shipment.eta}}. */
  templateUsesEta: boolean;
  eta: number | null;
  /** Set for bulk exception notices: the exception's type and whether the macro is written for it. */
  exception: { type: ExceptionType; macroFits: boolean } | null;
  customerLanguage: string;
  quietHours: QuietHours | null;
}

export type RecipientWarningCode = 'opted_out' | 'past_eta' | 'missing_eta' | 'unfilled' | 'wrong_type' | 'too_long' | 'quiet_hours';

export interface RecipientWarning {
  code: RecipientWarningCode;
  /** Blocking warnings stop the send for this recipient until resolved (edit, or leave them out). */
  blocking: boolean;
  message: string;
}

const placeholder = /\{\{\s*([^{}\s]+)\s*\}\}/g;

/**
 * Everything worth saying before a message goes to one customer. Past ETA and a template for
 * another exception type block until the agent edits that recipient's text (they took a look);
 * unfilled placeholders and over-long texts block until the text itself is fixed; opted-out
 * customers cannot be sent to. Quiet hours only warn, with the customer's local time.
 */
export function recipientWarnings(facts: RecipientFacts, text: string, edited: boolean, now: number): RecipientWarning[] {
  const name = facts.customerName;
  const warnings: RecipientWarning[] = [];
  if (!facts.channel) {
    return [{ code: 'opted_out', blocking: true, message: `${name} has not opted in to messages on any channel we can reach them on.` }];
  }
  if (facts.templateUsesEta && facts.eta !== null && facts.eta < now && !edited) {
    const days = Math.floor((now - facts.eta) / 86_400_000);
    const ago = days === 0 ? 'earlier today' : days === 1 ? 'yesterday' : `${days} days ago`;
    warnings.push({ code: 'past_eta', blocking: true, message: `The ETA in this text passed ${ago}; edit it with a real date for ${name} before sending.` });
  }
  const left = [...new Set([...text.matchAll(placeholder)].map((m) => m[1] ?? ''))];
  if (left.includes('shipment.eta')) {
    warnings.push({ code: 'missing_eta', blocking: true, message: `The shipment has no ETA; write one in, or remove it, for ${name}.` });
  }
  const others = left.filter((p) => p !== 'shipment.eta');
  if (others.length > 0) {
    warnings.push({ code: 'unfilled', blocking: true, message: `Fill in ${others.map((p) => `{{${p}}}`).join(', ')}: there is no value for ${name}.` });
  }
  if (facts.exception && !facts.exception.macroFits && !edited) {
    const type = exceptionLabels.type[facts.exception.type];
    warnings.push({ code: 'wrong_type', blocking: true, message: `This template is not written for a "${type}" exception; edit the text for ${name} or leave them out.` });
  }
  const limit = checkChannelLimit(facts.channel, text);
  if (limit.message) warnings.push({ code: 'too_long', blocking: true, message: limit.message });
  const quiet = facts.quietHours;
  if (quiet && quietHoursEnd(quiet, quiet.timeZone, now) !== null) {
    const local = formatCustomerTime(now, { customerLanguage: facts.customerLanguage, messageLanguage: 'en', timeZone: quiet.timeZone });
    warnings.push({
      code: 'quiet_hours',
      blocking: false,
      message: `It is ${local} for ${name} (${quiet.timeZone}), inside their quiet hours ${quiet.start}–${quiet.end}.`,
    });
  }
  return warnings;
}
