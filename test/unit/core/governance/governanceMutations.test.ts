import { describe, expect, it } from 'vitest';
import { ownedKey, prepareMutation, rowsFromList, teamScope, uuidv7, type AnyRow, type MessageRow, type TicketRow } from '../../../../src/core';
import { coreFixtures } from '../fixtures';
import { rejectionOf } from '../rejectionOf';
import { runCoreMutation } from '../runCoreMutation';

function message(ticketId: string, now: number, body: string): MessageRow {
  return {
    id: uuidv7(now), ticketId, direction: 'inbound', channel: 'email', authorId: null, subject: 'Broken jars', body, htmlBody: `<p>${body}</p>`,
    attachments: [{ name: 'photo.jpg', contentType: 'image/jpeg', size: 10, storageKey: 'k1' }], externalId: null, deliveryStatus: 'received', call: null,
    createdAt: now, cc: ['a@b.example'], bcc: [], mentions: [],
  };
}

/** customer.erase with its owned rows (contacts, tickets, survey answers) handed in as the hub would. */
function erase(args: unknown, db: readonly AnyRow[], owned: { customerId: string; tickets: TicketRow[] }, ctx: Parameters<typeof runCoreMutation>[3]) {
  const prepared = prepareMutation({ name: 'customer.erase', args });
  const byId = new Map(db.map((row) => [row.id, row]));
  const ownedRows = new Map<string, AnyRow[]>([
    [ownedKey('contacts', owned.customerId), []],
    [ownedKey('tickets', owned.customerId), owned.tickets],
    [ownedKey('csat_responses', owned.customerId), []],
  ]);
  return prepared.apply(rowsFromList(prepared.refs, prepared.refs.map((ref) => byId.get(ref.id))), ctx, ownedRows);
}

describe('customer.erase', () => {
  it('anonymises the customer, closes their tickets and empties every message of text, copies and files', () => {
    const f = coreFixtures();
    const m = message(f.ticket.id, f.now, 'The jars of Mrs Example leaked');
    const changes = erase({ customerId: f.customer.id, messageIds: [m.id] }, [f.customer, m], { customerId: f.customer.id, tickets: [f.ticket] }, { actor: f.admin, now: f.now + 1, sequences: {} });
    const row = (entity: string) => changes.find((c) => c.entity === entity)!.row as Record<string, unknown>;
    expect(row('customers')).toMatchObject({ name: 'Erased customer', email: null, phone: null, addresses: [] });
    expect(row('tickets')).toMatchObject({ subject: 'Erased ticket', status: 'closed' });
    expect(row('messages')).toMatchObject({ body: '[erased]', subject: null, htmlBody: null, attachments: [], cc: [] });
    expect(changes.find((c) => c.entity === 'messages')!.scope).toBe(teamScope(f.ticket.teamId));
    expect(JSON.stringify(changes)).not.toContain('Mrs Example');
  });

  it('is for admins only, and refuses a message that is not on the customer\'s tickets', () => {
    const f = coreFixtures();
    const stray = message(uuidv7(f.now), f.now, 'elsewhere');
    const args = { customerId: f.customer.id, messageIds: [stray.id] };
    const owned = { customerId: f.customer.id, tickets: [f.ticket] };
    expect(rejectionOf(() => erase(args, [f.customer, stray], owned, { actor: f.agentA, now: f.now, sequences: {} })).code).toBe('forbidden');
    expect(rejectionOf(() => erase(args, [f.customer, stray], owned, { actor: { kind: 'system', systemId: 'system:retention' }, now: f.now, sequences: {} })).code).toBe('forbidden');
    expect(rejectionOf(() => erase(args, [f.customer, stray], owned, { actor: f.admin, now: f.now, sequences: {} })).code).toBe('invalid_args');
  });
});

describe('retention.apply', () => {
  it('deletes solved tickets with their messages (children first) or anonymises them; refuses an unsolved one', () => {
    const f = coreFixtures();
    const solved: TicketRow = { ...f.ticket, status: 'solved', solvedAt: f.now };
    const m = message(solved.id, f.now, 'old words');
    const args = { action: 'delete', ticketIds: [solved.id], messageIds: [m.id], csatIds: [] };
    const system = { actor: { kind: 'system', systemId: 'system:retention' } as const, now: f.now, sequences: {} };
    const deleted = runCoreMutation('retention.apply', args, [solved, m], system);
    expect(deleted.map((c) => `${c.op}:${c.entity}`)).toEqual(['delete:messages', 'delete:tickets']);
    const anonymised = runCoreMutation('retention.apply', { ...args, action: 'anonymise' }, [solved, m], system);
    expect(JSON.stringify(anonymised)).not.toContain('old words');
    expect(rejectionOf(() => runCoreMutation('retention.apply', args, [f.ticket, { ...m, ticketId: f.ticket.id }], system)).code).toBe('conflict');
    expect(rejectionOf(() => runCoreMutation('retention.apply', args, [solved, m], { ...system, actor: { kind: 'system', systemId: 'system:rules' } })).code).toBe('forbidden');
    expect(rejectionOf(() => runCoreMutation('retention.apply', args, [solved, m], { ...system, actor: f.agentA })).code).toBe('forbidden');
  });
});
