/**
 * A damaged replica is found at open, moved aside (kept for support), rebuilt empty with the
 * agent's own work rescued from whatever of the old file is still readable, and the agent is
 * told once. Real files, damaged for real: garbage, a truncation mid-page, one bad table page.
 */
import { closeSync, existsSync, openSync, readdirSync, statSync, truncateSync, writeSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../src/core';
import { createDesktopCore } from '../../../../src/desktop/createDesktopCore';
import { openLocalStore } from '../../../../src/desktop/db/localStore';
import { memoryTokenStore } from '../../../../src/desktop/session/memoryTokenStore';
import { call } from '../../../fixtures/desktop/coreCalls';
import { envelope, replicaFixtures } from '../../../fixtures/desktop/replicaFixtures';
import { tempDir } from '../../../fixtures/desktop/tempDir';

const quiet = (): void => {};
const REBUILT = 'The local database was damaged and has been rebuilt from the hub';

describe('a damaged replica', () => {
  let dir: ReturnType<typeof tempDir>;
  let path: string;
  const fx = replicaFixtures();

  beforeEach(() => {
    dir = tempDir('relay-recovery-');
    path = dir.file('replica.sqlite');
  });
  afterEach(() => dir.remove());

  let clientId = '';

  /** A signed-in replica with 400 tickets (many pages) and `unsent` queued replies; returns the outbox ids. */
  function healthyReplica(unsent: number): string[] {
    const store = openLocalStore(path);
    store.state.setSession({ hubUrl: 'http://127.0.0.1:9', agent: fx.agent });
    clientId = store.state.clientId();
    store.transaction(() => {
      for (let i = 0; i < 400; i++) store.rows.put('tickets', { ...fx.ticket, id: uuidv7(), subject: `Pallet ${i} missing at the dock in Rotterdam` });
    });
    const ids: string[] = [];
    for (let i = 0; i < unsent; i++) {
      const e = envelope('message.send', { id: uuidv7(), ticketId: fx.ticket.id, kind: 'reply', body: `reply ${i}` }, clientId, fx.now);
      store.outbox.add(e);
      ids.push(e.id);
    }
    store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    store.close();
    return ids;
  }

  const keptFiles = (): string[] => readdirSync(dir.path).filter((f) => /^replica\.corrupt-[0-9TZ-]+\.db$/.test(f));
  const peek = <T>(read: (db: Database.Database) => T): T => {
    const db = new Database(path, { readonly: true });
    try {
      return read(db);
    } finally {
      db.close();
    }
  };

  it('with one entity table page destroyed: rescues the outbox and session, says so once', async () => {
    const outboxIds = healthyReplica(3);
    const { rootpage } = peek((db) => db.prepare<[], { rootpage: number }>("SELECT rootpage FROM sqlite_master WHERE name = 'tickets'").get()!);
    const pageSize = peek((db) => Number(db.pragma('page_size', { simple: true })));
    const fd = openSync(path, 'r+');
    writeSync(fd, randomBytes(pageSize), 0, pageSize, (rootpage - 1) * pageSize);
    closeSync(fd);

    // Signed in (a token) to a hub that is not there: sync stays offline, the session is what counts.
    const core = await createDesktopCore({ dbPath: path, tokenStore: memoryTokenStore('token'), log: quiet });
    const notices = await call(core, 'app.notices', {});
    expect(notices).toHaveLength(1);
    expect(notices[0]?.message).toBe(`${REBUILT}; 3 unsent changes were rescued.`);
    expect(notices[0]?.detail).toContain(keptFiles()[0]);
    expect(await call(core, 'app.notices', {})).toEqual([]);
    expect((await call(core, 'session.get', {})).agent?.id).toBe(fx.agent.id);
    await core.close();

    expect(keptFiles()).toHaveLength(1);
    const after = peek((db) => ({
      outbox: db.prepare<[], { mutation_id: string }>('SELECT mutation_id FROM outbox ORDER BY seq').all().map((r) => r.mutation_id),
      clientId: db.prepare<[], { value: string }>("SELECT value FROM sync_state WHERE key = 'clientId'").get()?.value,
      tickets: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM tickets').get()?.n,
      check: db.pragma('quick_check', { simple: true }),
    }));
    expect(after).toEqual({ outbox: outboxIds, clientId: JSON.stringify(clientId), tickets: 0, check: 'ok' });
  });

  it('full of garbage: starts fresh, keeps the file, and says the unsent changes could not be read', async () => {
    writeFileSync(path, randomBytes(64 * 1024));
    const core = await createDesktopCore({ dbPath: path, tokenStore: memoryTokenStore(), log: quiet });
    const notices = await call(core, 'app.notices', {});
    expect(notices.map((n) => n.message)).toEqual([`${REBUILT}; its unsent changes could not be read.`]);
    expect(await call(core, 'session.get', {})).toMatchObject({ agent: null });
    await core.close();
    expect(keptFiles()).toHaveLength(1);
    expect(statSync(dir.file(keptFiles()[0]!)).size).toBe(64 * 1024);
    expect(peek((db) => db.pragma('quick_check', { simple: true }))).toBe('ok');
  });

  it('truncated mid-page: detected, moved aside and rebuilt', async () => {
    healthyReplica(2);
    const size = statSync(path).size;
    truncateSync(path, Math.floor(size / 2) + 123);
    const core = await createDesktopCore({ dbPath: path, tokenStore: memoryTokenStore(), log: quiet });
    const notices = await call(core, 'app.notices', {});
    expect(notices).toHaveLength(1);
    expect(notices[0]?.message.startsWith(REBUILT)).toBe(true);
    await core.close();
    expect(keptFiles()).toHaveLength(1);
    expect(existsSync(path)).toBe(true);
    expect(peek((db) => db.pragma('quick_check', { simple: true }))).toBe('ok');
  });

  it('a healthy replica opens as it is, with no notice', async () => {
    healthyReplica(1);
    const core = await createDesktopCore({ dbPath: path, tokenStore: memoryTokenStore(), log: quiet });
    expect(await call(core, 'app.notices', {})).toEqual([]);
    await core.close();
    expect(keptFiles()).toEqual([]);
    expect(peek((db) => db.prepare<[], { n: number }>('SELECT count(*) AS n FROM tickets').get()?.n)).toBe(400);
  });
});
