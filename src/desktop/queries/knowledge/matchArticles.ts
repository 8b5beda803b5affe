import type { KbHit } from '../../../core/contract/channels/knowledgeChannels';
import type { Replica } from '../../db/openReplica';
import { toKbHit, type KbHitRow } from './toKbHit';

// bm25 weights per column (id, title, body, tags, category): a title match outranks many body matches.
const rankedSql = `
  SELECT a.id AS id,
         highlight(kb_articles_fts, 1, char(2), char(3)) AS title,
         highlight(kb_articles_fts, 2, char(2), char(3)) AS body,
         a.category AS category, a.tags AS tags, a.updated_at AS updatedAt
  FROM kb_articles_fts
  JOIN kb_articles a ON a.id = kb_articles_fts.id
  WHERE kb_articles_fts MATCH @match AND (@category IS NULL OR a.category = @category)
  ORDER BY bm25(kb_articles_fts, 0.0, 10.0, 1.0, 4.0, 2.0), a.title
  LIMIT @limit`;

/** Best-first articles for an FTS5 MATCH expression (build it with ftsMatchQuery, never from raw input). */
export function matchArticles(replica: Pick<Replica, 'sqlite'>, match: string, category: string | null, limit: number): KbHit[] {
  const rows = replica.sqlite.prepare(rankedSql).all({ match, category, limit }) as KbHitRow[];
  return rows.map(toKbHit);
}
