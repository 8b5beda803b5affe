import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openLocalStore } from '../../../../src/desktop/db/localStore';
import { defaultMigrationsFolder, openReplica } from '../../../../src/desktop/db/openReplica';
import { searchArticles } from '../../../../src/desktop/queries/knowledge/searchArticles';
import { tempDir } from '../../../fixtures/desktop/tempDir';
import { kbArticleFixtures } from './kbArticleFixtures';

interface Journal {
  entries: { idx: number; tag: string }[];
}

/** A copy of the replica migrations that stops just before `tag`: a desktop from before it. */
function migrationsBefore(tag: string, into: string): string {
  const journal = JSON.parse(readFileSync(join(defaultMigrationsFolder, 'meta', '_journal.json'), 'utf8')) as Journal;
  const cut = journal.entries.findIndex((e) => e.tag === tag);
  expect(cut).toBeGreaterThan(0);
  const kept = journal.entries.slice(0, cut);
  mkdirSync(join(into, 'meta'), { recursive: true });
  writeFileSync(join(into, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries: kept }));
  for (const e of kept) copyFileSync(join(defaultMigrationsFolder, `${e.tag}.sql`), join(into, `${e.tag}.sql`));
  return into;
}

describe('replica migration 0002_kb_search', () => {
  const dir = tempDir();
  afterAll(() => dir.remove());

  it('indexes the articles a replica already held, and keeps indexing new ones', () => {
    const file = dir.file('old.sqlite');
    const kb = kbArticleFixtures();
    const old = openReplica(file, migrationsBefore('0002_kb_search', dir.file('old-migrations')));
    const insert = old.sqlite.prepare(
      'INSERT INTO kb_articles (id, title, body, category, tags, updated_at, author_id) VALUES (?, ?, ?, ?, ?, ?, NULL)',
    );
    for (const a of kb.all) insert.run(a.id, a.title, a.body, a.category, JSON.stringify(a.tags), a.updatedAt);
    expect(old.sqlite.prepare("SELECT name FROM sqlite_master WHERE name = 'kb_articles_fts'").get()).toBeUndefined();
    old.close();

    const store = openLocalStore(file);
    try {
      const hits = searchArticles(store, { query: 'customs', limit: 10 });
      expect(hits[0]?.id).toBe(kb.customs.id);
      expect(hits.map((h) => h.id)).toEqual(expect.arrayContaining([kb.customs.id, kb.delay.id, kb.tracking.id, kb.incoterms.id]));
      // Tags came from the JSON column: "status codes" is only in the tracking article's tags.
      expect(searchArticles(store, { query: 'status codes', limit: 10 }).map((h) => h.id)).toEqual([kb.tracking.id]);
      store.rows.put('kb_articles', { ...kb.delay, id: '01a1f82f-0000-7000-8000-000000000001', title: 'Pallet wrapping rules' });
      expect(searchArticles(store, { query: 'pallet', limit: 10 }).map((h) => h.title.text)).toEqual(['Pallet wrapping rules']);
    } finally {
      store.close();
    }
  });
});
