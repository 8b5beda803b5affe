import { describe, expect, it } from 'vitest';
import { teamScope, uuidv7, type HelloResponse, type MutationResult, type PullResponse, type PushResponse } from '../../../src/core';
import { socketRequest, socketRequestOk } from '../../fixtures/hub/socketRequest';
import { waitFor } from '../../fixtures/hub/waitFor';
import type { HubTestKit, Session } from '../../fixtures/hub/HubTestKit';

const push = (s: Session, mutations: unknown[]) => socketRequestOk<PushResponse>(s.socket, 'push', { mutations });

/** hello / snapshot / pull / push / live, shared by every backend's suite. */
export function defineSyncTests(kit: () => HubTestKit): void {
  describe('sync', () => {
    it('hello grants tenant + own team, then snapshot pages and pull stay inside them', async () => {
      const { session, snapshotAll } = kit();
      const priya = await session('priya@relay.example');
      const parcel = teamScope(priya.agent.teamId);
      expect(priya.hello.scopes).toEqual(['tenant', parcel]);
      expect(priya.hello.snapshot).toEqual(['tenant', parcel]);
      expect(priya.hello.dropped).toEqual([]);

      const teams = await snapshotAll(priya, 'tenant', 'teams');
      const agents = await snapshotAll(priya, 'tenant', 'agents');
      const customers = await snapshotAll(priya, 'tenant', 'customers');
      expect(teams.rows).toHaveLength(3);
      expect(agents.rows.length).toBe(agents.total);
      expect(agents.rows.every((a) => !('passwordHash' in a))).toBe(true);
      expect(customers.rows.length).toBeGreaterThanOrEqual(200);
      expect(customers.rows.length).toBe(customers.total);
      const ids = customers.rows.map((c) => String(c.id));
      expect(ids).toEqual([...ids].sort());

      const tickets = await snapshotAll(priya, parcel, 'tickets');
      expect(tickets.rows.length).toBeGreaterThanOrEqual(6);
      expect(tickets.rows.length).toBe(tickets.total);
      expect(tickets.rows.every((t) => t.teamId === priya.agent.teamId)).toBe(true);
      const messages = await snapshotAll(priya, parcel, 'messages');
      const ticketIds = new Set(tickets.rows.map((t) => t.id));
      expect(messages.rows.length).toBeGreaterThanOrEqual(12);
      expect(messages.rows.every((m) => ticketIds.has(m.ticketId))).toBe(true);

      const otherTeam = teams.rows.find((t) => t.id !== priya.agent.teamId);
      const freight = teamScope(String(otherTeam?.id));
      const refused = await socketRequest(priya.socket, 'snapshot', { scope: freight, entity: 'tickets', afterId: null, limit: 10 });
      expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });

      // From zero, pull returns this agent's scopes only, even when asked for the other team.
      const pulled = await socketRequestOk<PullResponse>(priya.socket, 'pull', { cursors: { tenant: 0, [parcel]: 0, [freight]: 0 }, limit: 5000 });
      expect(pulled.rows.length).toBeGreaterThan(0);
      expect(new Set(pulled.rows.map((r) => r.scope))).toEqual(new Set(['tenant', parcel]));
      const seqs = pulled.rows.map((r) => r.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      // Pull from the snapshot's seq: nothing new has happened in between.
      const delta = await socketRequestOk<PullResponse>(priya.socket, 'pull', { cursors: { [parcel]: tickets.seq }, limit: 10 });
      expect(delta).toEqual({ rows: [], hasMore: false });
      const paged = await socketRequestOk<PullResponse>(priya.socket, 'pull', { cursors: { tenant: 0 }, limit: 3 });
      expect(paged.rows).toHaveLength(3);
      expect(paged.hasMore).toBe(true);
    });

    it('hello asks for a snapshot when a cursor is ahead of the hub and drops scopes no longer granted', async () => {
      const { session } = kit();
      const priya = await session('priya@relay.example');
      const tom = await session('tom@relay.example');
      const freight = teamScope(tom.agent.teamId);
      const parcel = teamScope(priya.agent.teamId);
      const hello = await socketRequestOk<HelloResponse>(priya.socket, 'hello', {
        protocol: 1,
        clientId: priya.clientId,
        cursors: { tenant: 1_000_000, [parcel]: 1, [freight]: 3 },
      });
      expect(hello.snapshot).toEqual(['tenant']);
      expect(hello.dropped).toEqual([freight]);
      const old = await socketRequest(priya.socket, 'hello', { protocol: 99, clientId: priya.clientId, cursors: {} });
      expect(old).toMatchObject({ ok: false, error: { code: 'protocol' } });
    });

    it('applies a mutation pushed twice only once and answers both pushes the same', async () => {
      const { session, envelope, firstTicket, snapshotAll } = kit();
      const priya = await session('priya@relay.example');
      const parcel = teamScope(priya.agent.teamId);
      const ticket = await firstTicket(priya, priya.agent.teamId);
      const before = (await snapshotAll(priya, parcel, 'tickets')).seq;
      const messageId = uuidv7();
      const m = envelope(priya, 'message.send', { id: messageId, ticketId: ticket.id, kind: 'reply', body: 'Your parcel is on the van today.' });
      const first = await push(priya, [m]);
      const second = await push(priya, [m]);
      expect(first.results[0]).toMatchObject({ id: m.id, status: 'applied' });
      expect(second).toEqual(first);

      const messages = await snapshotAll(priya, parcel, 'messages');
      expect(messages.rows.filter((r) => r.id === messageId)).toHaveLength(1);
      const written = await socketRequestOk<PullResponse>(priya.socket, 'pull', { cursors: { [parcel]: before }, limit: 100 });
      expect(written.rows.map((r) => `${r.entity}:${r.id}`).sort()).toEqual([`messages:${messageId}`, `tickets:${ticket.id}`].sort());
      const result = first.results[0] as Extract<MutationResult, { status: 'applied' }>;
      expect(result.seqs[parcel]).toBe(Math.max(...written.rows.map((r) => r.seq)));
      const stored = messages.rows.find((r) => r.id === messageId);
      expect(stored).toMatchObject({ authorId: priya.agent.id, direction: 'outbound', body: 'Your parcel is on the van today.' });
    });

    it('rejects a malformed mutation with a reason naming the field and applies the others', async () => {
      const { session, envelope, firstTicket } = kit();
      const priya = await session('priya@relay.example');
      const ticket = await firstTicket(priya, priya.agent.teamId);
      const good1 = envelope(priya, 'message.send', { id: uuidv7(), ticketId: ticket.id, kind: 'note', body: 'Depot called back.' });
      const bad = envelope(priya, 'message.send', { id: uuidv7(), ticketId: 'not-a-ticket', kind: 'note', body: 'x' });
      const good2 = envelope(priya, 'ticket.update', { id: ticket.id, priority: 'urgent' });
      const unknown = envelope(priya, 'ticket.explode', {});
      const badEnvelope = { ...envelope(priya, 'message.send', {}), createdAt: 'yesterday' };
      const { results } = await push(priya, [good1, bad, good2, unknown, badEnvelope]);
      expect(results.map((r) => r.status)).toEqual(['applied', 'rejected', 'applied', 'rejected', 'rejected']);
      expect(results[1]).toMatchObject({ id: bad.id, error: { code: 'invalid_args' } });
      const reason = results[1]?.status === 'rejected' ? results[1].error.message : '';
      expect(reason).toContain('ticketId');
      expect(results[3]).toMatchObject({ error: { code: 'unknown_mutation' } });
      expect(results[4]).toMatchObject({ id: badEnvelope.id, error: { code: 'invalid_args' } });
      const noId = await socketRequest(priya.socket, 'push', { mutations: [{ name: 'message.send' }] });
      expect(noId).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
      // A mutation claiming another client's id is refused, not applied under that client's key.
      const foreign = { ...envelope(priya, 'ticket.update', { id: ticket.id, priority: 'low' }), clientId: uuidv7() };
      expect((await push(priya, [foreign])).results[0]).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
    });

    it('answers a mutation it fails on (a database error, not a refusal) as failed: internal with a log reference, keeps the ones before it and the socket', async () => {
      const { session, envelope, firstTicket, snapshotAll } = kit();
      const priya = await session('priya@relay.example');
      const ticket = await firstTicket(priya, priya.agent.teamId);
      const [beforeId, failingId, afterId] = [uuidv7(), uuidv7(), uuidv7()];
      const before = envelope(priya, 'message.send', { id: beforeId, ticketId: ticket.id, kind: 'note', body: 'Scanner output follows.' });
      // PostgreSQL refuses text holding a NUL character: the write fails inside the hub.
      const failing = envelope(priya, 'message.send', { id: failingId, ticketId: ticket.id, kind: 'note', body: 'raw scan: \u0000' });
      const after = envelope(priya, 'message.send', { id: afterId, ticketId: ticket.id, kind: 'note', body: 'Sent after the failing one.' });
      const answer = await push(priya, [before, failing, after]);
      expect(answer.results).toEqual([expect.objectContaining({ id: before.id, status: 'applied' })]);
      expect(answer.failed).toMatchObject({ id: failing.id, code: 'internal' });
      expect(answer.failed?.message).toMatch(/hub log reference [0-9a-f]{8}/);
      // Nothing of it was stored, so it is tried again rather than replayed; the connection stays.
      expect(priya.socket.connected).toBe(true);
      const again = await push(priya, [failing, after]);
      expect(again.failed).toMatchObject({ id: failing.id, code: 'internal' });
      expect((await push(priya, [after])).results).toEqual([expect.objectContaining({ id: after.id, status: 'applied' })]);
      const notes = (await snapshotAll(priya, teamScope(priya.agent.teamId), 'messages')).rows.map((r) => r.id);
      expect(notes).toEqual(expect.arrayContaining([beforeId, afterId]));
      expect(notes).not.toContain(failingId);
    });

    it("keeps agents out of other teams: their mutations are rejected and their reads never include them", async () => {
      const { session, envelope, firstTicket, snapshotAll } = kit();
      const priya = await session('priya@relay.example');
      const tom = await session('tom@relay.example');
      const freightTicket = await firstTicket(tom, tom.agent.teamId);
      const customerId = String((await snapshotAll(priya, 'tenant', 'customers')).rows[0]?.id);
      const messageId = uuidv7();
      const { results } = await push(priya, [
        envelope(priya, 'message.send', { id: messageId, ticketId: freightTicket.id, kind: 'reply', body: 'Hi from parcel' }),
        envelope(priya, 'ticket.update', { id: freightTicket.id, status: 'solved' }),
        envelope(priya, 'ticket.create', {
          id: uuidv7(),
          subject: 'Sneaky',
          customerId,
          teamId: tom.agent.teamId,
          channel: 'email',
          firstMessage: { id: uuidv7(), direction: 'note', body: 'x' },
        }),
      ]);
      expect(results.map((r) => (r.status === 'rejected' ? r.error.code : r.status))).toEqual(['not_found', 'not_found', 'forbidden']);
      const freightMessages = await snapshotAll(tom, teamScope(tom.agent.teamId), 'messages');
      expect(freightMessages.rows.some((m) => m.id === messageId)).toBe(false);
      const after = (await snapshotAll(tom, teamScope(tom.agent.teamId), 'tickets')).rows.find((t) => t.id === freightTicket.id);
      expect(after?.status).toBe(freightTicket.status);
    });

    it('sends live batches to the scope room with a prev that chains, and never to other teams', async () => {
      const { session, envelope, firstTicket, snapshotAll, hub } = kit();
      const priya = await session('priya@relay.example');
      const maya = await session('maya@relay.example');
      const tom = await session('tom@relay.example');
      const parcel = teamScope(priya.agent.teamId);
      expect(maya.hello.scopes).toContain(parcel);
      const ticket = await firstTicket(priya, priya.agent.teamId);
      const head = (await snapshotAll(priya, parcel, 'tickets')).seq;

      const first = await push(priya, [envelope(priya, 'message.send', { id: uuidv7(), ticketId: ticket.id, kind: 'reply', body: 'One' })]);
      const second = await push(priya, [envelope(priya, 'message.send', { id: uuidv7(), ticketId: ticket.id, kind: 'reply', body: 'Two' })]);
      const seqOf = (r: MutationResult | undefined) => (r?.status === 'applied' ? r.seqs[parcel] : undefined);
      const batches = await waitFor(() => {
        const got = maya.live.filter((b) => b.scope === parcel);
        return got.length >= 2 ? got : undefined;
      }, 'two live batches at the admin');
      expect(batches[0]?.prev).toBe(head);
      expect(batches[0]?.rows.at(-1)?.seq).toBe(seqOf(first.results[0]));
      expect(batches[1]?.prev).toBe(seqOf(first.results[0]));
      expect(batches[1]?.rows.at(-1)?.seq).toBe(seqOf(second.results[0]));
      expect(batches[1]?.rows.map((r) => r.entity).sort()).toEqual(['messages', 'tickets']);

      // A freight write after the parcel ones: once Tom has it, he would already have any parcel batch.
      const freightTicket = await firstTicket(tom, tom.agent.teamId);
      const viaHub = await hub.mutate('daniel@relay.example', 'ticket.update', { id: freightTicket.id, priority: 'high' });
      expect(viaHub.status).toBe('applied');
      await waitFor(() => (tom.live.some((b) => b.scope === teamScope(tom.agent.teamId)) ? true : undefined), 'freight batch at Tom');
      expect(tom.live.every((b) => b.scope !== parcel)).toBe(true);
    });

    it('serialises concurrent pushes: live batches of a scope chain with no gap', async () => {
      const { session, envelope, firstTicket, snapshotAll } = kit();
      const a = await session('priya@relay.example');
      const b = await session('priya@relay.example');
      const observer = await session('maya@relay.example');
      const parcel = teamScope(a.agent.teamId);
      const ticket = await firstTicket(a, a.agent.teamId);
      const head = (await snapshotAll(a, parcel, 'tickets')).seq;
      const send = (s: Session, i: number) =>
        push(s, [envelope(s, 'message.send', { id: uuidv7(), ticketId: ticket.id, kind: 'note', body: `Note ${i}` })]);
      const replies = await Promise.all([0, 1, 2, 3, 4].flatMap((i) => [send(a, i), send(b, i)]));
      const last = Math.max(...replies.map((r) => (r.results[0]?.status === 'applied' ? (r.results[0].seqs[parcel] ?? 0) : 0)));
      const batches = await waitFor(() => {
        const got = observer.live.filter((x) => x.scope === parcel);
        return got.at(-1)?.rows.at(-1)?.seq === last ? got : undefined;
      }, 'the last concurrent batch at the observer');
      expect(batches).toHaveLength(10);
      let expectedPrev = head;
      for (const batch of batches) {
        expect(batch.prev).toBe(expectedPrev);
        expectedPrev = batch.rows.at(-1)?.seq ?? -1;
      }
    });

    it('numbers tickets created through the hub from the ticket_number sequence', async () => {
      const { session, envelope, snapshotAll } = kit();
      const daniel = await session('daniel@relay.example');
      const customerId = String((await snapshotAll(daniel, 'tenant', 'customers')).rows[0]?.id);
      const create = (id: string) =>
        envelope(daniel, 'ticket.create', {
          id,
          subject: 'Booking a tail-lift for Thursday',
          customerId,
          teamId: daniel.agent.teamId,
          channel: 'phone',
          firstMessage: { id: uuidv7(), direction: 'note', body: 'Customer called about a tail-lift.' },
        });
      const [a, b] = [uuidv7(), uuidv7()];
      expect((await push(daniel, [create(a), create(b)])).results.map((r) => r.status)).toEqual(['applied', 'applied']);
      const tickets = (await snapshotAll(daniel, teamScope(daniel.agent.teamId), 'tickets')).rows;
      const numberOf = (id: string) => Number(tickets.find((t) => t.id === id)?.number);
      expect(numberOf(a)).toBeGreaterThan(1000);
      expect(numberOf(b)).toBe(numberOf(a) + 1);
    });
  });
}
