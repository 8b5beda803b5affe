import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../src/core';
import type { KbHit } from '../../../../src/core/contract/channels/knowledgeChannels';
import { openLocalStore, type LocalStore } from '../../../../src/desktop/db/localStore';
import { listArticleCategories } from '../../../../src/desktop/queries/knowledge/listArticleCategories';
import { searchArticles } from '../../../../src/desktop/queries/knowledge/searchArticles';
import { tempDir } from '../../../fixtures/desktop/tempDir';
import { kbArticleFixtures } from './kbArticleFixtures';

/** The highlighted words of a marked text. */
function marked(t: KbHit['title']): string[] {
  return t.marks.map(([s, e]) => t.text.slice(s, e));
}

describe('knowledge base search on the replica (FTS5)', () => {
  const dir = tempDir();
  let store: LocalStore;
  let kb: ReturnType<typeof kbArticleFixtures>;

  beforeEach(() => {
    store = openLocalStore(dir.file(`${uuidv7()}.sqlite`));
    kb = kbArticleFixtures();
    for (const a of kb.all) store.rows.put('kb_articles', a);
  });
  afterEach(() => store.close());
  afterAll(() => dir.remove());

  const search = (query: string, category: string | null = null) => searchArticles(store, { query, category, limit: 20 });

  it('ranks a title match above articles that only mention the word', () => {
    const hits = search('customs');
    expect(hits.map((h) => h.id)).toEqual(expect.arrayContaining([kb.customs.id, kb.delay.id, kb.tracking.id]));
    expect(hits[0]?.id).toBe(kb.customs.id);
    expect(hits.findIndex((h) => h.id === kb.customs.id)).toBeLessThan(hits.findIndex((h) => h.id === kb.tracking.id));
  });

  it('marks the matches in title and snippet as ranges, without Markdown or HTML', () => {
    const [hit] = search('customs hold');
    expect(hit?.title.text).toBe('Customs holds explained');
    expect(marked(hit!.title)).toEqual(['Customs', 'holds']);
    expect(hit?.snippet.text).not.toMatch(/[#*<>`]/);
    expect(hit?.snippet.text.startsWith('A customs hold means')).toBe(true);
    expect(marked(hit!.snippet).map((w) => w.toLowerCase())).toEqual(['customs', 'hold']);
  });

  it('keeps Markdown tables out of snippets', () => {
    store.rows.put('kb_articles', { ...kb.incoterms, body: '# Incoterms in two minutes\n\n| Term | Who pays |\n|---|:--|\n| DDP | the seller pays duties |' });
    const [hit] = search('seller');
    expect(hit?.snippet.text).toBe('Term · Who pays DDP · the seller pays duties');
  });

  it('matches the last word as a prefix while the agent is still typing', () => {
    expect(search('incot').map((h) => h.id)).toEqual([kb.incoterms.id]);
    expect(search('commercial inv').map((h) => h.id).sort()).toEqual([kb.customs.id, kb.incoterms.id].sort());
    // A finished word (trailing space) is matched whole: "inv " is not a word in any article.
    expect(search('inv ')).toEqual([]);
  });

  it('finds stemmed forms and words from tags and category', () => {
    expect(search('delays').map((h) => h.id)).toContain(kb.delay.id);
    expect(search('status codes').map((h) => h.id)).toEqual([kb.tracking.id]);
  });

  it('falls back to any word when no article has them all', () => {
    const hits = search('incoterms zebra');
    expect(hits.map((h) => h.id)).toEqual([kb.incoterms.id]);
  });

  it('filters by category', () => {
    // Incoterms is filed under Customs, so the category itself matches too.
    expect(search('customs', 'Customs').map((h) => h.id)).toEqual([kb.customs.id, kb.incoterms.id]);
    expect(search('customs', 'Tracking').map((h) => h.id)).toEqual([kb.tracking.id]);
    expect(search('', 'Customs').map((h) => h.title.text)).toEqual(['Customs holds explained', 'Incoterms in two minutes']);
    expect(listArticleCategories(store)).toEqual([
      { category: 'Customs', count: 2 },
      { category: 'Exceptions', count: 1 },
      { category: 'Tracking', count: 1 },
    ]);
  });

  it.each(['"', 'AND(', 'customs"', 'NEAR(a b', '*', '-customs', 'title:customs', "'; DROP TABLE kb_articles; --", '((', 'OR', '^', '\u0000', '   '])(
    'never throws on FTS5 syntax typed as text: %j',
    (query) => {
      expect(() => search(query)).not.toThrow();
    },
  );

  it('treats operators and quotes as plain words', () => {
    expect(search('customs NEAR(').map((h) => h.id)).toContain(kb.customs.id);
    expect(search('DDP AND EXW').map((h) => h.id)).toEqual([kb.incoterms.id]);
    expect(search('"customs').map((h) => h.id)[0]).toBe(kb.customs.id);
    expect(search('')).toHaveLength(4);
  });

  it('keeps the index in step with inserts, edits and deletes', () => {
    store.rows.put('kb_articles', { ...kb.incoterms, title: 'Duties and Incoterms', body: 'Who pays the VAT on import.', updatedAt: kb.now + 10 });
    expect(search('vat').map((h) => h.id)).toEqual([kb.incoterms.id]);
    expect(search('exw')).toEqual([]);
    store.rows.remove('kb_articles', kb.customs.id);
    expect(search('customs').map((h) => h.id)).not.toContain(kb.customs.id);
    const count = store.sqlite.prepare('SELECT count(*) AS n FROM kb_articles_fts').get() as { n: number };
    expect(count.n).toBe(3);
  });
});
