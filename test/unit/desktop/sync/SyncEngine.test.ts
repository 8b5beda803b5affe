import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7, type TicketRow } from '../../../../src/core';
import { createDesktopCore, type DesktopCore } from '../../../../src/desktop/createDesktopCore';
import { memoryTokenStore } from '../../../../src/desktop/session/memoryTokenStore';
import { SESSION_ENDED_MESSAGE } from '../../../../src/desktop/session/sessionEndedMessage';
import { call } from '../../../fixtures/desktop/coreCalls';
import { replicaFixtures } from '../../../fixtures/desktop/replicaFixtures';
import { startScriptedHub } from '../../../fixtures/desktop/scriptedHub';
import { tempDir } from '../../../fixtures/desktop/tempDir';
import { waitFor } from '../../../fixtures/desktop/waitFor';
import { sendMessage } from '../../../fixtures/desktop/sendMessage';

describe('sync engine against a scripted hub', () => {
  const dir = tempDir();
  let fx: ReturnType<typeof replicaFixtures>;
  let hub: Awaited<ReturnType<typeof startScriptedHub>>;
  let core: DesktopCore;

  const subject = async (): Promise<string | undefined> => (await call(core, 'tickets.get', { id: fx.ticket.id }))?.ticket.subject;
  const synced = async (): Promise<boolean> => {
    const s = await call(core, 'sync.status', {});
    return s.connection === 'online' && !s.syncing;
  };

  beforeEach(async () => {
    fx = replicaFixtures();
    hub = await startScriptedHub(fx.agent, ['tenant', fx.scope]);
    hub.append('tenant', [
      { entity: 'teams', row: fx.team },
      { entity: 'agents', row: fx.agent },
      { entity: 'customers', row: fx.customer },
    ]);
    hub.append(fx.scope, [{ entity: 'tickets', row: fx.ticket }]);
    core = await createDesktopCore({ dbPath: dir.file(`${uuidv7()}.sqlite`), hubUrl: hub.url, log: () => {} });
  });
  afterEach(async () => {
    await core.close();
    await hub.close();
  });

  it('pulls when a live batch does not follow its cursor, and ignores a batch it already holds', async () => {
    await call(core, 'session.signIn', { email: fx.agent.email, password: 'pw' });
    await waitFor('first sync', synced);
    const pullsBefore = hub.calls.pull;

    const [skipped] = hub.append(fx.scope, [{ entity: 'tickets', row: { ...fx.ticket, subject: 'Gap: first' } satisfies TicketRow }]);
    const [announced] = hub.append(fx.scope, [{ entity: 'tickets', row: { ...fx.ticket, subject: 'Gap: second' } satisfies TicketRow }]);
    // Only the second batch is broadcast: its prev is the first one's seq, which the desktop never saw.
    hub.broadcast({ scope: fx.scope, prev: skipped!.seq, rows: [announced!] });
    await waitFor('the gap to be filled', async () => (await subject()) === 'Gap: second');
    expect(hub.calls.pull).toBeGreaterThan(pullsBefore);

    // A replay of a batch already held, with content a real hub would never send, must change nothing.
    hub.broadcast({ scope: fx.scope, prev: skipped!.seq, rows: [{ ...announced!, row: { ...fx.ticket, subject: 'Duplicate' } }] });
    // Batches are handled in arrival order, so once this later one shows, the replay has been handled.
    const tenantHead = hub.head('tenant');
    const [marker] = hub.append('tenant', [{ entity: 'customers', row: { ...fx.customer, name: 'Marker GmbH' } }]);
    hub.broadcast({ scope: 'tenant', prev: tenantHead, rows: [marker!] });
    await waitFor('the marker batch', async () => (await call(core, 'tickets.get', { id: fx.ticket.id }))?.customer?.name === 'Marker GmbH');
    expect(await subject()).toBe('Gap: second');
  });

  it('pages a snapshot entity by entity, parents first, reporting progress', async () => {
    await core.close();
    await hub.close();
    hub = await startScriptedHub(fx.agent, ['tenant', fx.scope], { snapshotPageSize: 1 });
    const customers = [fx.customer, ...[1, 2, 3].map((n) => ({ ...fx.customer, id: uuidv7(), name: `Customer ${n}` }))];
    hub.append('tenant', [{ entity: 'teams', row: fx.team }, { entity: 'agents', row: fx.agent }, ...customers.map((row) => ({ entity: 'customers' as const, row }))]);
    hub.append(fx.scope, [{ entity: 'tickets', row: fx.ticket }]);
    core = await createDesktopCore({ dbPath: dir.file(`${uuidv7()}.sqlite`), hubUrl: hub.url, log: () => {} });
    const progress: string[] = [];
    core.on('sync.status', (s) => {
      if (s.progress) progress.push(`${s.progress.entity} ${s.progress.done}/${s.progress.total}`);
    });
    await call(core, 'session.signIn', { email: fx.agent.email, password: 'pw' });
    await waitFor('first sync', synced);
    const emptyTenant = ['contacts', 'customer_duplicates', 'orders', 'invoices', 'shipments', 'tracking_events', 'warehouse_events', 'shipment_actions', 'kb_articles', 'macros', 'automations', 'sla_policies', 'tag_defs', 'field_defs', 'saved_views'];
    const emptyTeam = ['messages', 'exceptions', 'csat_responses'];
    // First-screen order: people and customers, then the team's tickets, then the logistics history and the rest.
    expect(progress).toEqual([
      'teams 1/1',
      'agents 1/1',
      'customers 1/4',
      'customers 2/4',
      'customers 3/4',
      'customers 4/4',
      'contacts 0/0',
      'tickets 1/1',
      ...emptyTeam.map((e) => `${e} 0/0`),
      ...emptyTenant.slice(1).map((e) => `${e} 0/0`),
    ]);
    expect(await call(core, 'tickets.list', {})).toHaveLength(1);
    // One request per page of one row, plus one for each empty entity.
    expect(hub.calls.snapshot).toBe(1 + 1 + 4 + emptyTenant.length + 1 + emptyTeam.length);
  });

  it('sends the outbox in order, in batches of at most 100, once each', async () => {
    await call(core, 'session.signIn', { email: fx.agent.email, password: 'pw' });
    await waitFor('first sync', synced);
    await call(core, 'sync.setPaused', { paused: true });
    const ids: string[] = [];
    for (let i = 0; i < 150; i++) {
      ids.push((await sendMessage(core, { ticketId: fx.ticket.id, kind: 'note', body: `note ${i}` })).mutationId);
    }
    expect((await call(core, 'sync.status', {})).unsent).toBe(150);
    await call(core, 'sync.setPaused', { paused: false });
    await waitFor('the outbox to drain', async () => (await call(core, 'sync.status', {})).unsent === 0);
    expect(hub.pushes.map((p) => p.length)).toEqual([100, 50]);
    expect(hub.pushes.flat()).toEqual(ids);
  });

  it('resends a push whose answer was lost, after reconnecting', async () => {
    await core.close();
    await hub.close();
    hub = await startScriptedHub(fx.agent, ['tenant', fx.scope], { cutFirstPush: true });
    hub.append('tenant', [{ entity: 'teams', row: fx.team }, { entity: 'agents', row: fx.agent }, { entity: 'customers', row: fx.customer }]);
    hub.append(fx.scope, [{ entity: 'tickets', row: fx.ticket }]);
    core = await createDesktopCore({ dbPath: dir.file(`${uuidv7()}.sqlite`), hubUrl: hub.url, log: () => {} });
    await call(core, 'session.signIn', { email: fx.agent.email, password: 'pw' });
    await waitFor('first sync', synced);
    const { mutationId } = await sendMessage(core, { ticketId: fx.ticket.id, kind: 'note', body: 'lost answer' });
    await waitFor('the outbox to drain', async () => (await call(core, 'sync.status', {})).unsent === 0);
    expect(hub.pushes).toEqual([[mutationId], [mutationId]]);
    expect(hub.calls.hello).toBe(2);
  });

  it('stops and signs out with the reason when the hub refuses the token', async () => {
    await core.close();
    // A stored session whose token the hub no longer accepts.
    const path = dir.file(`${uuidv7()}.sqlite`);
    const first = await createDesktopCore({ dbPath: path, hubUrl: hub.url, log: () => {} });
    await call(first, 'session.signIn', { email: fx.agent.email, password: 'pw' });
    await waitFor('first sync', async () => (await call(first, 'tickets.get', { id: fx.ticket.id })) !== null);
    await first.close();
    core = await createDesktopCore({ dbPath: path, hubUrl: hub.url, tokenStore: memoryTokenStore('expired'), log: () => {} });
    const status = await waitFor('the refusal', async () => {
      const s = await call(core, 'sync.status', {});
      return s.connection === 'signed_out' && s;
    });
    // The engine stops at the refusal; the session then ends with the reason (SessionController).
    expect(status).toMatchObject({ connection: 'signed_out', lastError: SESSION_ENDED_MESSAGE });
    expect(await call(core, 'tickets.get', { id: fx.ticket.id })).not.toBeNull();
  });
});
