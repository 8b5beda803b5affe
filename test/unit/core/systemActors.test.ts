import { describe, expect, it } from 'vitest';
import {
  canAccessTicket,
  newTicketRow,
  outboundMessageRow,
  requireArticleEditor,
  uuidv7,
  type Actor,
  type AnyRow,
  type RowChange,
  type SystemActor,
} from '../../../src/core';
import { coreFixtures } from './fixtures';
import { rejectionOf } from './rejectionOf';
import { runCoreMutation } from './runCoreMutation';

const ingest: SystemActor = { kind: 'system', systemId: 'system:ingest' };
const seed: SystemActor = { kind: 'system', systemId: 'system:seed' };
const at = Date.UTC(2026, 10, 23, 11, 0);

function run(name: string, args: unknown, db: AnyRow[], actor: Actor, sequences: Record<string, number> = {}): RowChange[] {
  return runCoreMutation(name, args, db, { actor, now: at, sequences });
}

describe('domain facts made once in core', () => {
  it('a new ticket: subject cut and defaulted, SLA clock unset, a pending (hub-opened) ticket counts as answered', () => {
    const f = coreFixtures();
    const base = { id: uuidv7(), number: 7, customerId: f.customer.id, teamId: f.teamA.id, channel: 'email' as const, now: at };
    const fresh = newTicketRow({ ...base, subject: `  ${'x'.repeat(600)}`, status: 'new' });
    expect(fresh.subject).toHaveLength(500);
    expect(fresh).toMatchObject({ status: 'new', priority: 'normal', firstRespondedAt: null, firstResponseDueAt: null, contactId: null, createdAt: at, lastMessageAt: at });
    expect(newTicketRow({ ...base, subject: '   ', status: 'pending' })).toMatchObject({ subject: '(no subject)', firstRespondedAt: at });
  });

  it('an outbound message is queued; email carries the ticket subject, other channels none; empty bodies stay visible', () => {
    const f = coreFixtures();
    const email = outboundMessageRow({ id: uuidv7(), ticket: f.ticket, channel: 'email', body: 'Hello', authorId: null, now: at });
    expect(email).toMatchObject({ direction: 'outbound', deliveryStatus: 'queued', subject: f.ticket.subject, authorId: null, ticketId: f.ticket.id });
    expect(outboundMessageRow({ id: uuidv7(), ticket: f.ticket, channel: 'sms', body: '  ', authorId: 'a', now: at })).toMatchObject({ subject: null, body: '(empty message)' });
  });
});

describe('system actors', () => {
  it('act for every team but only in their own kind of work', () => {
    const f = coreFixtures();
    expect(canAccessTicket(ingest, { teamId: f.teamB.id })).toBe(true);
    expect(() => requireArticleEditor(seed)).not.toThrow();
    expect(rejectionOf(() => requireArticleEditor(ingest)).code).toBe('forbidden');
  });

  it('message.receive opens a numbered ticket for ingest and is refused to agents', () => {
    const f = coreFixtures();
    const args = {
      messageId: uuidv7(),
      ticketId: uuidv7(),
      newTicket: { customerId: f.customer.id, contactId: null, teamId: f.teamA.id },
      direction: 'inbound',
      channel: 'email',
      externalId: '<m1@example.com>',
      subject: 'Where is my pallet?',
      body: 'Hi, it has not arrived.',
      htmlBody: null,
      attachments: [],
    };
    const [ticket, message] = run('message.receive', args, [], ingest, { ticketNumber: 1043 });
    expect(ticket?.row).toMatchObject({ id: args.ticketId, number: 1043, status: 'new', subject: 'Where is my pallet?' });
    expect(message?.row).toMatchObject({ direction: 'inbound', deliveryStatus: 'received', authorId: null, externalId: '<m1@example.com>' });
    expect(rejectionOf(() => run('message.receive', args, [], f.admin)).code).toBe('forbidden');
  });

  it('a customer writing again reopens a solved ticket; a closed one is refused', () => {
    const f = coreFixtures();
    const args = { messageId: uuidv7(), ticketId: f.ticket.id, newTicket: null, direction: 'inbound', channel: 'email', externalId: '<m2@example.com>', subject: 'Re', body: 'Still missing', htmlBody: null, attachments: [] };
    const [ticket] = run('message.receive', args, [{ ...f.ticket, status: 'solved' }], ingest);
    expect(ticket?.row).toMatchObject({ status: 'open', lastMessageAt: at });
    expect(rejectionOf(() => run('message.receive', args, [{ ...f.ticket, status: 'closed' }], ingest)).code).toBe('conflict');
  });

  it('agent-only mutations refuse system actors instead of writing a non-agent author', () => {
    const f = coreFixtures();
    const reply = { id: uuidv7(), ticketId: f.ticket.id, kind: 'reply', body: 'On its way.' };
    expect(rejectionOf(() => run('message.send', reply, [f.ticket], ingest)).code).toBe('forbidden');
    expect(rejectionOf(() => run('team.save', { id: uuidv7(), name: 'Returns' }, [], f.agentA)).code).toBe('forbidden');
    expect(run('team.save', { id: uuidv7(), name: 'Returns' }, [], seed)[0]?.row).toMatchObject({ name: 'Returns', createdAt: at });
  });
});

describe('agents admin and the seed as core mutations', () => {
  const agentArgs = (f: ReturnType<typeof coreFixtures>, over: Record<string, unknown> = {}) => ({
    id: uuidv7(),
    name: 'Lena Park',
    email: ' Lena@Relay.Example ',
    role: 'agent',
    teamId: f.teamA.id,
    emailHolderId: null,
    ...over,
  });

  it('agent.save creates and changes agents for admins, refusing clashes, missing teams, self-demotion and non-admins', () => {
    const f = coreFixtures();
    const args = agentArgs(f);
    const [created] = run('agent.save', args, [f.teamA], f.admin);
    expect(created).toMatchObject({ op: 'upsert', entity: 'agents', scope: 'tenant', row: { id: args.id, email: 'lena@relay.example', createdAt: at } });
    const stored = { ...(created?.row as AnyRow), createdAt: 1 };
    // Changing an existing agent keeps when they were created; their own email is not a clash.
    const [moved] = run('agent.save', { ...args, teamId: f.teamB.id, emailHolderId: args.id }, [f.teamB, stored], f.admin);
    expect(moved?.row).toMatchObject({ teamId: f.teamB.id, createdAt: 1 });
    const clash = rejectionOf(() => run('agent.save', { ...args, emailHolderId: uuidv7() }, [f.teamA], f.admin));
    expect(clash).toMatchObject({ code: 'conflict', message: 'An agent with email lena@relay.example already exists.' });
    expect(rejectionOf(() => run('agent.save', args, [], f.admin))).toMatchObject({ code: 'not_found', message: expect.stringContaining('Team') });
    const self = agentArgs(f, { id: f.admin.agentId, role: 'lead', teamId: f.teamB.id });
    expect(rejectionOf(() => run('agent.save', self, [f.teamB], f.admin))).toMatchObject({ code: 'conflict', message: expect.stringContaining('own admin role') });
    expect(run('agent.save', { ...self, role: 'admin', name: 'Maya R.' }, [f.teamB], f.admin)[0]?.row).toMatchObject({ name: 'Maya R.' });
    expect(rejectionOf(() => run('agent.save', args, [f.teamA], f.agentA)).code).toBe('forbidden');
    expect(rejectionOf(() => run('agent.save', { ...args, email: 'nope' }, [f.teamA], f.admin)).code).toBe('invalid_args');
  });

  it('agent.deactivate changes no replicated row and refuses yourself, unknown agents and non-admins', () => {
    const f = coreFixtures();
    const target = { id: f.agentA.agentId, teamId: f.teamA.id, name: 'Tom', email: 'tom@relay.example', role: 'agent', createdAt: 1 } as AnyRow;
    expect(run('agent.deactivate', { id: target.id }, [target], f.admin)).toEqual([]);
    expect(rejectionOf(() => run('agent.deactivate', { id: f.admin.agentId }, [target], f.admin)).code).toBe('conflict');
    expect(rejectionOf(() => run('agent.deactivate', { id: uuidv7() }, [target], f.admin)).code).toBe('not_found');
    expect(rejectionOf(() => run('agent.deactivate', { id: target.id }, [target], f.agentB)).code).toBe('forbidden');
    expect(rejectionOf(() => run('agent.deactivate', { id: target.id }, [target], seed)).code).toBe('forbidden');
  });

  it('seed.load upserts validated rows in their scopes for the seed only; a message finds an earlier chunk\'s ticket', () => {
    const f = coreFixtures();
    const message = outboundMessageRow({ id: uuidv7(), ticket: f.ticket, channel: 'email', body: 'Hello', authorId: null, now: at });
    const changes = run('seed.load', { rows: { messages: [message], tickets: [f.ticket], teams: [f.teamA] } }, [], seed);
    // Parents first whatever order the caller gave; each in the scope it replicates in.
    expect(changes.map((c) => [c.entity, c.scope])).toEqual([
      ['teams', 'tenant'],
      ['tickets', `team:${f.teamA.id}`],
      ['messages', `team:${f.teamA.id}`],
    ]);
    expect(run('seed.load', { rows: { messages: [message] } }, [f.ticket], seed)[0]?.scope).toBe(`team:${f.teamA.id}`);
    expect(rejectionOf(() => run('seed.load', { rows: { messages: [message] } }, [], seed)).code).toBe('invalid_args');
    const bad = rejectionOf(() => run('seed.load', { rows: { teams: [{ ...f.teamA, name: '' }] } }, [], seed));
    expect(bad).toMatchObject({ code: 'invalid_args', message: expect.stringContaining('rows.teams.0.name') });
    expect(rejectionOf(() => run('seed.load', { rows: { teams: [f.teamA] } }, [], f.admin)).code).toBe('forbidden');
    expect(rejectionOf(() => run('seed.load', { rows: { teams: [f.teamA] } }, [], ingest)).code).toBe('forbidden');
  });
});
