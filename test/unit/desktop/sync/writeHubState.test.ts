import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { messageRowDefaults, uuidv7, type MessageRow, type TicketRow } from '../../../../src/core';
import { openLocalStore, type LocalStore } from '../../../../src/desktop/db/localStore';
import { getTicketDetail } from '../../../../src/desktop/queries/tickets/getTicketDetail';
import { runLocalWrite } from '../../../../src/desktop/outbox/runLocalWrite';
import { applyChangeRows } from '../../../../src/desktop/sync/applyChangeRows';
import { writeHubState } from '../../../../src/desktop/sync/writeHubState';
import { changeRows, envelope, replicaFixtures } from '../../../fixtures/desktop/replicaFixtures';
import { tempDir } from '../../../fixtures/desktop/tempDir';

/** A replica holding the fixtures at cursor 4 on the team scope, plus one pending local reply. */
describe('applying hub changes with rebase', () => {
  const dir = tempDir();
  let store: LocalStore;
  let fx: ReturnType<typeof replicaFixtures>;
  let replyId: string;
  let replyMutation: string;

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
    replyId = uuidv7();
    const env = envelope('message.send', { id: replyId, ticketId: fx.ticket.id, kind: 'reply', body: 'Checking with the carrier' }, fx.clientId, fx.now + 5000);
    replyMutation = env.id;
    runLocalWrite(store, env, fx.actor);
  });
  afterEach(() => store.close());
  afterAll(() => dir.remove());

  it('keeps unsent work on top of newer hub rows', () => {
    const hubTicket: TicketRow = { ...fx.ticket, priority: 'urgent', updatedAt: fx.now + 100 };
    const inbound: MessageRow = {
      ...messageRowDefaults(),
      id: uuidv7(),
      ticketId: fx.ticket.id,
      direction: 'inbound',
      channel: 'email',
      authorId: null,
      body: 'Any news?',
      deliveryStatus: 'received',
      createdAt: fx.now + 100,
    };
    const entities = applyChangeRows(store, fx.actor, changeRows(5, fx.scope, [
      { entity: 'tickets', row: hubTicket },
      { entity: 'messages', row: inbound },
    ]));

    expect(entities).toEqual(expect.arrayContaining(['tickets', 'messages']));
    // Hub's priority and the local reply's status/lastMessageAt both show.
    expect(store.rows.get('tickets', fx.ticket.id)).toMatchObject({ priority: 'urgent', status: 'open', lastMessageAt: fx.now + 5000 });
    expect(store.rows.get('messages', inbound.id)).toEqual(inbound);
    expect(store.stash.all()).toContainEqual({ entity: 'tickets', id: fx.ticket.id, row: hubTicket });
    expect(store.state.cursors()[fx.scope]).toBe(6);
    const thread = getTicketDetail(store.db, fx.ticket.id)?.messages ?? [];
    expect(thread.map((m) => [m.body, m.pending])).toEqual([
      ['Any news?', false],
      ['Checking with the carrier', true],
    ]);
  });

  it('skips rows at or below the cursor and a row that fails its schema, applying the rest', () => {
    const logged: string[] = [];
    const stale: TicketRow = { ...fx.ticket, subject: 'stale' };
    const rows = [
      ...changeRows(3, fx.scope, [{ entity: 'tickets', row: stale }]),
      ...changeRows(5, fx.scope, [{ entity: 'customers', row: { ...fx.customer, name: 'Renamed' } }]),
    ];
    rows.push({ seq: 6, scope: fx.scope, entity: 'tickets', op: 'upsert', id: fx.ticket.id, row: { id: fx.ticket.id, subject: 42 } });
    applyChangeRows(store, fx.actor, rows, (m) => logged.push(m));
    expect(store.rows.get('tickets', fx.ticket.id)?.subject).toBe(fx.ticket.subject);
    expect(store.rows.get('customers', fx.customer.id)?.name).toBe('Renamed');
    expect(logged).toEqual([expect.stringContaining('skipped invalid tickets row')]);
    expect(store.state.cursors()[fx.scope]).toBe(6);
  });

  it('leaves a mutation that no longer applies queued, without its effect', () => {
    const closed: TicketRow = { ...fx.ticket, status: 'closed', updatedAt: fx.now + 200 };
    applyChangeRows(store, fx.actor, changeRows(5, fx.scope, [{ entity: 'tickets', row: closed }]));
    expect(store.rows.get('messages', replyId)).toBeUndefined();
    expect(store.rows.get('tickets', fx.ticket.id)).toEqual(closed);
    expect(store.outbox.all().map((e) => e.mutationId)).toEqual([replyMutation]);
    expect(store.stash.all()).toEqual([]);
  });

  it('drops an acked entry once the cursors reach its seqs, and not before', () => {
    store.outbox.markAcked(replyMutation, { [fx.scope]: 6 });
    const hubReply: MessageRow = { ...(store.rows.get('messages', replyId) as MessageRow), deliveryStatus: 'sent' };
    const hubTicket: TicketRow = { ...(store.rows.get('tickets', fx.ticket.id) as TicketRow), updatedAt: fx.now + 6000 };

    applyChangeRows(store, fx.actor, changeRows(5, fx.scope, [{ entity: 'messages', row: hubReply }]));
    expect(store.outbox.all()).toHaveLength(1);
    expect(store.outbox.unsentCount()).toBe(0);

    applyChangeRows(store, fx.actor, changeRows(6, fx.scope, [{ entity: 'tickets', row: hubTicket }]));
    expect(store.outbox.all()).toEqual([]);
    expect(store.stash.all()).toEqual([]);
    expect(store.rows.get('messages', replyId)).toEqual(hubReply);
    expect(getTicketDetail(store.db, fx.ticket.id)?.messages.map((m) => m.pending)).toEqual([false]);
  });

  it('removes a rejected mutation and undoes its optimistic effect, keeping later work', () => {
    const noteId = uuidv7();
    runLocalWrite(store, envelope('message.send', { id: noteId, ticketId: fx.ticket.id, kind: 'note', body: 'internal' }, fx.clientId, fx.now + 6000), fx.actor);
    store.transaction(() => store.outbox.fail(replyMutation, 'forbidden', 'Replies are disabled for this customer.', fx.now + 7000));
    writeHubState(store, fx.actor, () => []);

    expect(store.rows.get('messages', replyId)).toBeUndefined();
    expect(store.rows.get('messages', noteId)).toMatchObject({ body: 'internal' });
    // A note does not reopen the ticket: status is back to the hub's 'new'.
    expect(store.rows.get('tickets', fx.ticket.id)).toMatchObject({ status: 'new', lastMessageAt: fx.now + 6000 });
    expect(store.outbox.all().map((e) => e.name)).toEqual(['message.send']);
    const failed = store.sqlite.prepare('SELECT id, code, message FROM failed_mutations').all();
    expect(failed).toEqual([{ id: replyMutation, code: 'forbidden', message: 'Replies are disabled for this customer.' }]);
  });
});
