import type { KbHit } from '../../../core/contract/channels/knowledgeChannels';
import { markdownExcerpt } from './markdownExcerpt';
import { parseMarkedText } from './parseMarkedText';

/** An article row as the search queries select it; title and body may carry highlight markers. */
export interface KbHitRow {
  id: string;
  title: string;
  body: string;
  category: string;
  tags: string;
  updatedAt: number;
}

export function toKbHit(row: KbHitRow): KbHit {
  const title = parseMarkedText(row.title);
  return {
    id: row.id,
    title,
    snippet: parseMarkedText(markdownExcerpt(row.body, title.text)),
    category: row.category,
    tags: JSON.parse(row.tags) as string[],
    updatedAt: row.updatedAt,
  };
}
