import { searchWords } from '../knowledge/ftsMatchQuery';

/** Enough for any real query; keeps a pasted essay from becoming a huge MATCH expression. */
const maxTerms = 12;

/**
 * Turns what an agent typed into a safe FTS5 MATCH expression over messages_fts. Each
 * space-separated term becomes one quoted phrase of its words, so "SO-104233" matches the
 * adjacent tokens `so 104233` (unicode61 splits at "-") and "1Z999AA10123456784" its one token;
 * quoting makes `"`, `-`, `:`, NEAR plain text. Terms are ANDed; while the agent is still typing
 * the last term (no trailing space) it matches as a prefix. null when nothing searchable is left.
 */
export function messageMatchQuery(text: string, options: { prefixLast?: boolean } = {}): string | null {
  const phrases = text
    .split(/\s+/)
    .map((term) => searchWords(term).join(' '))
    .filter((phrase) => phrase.length > 0)
    .slice(0, maxTerms);
  if (phrases.length === 0) return null;
  const typing = (options.prefixLast ?? false) && !/\s$/.test(text);
  return phrases.map((p, i) => `"${p}"${typing && i === phrases.length - 1 ? '*' : ''}`).join(' AND ');
}
