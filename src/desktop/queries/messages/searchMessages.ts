import type { MessageHit } from '../../../core/contract/channels/messageHitSchema';
import type { Replica } from '../../db/openReplica';
import { parseMarkedText } from '../knowledge/parseMarkedText';
import { messageMatchQuery } from './messageMatchQuery';

interface HitRow {
  messageId: string;
  ticketId: string;
  ticketNumber: number | null;
  ticketSubject: string;
  ticketStatus: MessageHit['ticketStatus'];
  customerName: string | null;
  direction: MessageHit['direction'];
  subject: string | null;
  snippet: string;
  createdAt: number;
}

/** How many of the newest matches are ranked: bounds a common word's cost (every third mail says "parcel"). */
const rankWindow = 1000;

// Three steps, so the costly parts run on few rows: (1) the rowid floor of the newest `window`
// matches (FTS5 walks its doclist backwards and stops); (2) bm25 over matches above it (subject
// weighs 4×; among equals the newer first), keeping `limit`; (3) highlight and snippet for those only.
const rankedSql = `
  WITH floor AS (
    SELECT coalesce(min(rowid), 0) AS rid FROM (
      SELECT rowid FROM messages_fts WHERE messages_fts MATCH @match ORDER BY rowid DESC LIMIT @window)
  ), top AS (
    SELECT rowid AS rid, bm25(messages_fts, 4.0, 1.0) AS score FROM messages_fts
    WHERE messages_fts MATCH @match AND rowid >= (SELECT rid FROM floor)
    ORDER BY score, rowid DESC LIMIT @limit
  )
  SELECT m.id AS messageId, m.ticket_id AS ticketId, t.number AS ticketNumber, t.subject AS ticketSubject,
         t.status AS ticketStatus, c.name AS customerName, m.direction AS direction,
         highlight(messages_fts, 0, char(2), char(3)) AS subject,
         snippet(messages_fts, 1, char(2), char(3), '…', 14) AS snippet,
         m.created_at AS createdAt
  FROM top
  JOIN messages_fts ON messages_fts.rowid = top.rid AND messages_fts MATCH @match
  JOIN messages m ON m.rowid = top.rid
  JOIN tickets t ON t.id = m.ticket_id
  LEFT JOIN customers c ON c.id = t.customer_id
  ORDER BY top.score, top.rid DESC`;

/**
 * Best-first messages of the replica matching what the agent typed (every term, the last as a
 * prefix while typing), with highlighted subject and body excerpt. Empty for nothing searchable.
 * A word in many messages is ranked among its newest 1,000 matches (a number or rare word: all).
 */
export function searchMessages(replica: Pick<Replica, 'sqlite'>, query: string, limit: number): MessageHit[] {
  const match = messageMatchQuery(query, { prefixLast: true });
  if (match === null) return [];
  const rows = replica.sqlite.prepare(rankedSql).all({ match, limit, window: rankWindow }) as HitRow[];
  return rows.map((row) => ({
    ...row,
    subject: row.subject === null ? null : parseMarkedText(row.subject),
    snippet: parseMarkedText(row.snippet),
    source: 'replica',
  }));
}
