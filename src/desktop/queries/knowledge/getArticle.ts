import { eq } from 'drizzle-orm';
import type { KbArticleView } from '../../../core/contract/channels/knowledgeChannels';
import type { ReplicaDb } from '../../db/openReplica';
import { agents, kbArticles } from '../../db/schema';

/** One article with its last editor's name; null when it is not in the replica. */
export function getArticle(db: ReplicaDb, id: string): KbArticleView | null {
  const found = db
    .select({ article: kbArticles, authorName: agents.name })
    .from(kbArticles)
    .leftJoin(agents, eq(agents.id, kbArticles.authorId))
    .where(eq(kbArticles.id, id))
    .get();
  return found ? { ...found.article, authorName: found.authorName } : null;
}
