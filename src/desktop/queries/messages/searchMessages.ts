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

// bm25 weights (subject, body): a subject match outranks a body match; newer first among equals.
const rankedSql = `
  SELECT m.id AS messageId, m.ticket_id AS ticketId, t.number AS ticketNumber, t.subject AS ticketSubject,
         t.status AS ticketStatus, c.name AS customerName, m.direction AS direction,
         highlight(messages_fts, 0, char(2), char(3)) AS subject,
         snippet(messages_fts, 1, char(2), char(3), '…', 14) AS snippet,
         m.created_at AS createdAt
  FROM messages_fts
  JOIN messages m ON m.rowid = messages_fts.rowid
  JOIN tickets t ON t.id = m.ticket_id
  LEFT JOIN customers c ON c.id = t.customer_id
  WHERE messages_fts MATCH @match
  ORDER BY bm25(messages_fts, 4.0, 1.0), m.created_at DESC
  LIMIT @limit`;

/**
 * Best-first messages of the replica matching what the agent typed (every term, the last as a
 * prefix while typing), with highlighted subject and body excerpt. Empty for nothing searchable.
 */
export function searchMessages(replica: Pick<Replica, 'sqlite'>, query: string, limit: number): MessageHit[] {
  const match = messageMatchQuery(query, { prefixLast: true });
  if (match === null) return [];
  const rows = replica.sqlite.prepare(rankedSql).all({ match, limit }) as HitRow[];
  return rows.map((row) => ({
    ...row,
    subject: row.subject === null ? null : parseMarkedText(row.subject),
    snippet: parseMarkedText(row.snippet),
    source: 'replica',
  }));
}
