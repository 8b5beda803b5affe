import type { KbHit } from '../../../core/contract/channels/knowledgeChannels';
import type { Replica } from '../../db/openReplica';
import { ftsMatchQuery, searchWords } from './ftsMatchQuery';
import { matchArticles } from './matchArticles';

/** Words that say nothing about what a ticket is about. */
const stopWords = new Set(
  ('a an and are as at be been but by can could did do does for from had has have hello hi how i if in into is it its ' +
    'just me my no not now of on or our please regards so thanks thank that the their them then there these they this ' +
    'to too was we were what when where which who why will with would yes you your dear best kind team hey still any ' +
    'get got today yesterday tomorrow order shipment news update help need know let asap before after about also ' +
    'said again already because should since than very much many some such only over under while here really think ' +
    'parcel package box').split(' '),
);
const maxWords = 24;

/**
 * Articles about what the ticket says: its subject and the customer's last message, any word
 * matching, best first. Tracking numbers and other codes (words with digits) are left out.
 */
export function suggestArticles(replica: Pick<Replica, 'sqlite'>, ticketId: string, limit: number): KbHit[] {
  const ticket = replica.sqlite.prepare('SELECT subject FROM tickets WHERE id = ?').get(ticketId) as { subject: string } | undefined;
  if (!ticket) return [];
  const inbound = replica.sqlite
    .prepare("SELECT body FROM messages WHERE ticket_id = ? AND direction = 'inbound' ORDER BY created_at DESC, id DESC LIMIT 1")
    .get(ticketId) as { body: string } | undefined;
  const words = searchWords(`${ticket.subject} ${inbound?.body ?? ''}`)
    .filter((w) => w.length > 2 && !/\d/.test(w) && !stopWords.has(w))
    .slice(0, maxWords);
  const match = ftsMatchQuery(words.join(' '), { join: 'OR' });
  return match === null ? [] : matchArticles(replica, match, null, limit);
}
