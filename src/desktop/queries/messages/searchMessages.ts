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
const rankWindow = 400;

// Two steps, so the costly part runs on few rows: (1) the rowid floor of the newest `window` matches
// (FTS5 walks its doclist backwards and stops); (2) bm25 over the matches above it (subject weighs
// 4×; among equals the newer first) with highlight and snippet, keeping `limit`. Highlighting in a
// second pass (MATCH plus rowid = ?) costs more: FTS5 re-reads the term's whole doclist per row.
const rankedSql = `
  WITH floor AS (
    SELECT coalesce(min(rowid), 0) AS rid FROM (
      SELECT rowid FROM messages_fts WHERE messages_fts MATCH @match ORDER BY rowid DESC LIMIT @window)
  ), top AS (
    SELECT rowid AS rid, bm25(messages_fts, 4.0, 1.0) AS score,
           highlight(messages_fts, 0, char(2), char(3)) AS subject,
           snippet(messages_fts, 1, char(2), char(3), '…', 14) AS snippet
    FROM messages_fts
    WHERE messages_fts MATCH @match AND rowid >= (SELECT rid FROM floor)
    ORDER BY score, rowid DESC LIMIT @limit
  )
  SELECT m.id AS messageId, m.ticket_id AS ticketId, t.number AS ticketNumber, t.subject AS ticketSubject,
         t.status AS ticketStatus, c.name AS customerName, m.direction AS direction,
         top.subject AS subject, top.snippet AS snippet, m.created_at AS createdAt
  FROM top
  CROSS JOIN messages m ON m.rowid = top.rid
  JOIN tickets t ON t.id = m.ticket_id
  LEFT JOIN customers c ON c.id = t.customer_id
  ORDER BY top.score, top.rid DESC`;

/**
 * Best-first messages of the replica matching what the agent typed (every term, the last as a
 * prefix while typing), with highlighted subject and body excerpt. Empty for nothing searchable.
 * A word in many messages is ranked among its newest 400 matches (a number or rare word: all).
 */
export function searchMessages(replica: Pick<Replica, 'sqlite'>, query: string, limit: number): MessageHit[] {
  const exact = messageMatchQuery(query);
  if (exact === null) return [];
  const run = (match: string, n: number) => replica.sqlite.prepare(rankedSql).all({ match, limit: n, window: rankWindow }) as HitRow[];
  // Whole words first: a prefix query merges every term it starts, which is slow for a common word,
  // so the last word is tried as a prefix only when whole words leave room (the agent still typing).
  const rows = run(exact, limit);
  const typing = messageMatchQuery(query, { prefixLast: true });
  if (rows.length < limit && typing !== null && typing !== exact) {
    const seen = new Set(rows.map((r) => r.messageId));
    rows.push(...run(typing, limit).filter((r) => !seen.has(r.messageId)).slice(0, limit - rows.length));
  }
  return rows.map((row) => ({
    ...row,
    subject: row.subject === null ? null : parseMarkedText(row.subject),
    snippet: parseMarkedText(row.snippet),
    source: 'replica',
  }));
}
