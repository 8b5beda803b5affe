import { describe, expect, it } from 'vitest';
import {
  uuidv7,
  type Actor,
  type AnyRow,
  type MutationContext,
  type RowChange,
} from '../../../src/core';
import { coreFixtures } from './fixtures';
import { rejectionOf } from './rejectionOf';
import { runCoreMutation } from './runCoreMutation';

/** Runs a mutation the way both runners do: prepare, load the named rows from `db`, apply. */
function run(name: string, args: unknown, db: AnyRow[], actor: Actor, extra: Partial<MutationContext> = {}): RowChange[] {
  return runCoreMutation(name, args, db, { actor, now: Date.UTC(2026, 10, 23, 10, 0), sequences: {}, ...extra });
}

describe('message.send', () => {
  it('adds an outbound reply in the ticket scope and opens a new ticket', () => {
    const f = coreFixtures();
    const id = uuidv7();
    const changes = run('message.send', { id, ticketId: f.ticket.id, kind: 'reply', body: '  Your pallet is on its way.  ' }, [f.ticket], f.agentA);
    expect(changes).toHaveLength(2);
    const [message, ticket] = changes;
    expect(message).toMatchObject({ op: 'upsert', entity: 'messages', id, scope: `team:${f.teamA.id}` });
    expect(message?.row).toMatchObject({ direction: 'outbound', body: 'Your pallet is on its way.', authorId: f.agentA.agentId, deliveryStatus: 'queued', channel: 'email' });
    expect(ticket?.row).toMatchObject({ id: f.ticket.id, status: 'open', lastMessageAt: Date.UTC(2026, 10, 23, 10, 0) });
  });

  it('keeps notes internal and leaves the status alone', () => {
    const f = coreFixtures();
    const changes = run('message.send', { id: uuidv7(), ticketId: f.ticket.id, kind: 'note', body: 'Called the depot' }, [f.ticket], f.agentA);
    expect(changes[0]?.row).toMatchObject({ direction: 'note', deliveryStatus: 'sent' });
    expect(changes[1]?.row).toMatchObject({ status: 'new' });
  });

  it("refuses another team's ticket exactly as a missing one", () => {
    const f = coreFixtures();
    const args = { id: uuidv7(), ticketId: f.ticket.id, kind: 'reply', body: 'hi' };
    const foreign = rejectionOf(() => run('message.send', args, [f.ticket], f.agentB));
    const missing = rejectionOf(() => run('message.send', args, [], f.agentA));
    expect(foreign.code).toBe('not_found');
    expect(foreign.message).toBe(missing.message);
    expect(run('message.send', args, [f.ticket], f.admin)).toHaveLength(2);
  });

  it('refuses replies on closed tickets', () => {
    const f = coreFixtures();
    const closed = { ...f.ticket, status: 'closed' as const };
    const args = { id: uuidv7(), ticketId: f.ticket.id, kind: 'reply', body: 'hi' };
    expect(rejectionOf(() => run('message.send', args, [closed], f.agentA)).code).toBe('conflict');
  });

  it('refuses a reply longer than its channel carries, with the reason; notes are not limited by channel', () => {
    const f = coreFixtures();
    const sms = { id: uuidv7(), ticketId: f.ticket.id, kind: 'reply', channel: 'sms', body: 'x'.repeat(100_000) };
    const error = rejectionOf(() => run('message.send', sms, [f.ticket], f.agentA));
    expect(error.code).toBe('invalid_args');
    expect(error.message).toBe('An SMS may be at most 10 segments (about 1,530 GSM-7 characters); this one needs 654 (100,000 characters). Shorten it or reply by email.');
    expect(run('message.send', { ...sms, body: 'x'.repeat(1530) }, [f.ticket], f.agentA)).toHaveLength(2);
    const chat = { id: uuidv7(), ticketId: f.ticket.id, kind: 'reply', channel: 'chat', body: 'y'.repeat(5001) };
    expect(rejectionOf(() => run('message.send', chat, [f.ticket], f.agentA)).message).toMatch(/A chat message may be at most 5,000 characters; this one has 5,001/);
    expect(run('message.send', { ...chat, kind: 'note' }, [f.ticket], f.agentA)).toHaveLength(2);
  });

  it('names the offending field when the arguments are malformed', () => {
    const f = coreFixtures();
    const error = rejectionOf(() => run('message.send', { id: 'nope', ticketId: f.ticket.id, kind: 'shout', body: '' }, [f.ticket], f.agentA));
    expect(error.code).toBe('invalid_args');
    expect(error.message).toMatch(/id: must be a UUID/);
    expect(error.message).toMatch(/kind:/);
    expect(error.message).toMatch(/body: message is empty/);
  });
});

describe('ticket.create', () => {
  it('numbers the ticket from the hub sequence and files the first message', () => {
    const f = coreFixtures();
    const args = {
      id: uuidv7(),
      subject: 'Customs hold at Rotterdam',
      customerId: f.customer.id,
      teamId: f.teamA.id,
      channel: 'phone',
      firstMessage: { id: uuidv7(), direction: 'inbound', body: 'Container held by customs since Monday.' },
    };
    const onHub = run('ticket.create', args, [f.customer, f.teamA], f.agentA, { sequences: { ticketNumber: 1042 } });
    expect(onHub[0]?.row).toMatchObject({ number: 1042, status: 'new', priority: 'normal', assigneeId: null });
    expect(onHub[1]?.row).toMatchObject({ ticketId: args.id, direction: 'inbound', authorId: null, deliveryStatus: 'received' });
    const offline = run('ticket.create', args, [f.customer, f.teamA], f.agentA);
    expect(offline[0]?.row).toMatchObject({ number: null });
  });

  it('refuses unknown customers and other teams', () => {
    const f = coreFixtures();
    const args = {
      id: uuidv7(),
      subject: 'x',
      customerId: f.customer.id,
      teamId: f.teamA.id,
      channel: 'chat',
      firstMessage: { id: uuidv7(), direction: 'note', body: 'x' },
    };
    expect(rejectionOf(() => run('ticket.create', args, [f.teamA], f.agentA)).code).toBe('not_found');
    expect(rejectionOf(() => run('ticket.create', args, [f.customer, f.teamA], f.agentB)).code).toBe('forbidden');
  });
});

describe('ticket.update', () => {
  it('changes only the fields given', () => {
    const f = coreFixtures();
    const [change] = run('ticket.update', { id: f.ticket.id, status: 'solved' }, [f.ticket], f.agentA);
    expect(change?.row).toMatchObject({ status: 'solved', priority: 'high', assigneeId: null });
  });

  it('assigns only to agents of the ticket team', () => {
    const f = coreFixtures();
    const sameTeam = { id: f.agentA.agentId, teamId: f.teamA.id, name: 'Ava', email: 'ava@relay.demo', role: 'agent' as const, createdAt: f.now };
    const otherTeam = { ...sameTeam, id: f.agentB.agentId, teamId: f.teamB.id, name: 'Ben' };
    const [change] = run('ticket.update', { id: f.ticket.id, assigneeId: sameTeam.id }, [f.ticket, sameTeam], f.agentA);
    expect(change?.row).toMatchObject({ assigneeId: sameTeam.id });
    expect(rejectionOf(() => run('ticket.update', { id: f.ticket.id, assigneeId: otherTeam.id }, [f.ticket, otherTeam], f.agentA)).message).toMatch(/Ben is not in this ticket's team/);
  });

  it('refuses an update that changes nothing, and unknown mutation names', () => {
    const f = coreFixtures();
    expect(rejectionOf(() => run('ticket.update', { id: f.ticket.id }, [f.ticket], f.agentA)).message).toMatch(/nothing to change/);
    expect(rejectionOf(() => run('ticket.delete', { id: f.ticket.id }, [f.ticket], f.agentA)).code).toBe('unknown_mutation');
  });
});
