import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7, type EntityName, type LiveChanges, type TicketRow } from '../../../../src/core';
import { openLocalStore, type LocalStore } from '../../../../src/desktop/db/localStore';
import { runLocalWrite } from '../../../../src/desktop/outbox/runLocalWrite';
import { applyChangeRows } from '../../../../src/desktop/sync/applyChangeRows';
import { applyLiveBatches } from '../../../../src/desktop/sync/applyLiveBatches';
import { Connection } from '../../../../src/desktop/sync/Connection';
import type { SyncStepContext } from '../../../../src/desktop/sync/SyncStepContext';
import { StatusTracker } from '../../../../src/desktop/status/StatusTracker';
import { changeRows, envelope, replicaFixtures } from '../../../fixtures/desktop/replicaFixtures';
import { tempDir } from '../../../fixtures/desktop/tempDir';

/** Live batches that queued up behind a sync step are applied together, with one rebase. */
describe('applyLiveBatches', () => {
  const dir = tempDir();
  let store: LocalStore;
  let fx: ReturnType<typeof replicaFixtures>;
  let changed: EntityName[][];
  let pulls: number;

  const ctx = (): SyncStepContext => {
    const socket = {
      connected: true,
      // Only a gap asks the hub anything: answer its pull with "nothing newer".
      timeout: () => ({ emitWithAck: async () => { pulls++; return { ok: true, data: { rows: [], hasMore: false } }; } }),
    };
    return {
      store,
      hubUrl: 'http://127.0.0.1:9',
      token: 't',
      clientId: fx.clientId,
      actor: () => fx.actor,
      onAgent: () => {},
      status: new StatusTracker(() => {}),
      dataChanged: (entities) => changed.push(entities),
      now: () => fx.now,
      log: () => {},
      socket: socket as unknown as SyncStepContext['socket'],
      connection: new Connection(),
    };
  };

  beforeEach(() => {
    fx = replicaFixtures();
    changed = [];
    pulls = 0;
    store = openLocalStore(dir.file(`${uuidv7()}.sqlite`));
    store.state.setCursors({ tenant: 3, [fx.scope]: 0 });
    applyChangeRows(store, fx.actor, changeRows(4, fx.scope, [{ entity: 'tickets', row: fx.ticket }]));
  });
  afterEach(() => store.close());
  afterAll(() => dir.remove());

  const ticketAt = (seq: number, subject: string): LiveChanges => ({
    scope: fx.scope,
    prev: seq - 1,
    rows: changeRows(seq, fx.scope, [{ entity: 'tickets', row: { ...fx.ticket, subject } satisfies TicketRow }]),
  });

  it('applies consecutive batches in one write, skips a duplicate and a scope it does not hold', async () => {
    const reply = envelope('message.send', { id: uuidv7(), ticketId: fx.ticket.id, kind: 'reply', body: 'On it' }, fx.clientId, fx.now + 1);
    runLocalWrite(store, reply, fx.actor);
    const batches = [ticketAt(5, 'first'), ticketAt(6, 'second'), ticketAt(5, 'stale duplicate'), { ...ticketAt(1, 'foreign'), scope: 'team:elsewhere' }];

    await applyLiveBatches(ctx(), batches);

    expect(store.state.cursors()[fx.scope]).toBe(6);
    // Hub subject from the last batch, the pending reply re-applied on top (status opened).
    expect(store.rows.get('tickets', fx.ticket.id)).toMatchObject({ subject: 'second', status: 'open' });
    expect(changed).toHaveLength(1);
    expect(pulls).toBe(0);
  });

  it('applies what follows and pulls once when a batch leaves a gap', async () => {
    await applyLiveBatches(ctx(), [ticketAt(5, 'first'), ticketAt(8, 'after a gap'), ticketAt(9, 'after that')]);
    expect(store.state.cursors()[fx.scope]).toBe(5);
    expect(store.rows.get('tickets', fx.ticket.id)?.subject).toBe('first');
    expect(pulls).toBe(1);
  });
});
