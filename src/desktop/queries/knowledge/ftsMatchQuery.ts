/** Words FTS5 indexes (unicode61 splits on everything that is not a letter or digit). */
const wordPattern = /[\p{L}\p{N}]+/gu;
/** Enough for any real query; keeps a pasted essay from becoming a huge MATCH expression. */
const maxTerms = 16;

/** The searchable words of free text, lower-cased, in order, without duplicates. */
export function searchWords(text: string): string[] {
  return [...new Set((text.normalize('NFKC').match(wordPattern) ?? []).map((w) => w.toLowerCase()))];
}

/**
 * Turns what an agent typed into a safe FTS5 MATCH expression: every word becomes a quoted
 * string (so `"`, `AND(`, `NEAR`, `-`, `:` are just text), joined by AND (or OR). While the
 * agent is still typing the last word (`prefixLast` and no trailing space) it matches as a
 * prefix. Returns null when nothing searchable is left.
 */
export function ftsMatchQuery(text: string, options: { join?: 'AND' | 'OR'; prefixLast?: boolean } = {}): string | null {
  const words = searchWords(text).slice(0, maxTerms);
  if (words.length === 0) return null;
  const typing = (options.prefixLast ?? false) && !/\s$/.test(text);
  const terms = words.map((w, i) => `"${w}"${typing && i === words.length - 1 ? '*' : ''}`);
  return terms.join(` ${options.join ?? 'AND'} `);
}
