/**
 * A full disk on a local write (SQLITE_FULL, reproduced with SQLite's max_page_count through
 * the core's replicaMaxBytes cap) answers with a plain sentence, and every write committed
 * before it is still there, in the replica and in the outbox, after a restart without the cap.
 */
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../src/core';
import { createDesktopCore } from '../../../../src/desktop/createDesktopCore';
import { openLocalStore } from '../../../../src/desktop/db/localStore';
import { memoryTokenStore } from '../../../../src/desktop/session/memoryTokenStore';
import { replicaFixtures } from '../../../fixtures/desktop/replicaFixtures';
import { tempDir } from '../../../fixtures/desktop/tempDir';

const quiet = (): void => {};
const FULL = 'Your disk is full: this change was not saved. Free some space and try again.';

describe('a full disk on a local write', () => {
  const dir = tempDir('relay-diskfull-');
  const path = dir.file('replica.sqlite');
  const fx = replicaFixtures();
  afterAll(() => dir.remove());

  it('says so plainly and loses nothing committed before', async () => {
    const store = openLocalStore(path);
    store.state.setSession({ hubUrl: 'http://127.0.0.1:9', agent: fx.agent });
    for (const [entity, row] of [['teams', fx.team], ['agents', fx.agent], ['customers', fx.customer], ['tickets', fx.ticket]] as const) store.rows.put(entity, row);
    store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const pages = Number(store.sqlite.pragma('page_count', { simple: true }));
    const pageSize = Number(store.sqlite.pragma('page_size', { simple: true }));
    store.close();

    // Room for a few 20 kB replies (the message row and its outbox entry), then the "disk" is full.
    const tokens = memoryTokenStore('token');
    let core = await createDesktopCore({ dbPath: path, tokenStore: tokens, log: quiet, replicaMaxBytes: (pages + 60) * pageSize });
    const saved: string[] = [];
    let refusal: unknown = null;
    for (let i = 0; i < 50 && refusal === null; i++) {
      const id = uuidv7();
      const reply = await core.invoke('message.send', { id, ticketId: fx.ticket.id, kind: 'reply', body: `${i} ${'x'.repeat(20_000)}` });
      if (reply.ok) saved.push(id);
      else refusal = reply.error;
    }
    expect(refusal).toEqual({ code: 'failed', message: FULL });
    expect(saved.length).toBeGreaterThan(0);
    await core.close();

    const db = new Database(path, { readonly: true });
    const held = db.prepare<[], { id: string }>("SELECT id FROM messages WHERE direction = 'outbound' ORDER BY created_at, id").all().map((r) => r.id);
    const queued = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM outbox').get()?.n;
    const check = db.pragma('quick_check', { simple: true });
    db.close();
    expect(new Set(held)).toEqual(new Set(saved));
    expect(queued).toBe(saved.length);
    expect(check).toBe('ok');

    // Space freed (no cap): the next change is saved again.
    core = await createDesktopCore({ dbPath: path, tokenStore: tokens, log: quiet });
    const again = await core.invoke('message.send', { id: uuidv7(), ticketId: fx.ticket.id, kind: 'reply', body: 'after freeing space' });
    expect(again.ok).toBe(true);
    await core.close();
  });
});
