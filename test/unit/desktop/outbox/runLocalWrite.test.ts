import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MutationRejection, uuidv7 } from '../../../../src/core';
import { openLocalStore, type LocalStore } from '../../../../src/desktop/db/localStore';
import { runLocalWrite } from '../../../../src/desktop/outbox/runLocalWrite';
import { applyChangeRows } from '../../../../src/desktop/sync/applyChangeRows';
import { changeRows, envelope, replicaFixtures } from '../../../fixtures/desktop/replicaFixtures';
import { tempDir } from '../../../fixtures/desktop/tempDir';

describe('local write path', () => {
  const dir = tempDir();
  let store: LocalStore;
  let fx: ReturnType<typeof replicaFixtures>;

  beforeEach(() => {
    fx = replicaFixtures();
    store = openLocalStore(dir.file(`${uuidv7()}.sqlite`));
    store.state.setCursors({ tenant: 0, [fx.scope]: 0 });
    applyChangeRows(store, fx.actor, [
      ...changeRows(1, 'tenant', [
        { entity: 'teams', row: fx.team },
        { entity: 'agents', row: fx.agent },
        { entity: 'customers', row: fx.customer },
      ]),
      ...changeRows(4, fx.scope, [{ entity: 'tickets', row: fx.ticket }]),
    ]);
  });
  afterEach(() => store.close());
  afterAll(() => dir.remove());

  it('writes the optimistic rows, stashes the hub versions and queues the mutation together', () => {
    const messageId = uuidv7();
    const env = envelope('message.send', { id: messageId, ticketId: fx.ticket.id, kind: 'reply', body: 'On its way' }, fx.clientId, fx.now + 1000);
    const entities = runLocalWrite(store, env, fx.actor);

    expect(entities.sort()).toEqual(['messages', 'tickets']);
    expect(store.rows.get('messages', messageId)).toMatchObject({ body: 'On its way', authorId: fx.agent.id, createdAt: fx.now + 1000 });
    expect(store.rows.get('tickets', fx.ticket.id)).toMatchObject({ status: 'open', lastMessageAt: fx.now + 1000 });
    const stashed = store.stash.all();
    expect(stashed).toContainEqual({ entity: 'messages', id: messageId, row: null });
    expect(stashed).toContainEqual({ entity: 'tickets', id: fx.ticket.id, row: fx.ticket });
    expect(store.outbox.all()).toEqual([
      expect.objectContaining({ mutationId: env.id, name: 'message.send', status: 'pending', ackSeqs: null }),
    ]);
    expect(store.outbox.unsentCount()).toBe(1);
  });

  it('keeps the first hub version in the stash when a row is written twice', () => {
    runLocalWrite(store, envelope('ticket.update', { id: fx.ticket.id, priority: 'urgent' }, fx.clientId, fx.now + 1), fx.actor);
    runLocalWrite(store, envelope('ticket.update', { id: fx.ticket.id, status: 'pending' }, fx.clientId, fx.now + 2), fx.actor);
    expect(store.rows.get('tickets', fx.ticket.id)).toMatchObject({ priority: 'urgent', status: 'pending' });
    expect(store.stash.all()).toEqual([{ entity: 'tickets', id: fx.ticket.id, row: fx.ticket }]);
    expect(store.outbox.all().map((e) => e.name)).toEqual(['ticket.update', 'ticket.update']);
  });

  it('returns a local rejection to the caller and queues nothing', () => {
    const missing = uuidv7();
    const env = envelope('message.send', { id: uuidv7(), ticketId: missing, kind: 'note', body: 'hello' }, fx.clientId, fx.now);
    expect(() => runLocalWrite(store, env, fx.actor)).toThrow(MutationRejection);
    const bad = envelope('message.send', { id: uuidv7(), ticketId: fx.ticket.id, kind: 'reply', body: '   ' }, fx.clientId, fx.now);
    expect(() => runLocalWrite(store, bad, fx.actor)).toThrow(/body: message is empty/);
    expect(store.outbox.all()).toEqual([]);
    expect(store.stash.all()).toEqual([]);
    expect(store.rows.get('tickets', fx.ticket.id)).toEqual(fx.ticket);
  });

  it('rolls the row changes back when the outbox insert fails', () => {
    const first = envelope('message.send', { id: uuidv7(), ticketId: fx.ticket.id, kind: 'note', body: 'one' }, fx.clientId, fx.now + 1);
    runLocalWrite(store, first, fx.actor);
    const secondMessage = uuidv7();
    // Same mutation id again: the unique outbox key refuses it, so its message must not exist either.
    const second = { ...first, args: { id: secondMessage, ticketId: fx.ticket.id, kind: 'note', body: 'two' } };
    expect(() => runLocalWrite(store, second, fx.actor)).toThrow(/UNIQUE/);
    expect(store.rows.get('messages', secondMessage)).toBeUndefined();
    expect(store.outbox.all()).toHaveLength(1);
  });

  it('keeps clientId, cursors and the outbox across a reopen of the same file', () => {
    const path = dir.file('reopen.sqlite');
    const a = openLocalStore(path);
    const clientId = a.state.clientId();
    a.state.setCursors({ tenant: 7 });
    a.outbox.add(envelope('ticket.update', { id: fx.ticket.id, status: 'open' }, clientId, fx.now));
    a.close();
    const b = openLocalStore(path);
    expect(b.state.clientId()).toBe(clientId);
    expect(b.state.cursors()).toEqual({ tenant: 7 });
    expect(b.outbox.all()).toHaveLength(1);
    expect(b.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(b.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    b.close();
  });
});
