import { recipientWarnings, type Channel, type QuietHours, type RecipientWarning } from '../../../core';
import type { InsertedMacro } from './useMacroRefill';

interface ReplyFacts {
  body: string;
  channel: Channel;
  recipient: { name: string; language: string; quietHours: QuietHours | null } | null;
  inserted: readonly InsertedMacro[];
  now: number;
}

/**
 * What to say before a single reply goes out, by the same rules as bulk notices: a macro's ETA
 * that has passed blocks while its date is still in the text (edit or remove it), and the
 * customer's quiet hours warn with their local time.
 */
export function replyWarnings({ body, channel, recipient, inserted, now }: ReplyFacts): RecipientWarning[] {
  if (!recipient) return [];
  const base = { customerName: recipient.name, channel, templateUsesEta: false, eta: null, exception: null, customerLanguage: recipient.language, quietHours: null };
  const pastEta = inserted.flatMap((entry) => {
    const shown = entry.values['shipment.eta'];
    if (entry.etaAt === null || !shown || !body.includes(shown)) return [];
    return recipientWarnings({ ...base, templateUsesEta: true, eta: entry.etaAt }, '', false, now).filter((w) => w.code === 'past_eta');
  });
  const quiet = recipientWarnings({ ...base, quietHours: recipient.quietHours }, '', false, now).filter((w) => w.code === 'quiet_hours');
  return [...pastEta.slice(0, 1), ...quiet];
}
