import type { Replica } from '../../db/openReplica';

/** Every category in use with its article count, alphabetically. */
export function listArticleCategories(replica: Pick<Replica, 'sqlite'>): { category: string; count: number }[] {
  return replica.sqlite
    .prepare('SELECT category, count(*) AS count FROM kb_articles GROUP BY category ORDER BY category COLLATE NOCASE')
    .all() as { category: string; count: number }[];
}
