/**
 * Team transfer over real sockets: Priya (Parcel) moves a ticket to Customs & Compliance. Her
 * replica loses the ticket and its thread but remembers where it went; Lena (Customs lead) gets
 * it live with the whole thread and the note; Maya (admin, holds both teams) keeps it in Customs.
 * Offline, the move waits in the outbox and lands on reconnect.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7, type AgentRow } from '../../../src/core';
import { createDesktopCore, type DesktopCore } from '../../../src/desktop/createDesktopCore';
import { startHub, type RunningHub } from '../../../src/hub/startHub';
import { call } from '../../fixtures/desktop/coreCalls';
import { startCuttableProxy, type CuttableProxy } from '../../fixtures/desktop/cuttableProxy';
import { tempDir } from '../../fixtures/desktop/tempDir';
import { hubLogin } from '../../fixtures/hub/hubLogin';
import { waitFor } from '../../fixtures/desktop/waitFor';
import { replicaPeek } from '../partial/replicaPeek';

interface Desk {
  path: string;
  proxy: CuttableProxy;
  core: DesktopCore;
  agent: AgentRow;
}

describe('moving a ticket to another team', () => {
  const dir = tempDir('relay-transfer-');
  let hub: RunningHub;
  const desks: Desk[] = [];
  let priya: Desk;
  let lena: Desk;
  let maya: Desk;

  const status = (d: Desk) => call(d.core, 'sync.status', {});
  const online = (d: Desk): Promise<unknown> =>
    waitFor('desk online, caught up, outbox drained', async () => {
      const s = await status(d);
      return s.connection === 'online' && !s.syncing && s.unsent === 0;
    });
  const count = (d: Desk, sql: string, id: string): number => replicaPeek(d.path, (db) => db.prepare<[string], { n: number }>(sql).get(id)?.n ?? 0);
  const heldTicket = (d: Desk, id: string) =>
    replicaPeek(d.path, (db) => db.prepare<[string], { team_id: string; assignee_id: string | null }>('SELECT team_id, assignee_id FROM tickets WHERE id = ?').get(id));
  const threadSize = (d: Desk, id: string): number => count(d, 'SELECT count(*) AS n FROM messages WHERE ticket_id = ?', id);
  async function desk(email: string, password: string): Promise<Desk> {
    const proxy = await startCuttableProxy({ host: '127.0.0.1', port: hub.port });
    const path = dir.file(`${email}.sqlite`);
    const core = await createDesktopCore({ dbPath: path, hubUrl: proxy.url, log: () => {} });
    const session = await call(core, 'session.signIn', { email, password });
    const d = { path, proxy, core, agent: session.agent! };
    desks.push(d);
    await online(d);
    return d;
  }
  /** An open Parcel ticket with a thread of at least two messages, not merged. */
  const parcelTicket = (skip: readonly string[] = []): string => {
    const row = replicaPeek(priya.path, (db) =>
      db
        .prepare<[string], { id: string }>(
          `SELECT t.id FROM tickets t WHERE t.team_id = ? AND t.merged_into_id IS NULL AND t.status NOT IN ('solved','closed')
             AND (SELECT count(*) FROM messages m WHERE m.ticket_id = t.id) >= 2 ORDER BY t.id`,
        )
        .all(priya.agent.teamId)
        .find((t) => !skip.includes(t.id)),
    );
    if (!row) throw new Error('no open Parcel ticket with a thread');
    return row.id;
  };

  beforeAll(async () => {
    hub = await startHub({ dataDir: ':memory:', seed: 'demo', port: 0 });
    priya = await desk('priya@relay.example', 'demo-priya');
    lena = await desk('lena@relay.example', 'demo-lena');
    maya = await desk('maya@relay.example', 'demo-maya');
  }, 180_000);

  afterAll(async () => {
    for (const d of desks) {
      await d.core.close();
      await d.proxy.close();
    }
    await hub?.close();
    dir.remove();
  });

  it('the sender loses it with a line saying where it went; the receiving team and the admin see it live with its thread', async () => {
    const ticketId = parcelTicket();
    const customs = lena.agent.teamId;
    const before = threadSize(priya, ticketId);
    expect(count(lena, 'SELECT count(*) AS n FROM tickets WHERE id = ?', ticketId)).toBe(0);

    const reply = await priya.core.invoke('ticket.transfer', { id: ticketId, teamId: customs, noteId: uuidv7(), note: 'Needs an EORI check' });
    expect(reply.ok).toBe(true);
    await online(priya);

    await waitFor('Lena holds the ticket and its whole thread', async () => heldTicket(lena, ticketId)?.team_id === customs && threadSize(lena, ticketId) === before + 1);
    const thread = await call(lena.core, 'tickets.get', { id: ticketId });
    expect(thread?.ticket.assigneeId).toBeNull();
    expect(thread?.messages.at(-1)?.body).toBe('Moved to Customs & Compliance: Needs an EORI check');

    await waitFor('Priya no longer holds it', async () => heldTicket(priya, ticketId) === undefined && threadSize(priya, ticketId) === 0);
    expect(await call(priya.core, 'tickets.get', { id: ticketId })).toBeNull();
    const moves = await call(priya.core, 'tickets.moves', {});
    expect(moves[0]).toMatchObject({ ticketId, teamId: customs, teamName: 'Customs & Compliance' });

    // The admin holds both scopes: the removal from Parcel must not delete the row now in Customs.
    await waitFor('Maya holds it in Customs', async () => heldTicket(maya, ticketId)?.team_id === customs && threadSize(maya, ticketId) === before + 1);
    await online(maya);
    expect(heldTicket(maya, ticketId)?.team_id).toBe(customs);
  });

  it("the exceptions a moved ticket handles join the receiving team's queue", async () => {
    const linked = replicaPeek(priya.path, (db) =>
      db
        .prepare<[string], { ticketId: string; exceptionId: string }>(
          `SELECT t.id AS ticketId, e.id AS exceptionId FROM tickets t JOIN exceptions e ON e.ticket_id = t.id
            WHERE t.team_id = ? AND t.merged_into_id IS NULL ORDER BY t.id LIMIT 1`,
        )
        .get(priya.agent.teamId),
    );
    if (!linked) throw new Error('the demo has a Parcel ticket handling an exception');
    const customs = lena.agent.teamId;
    const exceptionTeam = (d: Desk) =>
      replicaPeek(d.path, (db) => db.prepare<[string], { team_id: string }>('SELECT team_id FROM exceptions WHERE id = ?').get(linked.exceptionId)?.team_id);
    expect(exceptionTeam(lena)).toBeUndefined();

    const reply = await priya.core.invoke('ticket.transfer', { id: linked.ticketId, teamId: customs, noteId: uuidv7(), note: 'Customs hold' });
    expect(reply.ok).toBe(true);
    await online(priya);
    await waitFor("the exception is in Lena's queue", async () => exceptionTeam(lena) === customs);
    await waitFor('Priya no longer holds the exception', async () => exceptionTeam(priya) === undefined);
    await waitFor('Maya holds it in Customs', async () => exceptionTeam(maya) === customs);
    await online(maya);
    expect(exceptionTeam(maya)).toBe(customs);
  });

  it('shows the ticket history to its team only: who moved it, from the change and audit logs', async () => {
    const moved = (await call(priya.core, 'tickets.moves', {})).at(-1)!;
    const history = await call(lena.core, 'tickets.history', { id: moved.ticketId });
    expect(history[0]?.field).toBe('created');
    expect(history).toContainEqual(expect.objectContaining({ field: 'team', actor: 'Priya Nair', text: 'Priya Nair moved it from Parcel Support to Customs & Compliance' }));
    // Parcel no longer holds it: the hub answers as if it did not exist.
    const asPriya = await priya.core.invoke('tickets.history', { id: moved.ticketId });
    expect(asPriya.ok ? 'answered' : asPriya.error.message).toMatch(/no history for this ticket in your teams/);
    const tom = await hubLogin(hub.url, 'tom@relay.example', 'demo-tom');
    const res = await fetch(`${hub.url}/api/v1/tickets/${moved.ticketId}/history`, { headers: { authorization: `Bearer ${tom.token}` } });
    expect(res.status).toBe(404);
    expect(JSON.stringify(await res.json())).not.toContain('Customs');
  });

  it('offline, the move waits in the outbox and lands on reconnect', async () => {
    const ticketId = parcelTicket();
    await priya.proxy.cut();
    await waitFor('Priya offline', async () => (await status(priya)).connection === 'offline');
    const reply = await priya.core.invoke('ticket.transfer', { id: ticketId, teamId: lena.agent.teamId, noteId: uuidv7(), note: '' });
    expect(reply.ok).toBe(true);
    expect((await status(priya)).unsent).toBe(1);
    const offlineHistory = await priya.core.invoke('tickets.history', { id: ticketId });
    expect(offlineHistory.ok ? null : offlineHistory.error).toMatchObject({ code: 'offline', message: expect.stringMatching(/History needs the hub/) });
    // Optimistically it already belongs to Customs here.
    expect(heldTicket(priya, ticketId)?.team_id).toBe(lena.agent.teamId);

    await priya.proxy.restore();
    await call(priya.core, 'sync.reconnectNow', {});
    await online(priya);
    await waitFor('Priya no longer holds it', async () => heldTicket(priya, ticketId) === undefined);
    await waitFor('Lena holds it', async () => heldTicket(lena, ticketId)?.team_id === lena.agent.teamId);
  });

  it('a move the hub refuses lands in the refused-changes list', async () => {
    const ticketId = parcelTicket();
    // Tom is in Freight: naming him as the Customs assignee is refused locally before anything is queued.
    const tom = replicaPeek(priya.path, (db) => db.prepare<[], { id: string }>("SELECT id FROM agents WHERE email = 'tom@relay.example'").get())!;
    const local = await priya.core.invoke('ticket.transfer', { id: ticketId, teamId: lena.agent.teamId, noteId: uuidv7(), assigneeId: tom.id });
    expect(local.ok).toBe(false);

    // Offline, Priya moves it while Maya (online) moves it first: Priya's move no longer applies on the hub.
    await priya.proxy.cut();
    await waitFor('Priya offline', async () => (await status(priya)).connection === 'offline');
    expect((await priya.core.invoke('ticket.transfer', { id: ticketId, teamId: lena.agent.teamId, noteId: uuidv7() })).ok).toBe(true);
    const freight = replicaPeek(maya.path, (db) => db.prepare<[], { id: string }>("SELECT id FROM teams WHERE name = 'Freight Desk'").get())!;
    expect((await maya.core.invoke('ticket.transfer', { id: ticketId, teamId: freight.id, noteId: uuidv7() })).ok).toBe(true);
    await online(maya);

    await priya.proxy.restore();
    await call(priya.core, 'sync.reconnectNow', {});
    await waitFor('the refusal is listed', async () => (await call(priya.core, 'sync.failures', {})).length === 1);
    const [failure] = await call(priya.core, 'sync.failures', {});
    expect(failure).toMatchObject({ code: 'not_found' });
    expect(heldTicket(priya, ticketId)).toBeUndefined();
    expect((await call(priya.core, 'tickets.moves', {})).some((m) => m.ticketId === ticketId && m.teamName === 'Freight Desk')).toBe(true);
  });
});
