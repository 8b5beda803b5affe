import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7, type HistoryBundle } from '../../../../src/core';
import { openLocalStore, type LocalStore } from '../../../../src/desktop/db/localStore';
import { applyChangeRows } from '../../../../src/desktop/sync/applyChangeRows';
import { cacheHistoryBundle } from '../../../../src/desktop/sync/cacheHistoryBundle';
import { changeRows, replicaFixtures } from '../../../fixtures/desktop/replicaFixtures';
import { tempDir } from '../../../fixtures/desktop/tempDir';

/** Fetched history lands as hub state, but never overwrites a newer version the replica already applied. */
describe('caching fetched history rows', () => {
  const dir = tempDir();
  let store: LocalStore;
  let fx: ReturnType<typeof replicaFixtures>;

  beforeEach(() => {
    fx = replicaFixtures();
    store = openLocalStore(dir.file(`${uuidv7()}.sqlite`));
    store.state.setCursors({ tenant: 0, [fx.scope]: 0 });
    applyChangeRows(store, fx.actor, [
      ...changeRows(1, 'tenant', [{ entity: 'customers', row: fx.customer }]),
      ...changeRows(4, fx.scope, [{ entity: 'tickets', row: { ...fx.ticket, subject: 'Newer subject' } }]),
    ]);
  });

  afterAll(() => dir.remove());

  const bundle = (heads: Record<string, number>): HistoryBundle => {
    const old = { ...fx.ticket, id: uuidv7(fx.now) };
    return { heads, rows: { tickets: [{ ...fx.ticket, subject: 'Older subject' }, old], messages: [{ id: 'not-a-row' }] }, nextBefore: null };
  };

  it('takes every row when the replica is not past the answer\'s heads', () => {
    const b = bundle({ tenant: 1, [fx.scope]: 4 });
    const result = cacheHistoryBundle(store, fx.actor, b, () => {});
    expect(result.stale).toBe(false);
    expect(store.rows.get('tickets', fx.ticket.id)?.subject).toBe('Older subject');
    expect(store.rows.get('tickets', String(b.rows.tickets![1]!.id))).toBeDefined();
  });

  it('past the heads, adds only missing rows and skips invalid ones', () => {
    const logged: string[] = [];
    const b = bundle({ tenant: 1, [fx.scope]: 3 });
    const result = cacheHistoryBundle(store, fx.actor, b, (m) => logged.push(m));
    expect(result.stale).toBe(true);
    expect(store.rows.get('tickets', fx.ticket.id)?.subject).toBe('Newer subject');
    expect(store.rows.get('tickets', String(b.rows.tickets![1]!.id))).toBeDefined();
    expect(logged.some((m) => m.includes('invalid fetched messages'))).toBe(true);
  });
});
