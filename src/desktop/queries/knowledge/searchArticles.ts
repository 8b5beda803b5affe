import type { KbHit } from '../../../core/contract/channels/knowledgeChannels';
import type { Replica } from '../../db/openReplica';
import { ftsMatchQuery } from './ftsMatchQuery';
import { matchArticles } from './matchArticles';
import { toKbHit, type KbHitRow } from './toKbHit';

export interface ArticleSearch {
  query: string;
  category?: string | null | undefined;
  limit: number;
}

const listSql = `
  SELECT id, title, body, category, tags, updated_at AS updatedAt
  FROM kb_articles
  WHERE (@category IS NULL OR category = @category)
  ORDER BY category COLLATE NOCASE, title COLLATE NOCASE
  LIMIT @limit`;

/**
 * Ranked, highlighted search over the knowledge base. Every word must match (the last one as a
 * prefix while typing); if that finds nothing, any word may. An empty query lists the articles.
 */
export function searchArticles(replica: Pick<Replica, 'sqlite'>, search: ArticleSearch): KbHit[] {
  const category = search.category ?? null;
  const every = ftsMatchQuery(search.query, { prefixLast: true });
  if (every === null) {
    const rows = replica.sqlite.prepare(listSql).all({ category, limit: search.limit }) as KbHitRow[];
    return rows.map(toKbHit);
  }
  const hits = matchArticles(replica, every, category, search.limit);
  if (hits.length > 0) return hits;
  const some = ftsMatchQuery(search.query, { prefixLast: true, join: 'OR' });
  return some === null || some === every ? hits : matchArticles(replica, some, category, search.limit);
}
