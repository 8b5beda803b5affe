import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { planBulkTicketUpdate, uuidv7, type AgentRow, type BulkTicketCall, type SavedViewQuery, type SavedViewRow, type TeamRow, type TicketRow } from '../../../../src/core';
import { createDesktopCore, type DesktopCore } from '../../../../src/desktop/createDesktopCore';
import { openLocalStore, type LocalStore } from '../../../../src/desktop/db/localStore';
import { memoryTokenStore } from '../../../../src/desktop/session/memoryTokenStore';
import { runBulkTicketUpdate, type BulkCallReply } from '../../../../src/renderer/inbox/bulk/runBulkTicketUpdate';
import { call } from '../../../fixtures/desktop/coreCalls';
import { startFakeLoginServer } from '../../../fixtures/desktop/fakeLoginServer';
import { replicaFixtures } from '../../../fixtures/desktop/replicaFixtures';
import { tempDir } from '../../../fixtures/desktop/tempDir';
import { sampleTicket } from '../../../fixtures/sampleRows';

const quiet = (): void => {};
const query: SavedViewQuery = { view: 'all', channel: [], status: ['open'], priority: [], search: '', tags: [], fields: {}, sort: 'priority' };

describe('saved views and bulk ticket changes through the desktop core (offline: the hub only answers sign-in)', () => {
  const dir = tempDir();
  let login: Awaited<ReturnType<typeof startFakeLoginServer>>;
  let fx: ReturnType<typeof replicaFixtures>;
  let lead: AgentRow;
  let core: DesktopCore;
  let side: LocalStore;

  beforeAll(async () => {
    fx = replicaFixtures();
    lead = { ...fx.agent, id: uuidv7(), email: 'lee@relay.example', name: 'Lee Lead', role: 'lead' };
    login = await startFakeLoginServer({ [fx.agent.email]: fx.agent, [lead.email]: lead });
  });
  afterAll(async () => {
    await login.close();
    dir.remove();
  });
  afterEach(() => {
    side.close();
    core.close();
  });

  async function signedIn(agent: AgentRow): Promise<void> {
    const dbPath = dir.file(`${uuidv7()}.sqlite`);
    core = await createDesktopCore({ dbPath, hubUrl: login.url, tokenStore: memoryTokenStore(), log: quiet });
    await call(core, 'session.signIn', { email: agent.email, password: 'pw' });
    // A second connection plays the hub's earlier sync: rows already in the replica.
    side = openLocalStore(dbPath);
    side.rows.put('teams', fx.team);
    side.rows.put('customers', fx.customer);
  }

  // What the renderer's invokeBulkCall does: each call on its mutation's channel.
  const invoke = (c: BulkTicketCall) => core.invoke(c.name, c.args) as Promise<BulkCallReply>;

  const outboxSize = () => (side.sqlite.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n;

  it("lists the agent's own views and their team's, never another agent's personal or another team's view", async () => {
    await signedIn(fx.agent);
    const view = (over: Partial<SavedViewRow>): SavedViewRow => ({ id: uuidv7(), name: 'x', ownerId: fx.agent.id, teamId: null, query, createdAt: fx.now, updatedAt: fx.now, ...over });
    side.rows.put('saved_views', view({ name: 'Colleague private', ownerId: uuidv7() }));
    side.rows.put('saved_views', view({ name: 'Other team', ownerId: uuidv7(), teamId: uuidv7() }));
    side.rows.put('saved_views', view({ name: 'Team board', ownerId: lead.id, teamId: fx.team.id }));
    const id = uuidv7();
    await call(core, 'view.save', { id, name: 'My open', query });
    expect(outboxSize()).toBe(1);
    const list = await call(core, 'views.list', {});
    expect(list.map((v) => [v.name, v.teamName, v.canEdit])).toEqual([
      ['My open', null, true],
      ['Team board', 'Parcel Support', false],
    ]);
    expect(list[0]?.query).toEqual(query);
    const shared = await core.invoke('view.save', { id: uuidv7(), name: 'For all', teamId: fx.team.id, query });
    expect(shared).toMatchObject({ ok: false, error: { message: expect.stringMatching(/lead of that team/) } });
    await call(core, 'view.delete', { id });
    expect((await call(core, 'views.list', {})).map((v) => v.name)).toEqual(['Team board']);
  });

  it('bulk priority is one outbox entry per ticket, and its undo puts each ticket back as it was', async () => {
    await signedIn(fx.agent);
    const tickets: TicketRow[] = (['low', 'normal', 'urgent', 'high'] as const).map((priority, i) => ({ ...sampleTicket(fx.now, fx.customer.id, fx.team.id), number: 2000 + i, priority }));
    for (const t of tickets) side.rows.put('tickets', t);
    const plan = planBulkTicketUpdate(tickets, { field: 'priority', value: 'urgent' });
    // The urgent one is left alone: nothing to change, nothing to undo.
    expect(plan.apply.map((a) => a.args.id)).toEqual([tickets[0]!.id, tickets[1]!.id, tickets[3]!.id]);
    const done = await runBulkTicketUpdate(invoke, plan.apply);
    expect(done).toEqual({ done: plan.apply.map((a) => a.args.id), failed: [] });
    expect(outboxSize()).toBe(3);
    expect(tickets.map((t) => side.rows.get('tickets', t.id)?.priority)).toEqual(['urgent', 'urgent', 'urgent', 'urgent']);

    // A teammate's change to another field in between survives the undo: only priority goes back.
    await call(core, 'ticket.update', { id: tickets[1]!.id, status: 'pending' });
    const undone = await runBulkTicketUpdate(invoke, done.done.flatMap((id) => plan.undo.get(id) ?? []));
    expect(undone.failed).toEqual([]);
    expect(outboxSize()).toBe(7);
    expect(tickets.map((t) => side.rows.get('tickets', t.id)?.priority)).toEqual(['low', 'normal', 'urgent', 'high']);
    expect(side.rows.get('tickets', tickets[1]!.id)?.status).toBe('pending');
  });

  it('a refused ticket does not stop the batch, and is left out of the undo', async () => {
    await signedIn(fx.agent);
    const mine = { ...sampleTicket(fx.now, fx.customer.id, fx.team.id), status: 'open' as const };
    const merged = { ...sampleTicket(fx.now, fx.customer.id, fx.team.id), status: 'closed' as const, mergedIntoId: mine.id };
    side.rows.put('tickets', mine);
    side.rows.put('tickets', merged);
    const plan = planBulkTicketUpdate([merged, mine], { field: 'status', value: 'solved' });
    const outcome = await runBulkTicketUpdate(invoke, plan.apply);
    expect(outcome.done).toEqual([mine.id]);
    expect(outcome.failed).toEqual([{ id: merged.id, message: expect.stringMatching(/merged into another/) }]);
    expect(side.rows.get('tickets', mine.id)?.status).toBe('solved');
  });

  it('bulk tag adds one tag per ticket that lacks it; its undo removes only what the batch added', async () => {
    await signedIn(fx.agent);
    const tagged = { ...sampleTicket(fx.now, fx.customer.id, fx.team.id), tags: ['claim'] };
    const plain = [sampleTicket(fx.now, fx.customer.id, fx.team.id), { ...sampleTicket(fx.now, fx.customer.id, fx.team.id), tags: ['vip'] }];
    for (const t of [tagged, ...plain]) side.rows.put('tickets', t);
    const plan = planBulkTicketUpdate([tagged, ...plain], { field: 'tag', value: 'claim' });
    expect(plan.apply.map((c) => [c.name, c.args.id])).toEqual(plain.map((t) => ['ticket.setTags', t.id]));
    const done = await runBulkTicketUpdate(invoke, plan.apply);
    expect(done.failed).toEqual([]);
    expect([tagged, ...plain].map((t) => side.rows.get('tickets', t.id)?.tags)).toEqual([['claim'], ['claim'], ['vip', 'claim']]);
    await runBulkTicketUpdate(invoke, done.done.flatMap((id) => plan.undo.get(id) ?? []));
    expect([tagged, ...plain].map((t) => side.rows.get('tickets', t.id)?.tags)).toEqual([['claim'], [], ['vip']]);
  });

  it('bulk move sends each ticket not yet in that team to it with the note, and offers no undo', async () => {
    await signedIn(fx.agent);
    const customs: TeamRow = { id: uuidv7(), name: 'Customs & Compliance', createdAt: fx.now };
    side.rows.put('teams', customs);
    const tickets = [sampleTicket(fx.now, fx.customer.id, fx.team.id), sampleTicket(fx.now, fx.customer.id, fx.team.id)];
    for (const t of tickets) side.rows.put('tickets', t);
    const plan = planBulkTicketUpdate(tickets, { field: 'teamId', value: customs.id, note: 'Import paperwork' });
    expect(plan.undo.size).toBe(0);
    expect(plan.apply.map((c) => c.args)).toEqual(tickets.map((t) => ({ id: t.id, teamId: customs.id, noteId: expect.any(String), note: 'Import paperwork' })));
    const done = await runBulkTicketUpdate(invoke, plan.apply);
    expect(done).toEqual({ done: tickets.map((t) => t.id), failed: [] });
    // Each move is its own outbox entry; until the hub confirms, the replica shows the ticket in its new team.
    expect(tickets.map((t) => side.rows.get('tickets', t.id)?.teamId)).toEqual([customs.id, customs.id]);
    expect(outboxSize()).toBe(2);
    // A ticket already in the target team is left alone.
    expect(planBulkTicketUpdate([{ ...tickets[0]!, teamId: customs.id }], { field: 'teamId', value: customs.id, note: '' }).apply).toEqual([]);
  });
});
