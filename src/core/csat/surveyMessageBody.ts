import type { TicketRow } from '../domain/rows';
import type { NotifiableChannel } from '../rules/notifications/NotificationPreferences';
import { csatScoreLabels, csatScores } from './csatScoreLabels';

export interface SurveyMessageInput {
  ticket: Pick<TicketRow, 'number' | 'subject'>;
  customerName: string;
  channel: NotifiableChannel;
  /** Email: five links, one per score (index 0 = score 1). Other channels: one link to the page. */
  links: readonly string[];
  validDays: number;
}

/** How many links a survey on this channel carries: one per score in an email, one page link elsewhere. */
export function surveyLinkCount(channel: NotifiableChannel): 1 | 5 {
  return channel === 'email' ? 5 : 1;
}

/**
 * The survey as the customer reads it. An email lists one link per score (a click opens the
 * page with that score chosen; nothing is recorded until they press Send); SMS, chat and
 * social get one short line with the page link.
 */
export function surveyMessageBody(m: SurveyMessageInput): string {
  const ref = m.ticket.number === null ? 'your request' : `request #${m.ticket.number}`;
  if (m.channel !== 'email') return `How did we do with ${ref}? Rate us from 1 to 5: ${m.links[0] ?? ''}`;
  const lines = [...csatScores].reverse().map((score) => `${score} – ${csatScoreLabels[score]}: ${m.links[score - 1] ?? ''}`);
  return [
    `Hello ${m.customerName},`,
    '',
    `We solved ${ref} ("${m.ticket.subject}"). How did we do?`,
    '',
    'Pick a score; the link opens a short page where you can add a comment and send it:',
    '',
    ...lines,
    '',
    `The links work for ${m.validDays} days. Thank you for your time.`,
  ].join('\n');
}
