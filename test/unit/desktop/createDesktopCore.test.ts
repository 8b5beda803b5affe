import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { messageRowDefaults, uuidv7, type AgentRow, type IpcEventPayload, type MessageRow, type TicketRow } from '../../../src/core';
import { createDesktopCore, type DesktopCore } from '../../../src/desktop/createDesktopCore';
import { openLocalStore } from '../../../src/desktop/db/localStore';
import { memoryTokenStore } from '../../../src/desktop/session/memoryTokenStore';
import { applyChangeRows } from '../../../src/desktop/sync/applyChangeRows';
import { call } from '../../fixtures/desktop/coreCalls';
import { startFakeLoginServer } from '../../fixtures/desktop/fakeLoginServer';
import { changeRows, replicaFixtures } from '../../fixtures/desktop/replicaFixtures';
import { tempDir } from '../../fixtures/desktop/tempDir';
import { sendMessage } from '../../fixtures/desktop/sendMessage';

const quiet = (): void => {};

describe('desktop core IPC', () => {
  const dir = tempDir();
  let login: Awaited<ReturnType<typeof startFakeLoginServer>>;
  let fx: ReturnType<typeof replicaFixtures>;
  let other: AgentRow;
  let core: DesktopCore;
  let dbPath: string;

  beforeAll(async () => {
    fx = replicaFixtures();
    other = { ...fx.agent, id: uuidv7(), email: 'ben@relay.example', name: 'Ben Other' };
    login = await startFakeLoginServer({ [fx.agent.email]: fx.agent, [other.email]: other });
  });
  afterAll(async () => {
    await login.close();
    dir.remove();
  });

  beforeEach(async () => {
    dbPath = dir.file(`${uuidv7()}.sqlite`);
    core = await createDesktopCore({ dbPath, hubUrl: login.url, tokenStore: memoryTokenStore(), log: quiet });
  });
  afterEach(() => core.close());

  /** Signs in (the fake hub has no socket.io, so sync stays offline) and replicates the fixtures by hand. */
  async function signInWithRows(extra: (TicketRow | MessageRow)[] = []): Promise<void> {
    await call(core, 'session.signIn', { email: fx.agent.email, password: 'pw' });
    await core.close();
    const store = openLocalStore(dbPath);
    store.state.setCursors({ tenant: 0, [fx.scope]: 0 });
    applyChangeRows(store, fx.actor, [
      ...changeRows(1, 'tenant', [
        { entity: 'teams', row: fx.team },
        { entity: 'agents', row: fx.agent },
        { entity: 'customers', row: fx.customer },
      ]),
      ...changeRows(4, fx.scope, [
        { entity: 'tickets', row: fx.ticket },
        ...extra.map((row) => ({ entity: 'ticketId' in row ? ('messages' as const) : ('tickets' as const), row })),
      ]),
    ]);
    store.close();
    core = await createDesktopCore({ dbPath, hubUrl: login.url, tokenStore: memoryTokenStore(`token-for-${fx.agent.id}`), log: quiet });
  }

  it('answers unknown channels and invalid input with an error naming the problem, never throwing', async () => {
    expect(await core.invoke('tickets.delete', {})).toEqual({ ok: false, error: { code: 'unknown_channel', message: 'Unknown channel "tickets.delete".' } });
    expect(await core.invoke('session.signIn', { email: 'nope', password: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('email: enter a valid email address') },
    });
    expect(await core.invoke('tickets.get', { id: 'not-a-uuid' })).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'id: must be a UUID' } });
    expect(await core.invoke('message.send', { id: uuidv7(), ticketId: fx.ticket.id, kind: 'reply', body: ' ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'body: message is empty' },
    });
  });

  it('refuses writes while signed out and reports a wrong password as unauthorized', async () => {
    expect(await call(core, 'sync.status', {})).toMatchObject({ connection: 'signed_out', unsent: 0 });
    expect(await core.invoke('ticket.update', { id: fx.ticket.id, status: 'open' })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await core.invoke('session.signIn', { email: fx.agent.email, password: 'wrong' })).toEqual({
      ok: false,
      error: { code: 'unauthorized', message: 'Wrong email or password.' },
    });
    expect(await core.invoke('session.signIn', { hubUrl: 'http://127.0.0.1:9', email: fx.agent.email, password: 'pw' })).toMatchObject({
      ok: false,
      error: { code: 'offline' },
    });
  });

  it('writes through the outbox while offline: pending in the thread, counted as unsent, announced', async () => {
    await signInWithRows();
    const changed: IpcEventPayload<'data.changed'>[] = [];
    core.on('data.changed', (p) => changed.push(p));
    const sent = await sendMessage(core, { ticketId: fx.ticket.id, kind: 'reply', body: 'We are on it.' });
    await call(core, 'ticket.update', { id: fx.ticket.id, assigneeId: fx.agent.id });

    const detail = await call(core, 'tickets.get', { id: fx.ticket.id });
    expect(detail?.assignee?.id).toBe(fx.agent.id);
    expect(detail?.customer?.name).toBe(fx.customer.name);
    expect(detail?.messages).toEqual([expect.objectContaining({ id: sent.messageId, pending: true, authorName: fx.agent.name })]);
    expect((await call(core, 'sync.status', {})).unsent).toBe(2);
    expect(changed[0]?.entities.sort()).toEqual(['messages', 'tickets']);
    const mine = await call(core, 'tickets.list', { view: 'mine' });
    expect(mine.map((t) => [t.id, t.assigneeName, t.messageCount, t.lastMessagePreview])).toEqual([
      [fx.ticket.id, fx.agent.name, 1, 'We are on it.'],
    ]);
    expect(await call(core, 'tickets.list', { view: 'unassigned' })).toEqual([]);
    // A local rejection reaches the caller and queues nothing.
    expect(await core.invoke('ticket.update', { id: uuidv7(), status: 'open' })).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect((await call(core, 'sync.status', {})).unsent).toBe(2);
  });

  it('refuses invalid input to a generated write channel with invalid_input and a readable reason; nothing is written', async () => {
    await signInWithRows();
    const refusals = [
      ['ticket.update', { id: fx.ticket.id, status: 'archived' }, /^status: /],
      ['ticket.update', { id: fx.ticket.id }, /^input: nothing to change: give status, priority/],
      ['message.send', { ticketId: fx.ticket.id, kind: 'note', body: 'The renderer must name the message.' }, /^id: /],
      ['ticket.merge', { sourceId: fx.ticket.id, targetId: uuidv7() }, /^noteId: /],
      ['exception.update', { action: 'resolve', id: uuidv7(), note: ' ' }, /^note: a resolution note is required/],
    ] as const;
    for (const [channel, input, reason] of refusals) {
      const reply = await core.invoke(channel, input);
      expect(reply, channel).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(reason) } });
    }
    expect((await call(core, 'sync.status', {})).unsent).toBe(0);
    const detail = await call(core, 'tickets.get', { id: fx.ticket.id });
    expect(detail?.ticket).toEqual(fx.ticket);
    expect(detail?.messages).toEqual([]);
  });

  it('lists newest activity first with filters, previews cut near 140 characters', async () => {
    const older: TicketRow = { ...fx.ticket, id: uuidv7(), number: 1000, status: 'solved', customerId: uuidv7(), updatedAt: fx.now - 10 };
    const long: MessageRow = {
      ...messageRowDefaults(),
      id: uuidv7(),
      ticketId: fx.ticket.id,
      direction: 'inbound',
      channel: 'email',
      authorId: null,
      body: `Hello,\n\n${'x'.repeat(300)}`,
      deliveryStatus: 'received',
      createdAt: fx.now,
    };
    await signInWithRows([older, long]);
    const all = await call(core, 'tickets.list', {});
    expect(all.map((t) => t.id)).toEqual([fx.ticket.id, older.id]);
    expect(all[0]?.lastMessagePreview.startsWith('Hello, xxx')).toBe(true);
    expect(all[0]?.lastMessagePreview.length).toBe(140);
    expect(all[1]).toMatchObject({ customerName: 'Unknown customer', messageCount: 0, lastMessagePreview: '' });
    expect((await call(core, 'tickets.list', { status: ['solved'] })).map((t) => t.id)).toEqual([older.id]);
    expect(await call(core, 'tickets.list', { limit: 1 })).toHaveLength(1);
  });

  it('wipes the replica when a different agent signs in, and keeps it for the same one', async () => {
    await signInWithRows();
    await call(core, 'session.signIn', { email: fx.agent.email, password: 'pw' });
    expect(await call(core, 'tickets.list', {})).toHaveLength(1);
    const session = await call(core, 'session.signIn', { email: other.email, password: 'pw' });
    expect(session.agent?.id).toBe(other.id);
    expect(await call(core, 'tickets.list', {})).toEqual([]);
    await call(core, 'session.signOut', {});
    expect(await call(core, 'session.get', {})).toEqual({ hubUrl: login.url, agent: null });
    expect((await call(core, 'sync.status', {})).connection).toBe('signed_out');
  });

  it('stays offline on "Work offline" and says so', async () => {
    await signInWithRows();
    const status = await call(core, 'sync.setPaused', { paused: true });
    expect(status).toMatchObject({ paused: true, connection: 'offline' });
    expect(status.offlineSince).not.toBeNull();
  });
});
