import { describe, expect, it } from 'vitest';
import { labelDefId, uuidv7, type Actor, type AnyRow, type FieldDefRow, type RowChange, type TicketRow } from '../../../src/core';
import { coreFixtures } from './fixtures';
import { rejectionOf } from './rejectionOf';
import { runCoreMutation } from './runCoreMutation';

const now = Date.UTC(2026, 11, 7, 10, 0);

function run(name: string, args: unknown, db: AnyRow[], actor: Actor, sequences = {}): RowChange[] {
  return runCoreMutation(name, args, db, { actor, now, sequences });
}

const claimAmount: FieldDefRow = { id: labelDefId('field', 'claim_amount'), key: 'claim_amount', label: 'Claim amount', type: 'money', options: [], currency: 'USD', updatedAt: now };
const damageReason: FieldDefRow = { id: labelDefId('field', 'damage_reason'), key: 'damage_reason', label: 'Damage reason', type: 'single_select', options: ['Crushed', 'Wet'], currency: null, updatedAt: now };

function createArgs(f: ReturnType<typeof coreFixtures>, extra: Record<string, unknown> = {}) {
  return {
    id: uuidv7(),
    subject: 'Caller reports a crushed pallet',
    customerId: f.customer.id,
    teamId: f.teamA.id,
    channel: 'phone',
    firstMessage: { id: uuidv7(), direction: 'note', body: 'Called about pallet 3.', call: { direction: 'inbound', durationSeconds: 245 } },
    ...extra,
  };
}

describe('ticket.create from the new-ticket form', () => {
  it('opens a phone ticket with its call note, tags, checked fields and assignee, unnumbered until the hub runs it', () => {
    const f = coreFixtures();
    const agentRow = { id: f.agentA.agentId, teamId: f.teamA.id, name: 'Ana', email: 'ana@relay.example', role: 'agent' as const, createdAt: now };
    const args = createArgs(f, { tags: ['Claim', 'damaged', 'claim'], fields: { claim_amount: 125.5, damage_reason: 'Crushed' }, assigneeId: f.agentA.agentId });
    const changes = run('ticket.create', args, [f.customer, f.teamA, agentRow, claimAmount, damageReason], f.agentA);
    const ticket = changes.find((c) => c.entity === 'tickets')?.row as TicketRow;
    expect(ticket).toMatchObject({ number: null, channel: 'phone', tags: ['claim', 'damaged'], fields: { claim_amount: 125.5, damage_reason: 'Crushed' }, assigneeId: f.agentA.agentId });
    expect(changes.find((c) => c.entity === 'messages')?.row).toMatchObject({ direction: 'note', call: { direction: 'inbound', durationSeconds: 245 }, authorId: f.agentA.agentId });
    const numbered = run('ticket.create', args, [f.customer, f.teamA, agentRow, claimAmount, damageReason], f.agentA, { ticketNumber: 1042 });
    expect(numbered.find((c) => c.entity === 'tickets')?.row).toMatchObject({ number: 1042 });
  });

  it('creates a new caller as a customer in the same step', () => {
    const f = coreFixtures();
    const customerId = uuidv7();
    const args = createArgs(f, { customerId, newCustomer: { id: customerId, name: 'Jo Caller', email: null, phone: '+1 555 0100', kind: 'b2c' } });
    const changes = run('ticket.create', args, [f.teamA], f.agentA);
    expect(changes.map((c) => c.entity)).toEqual(['customers', 'tickets', 'messages']);
    expect(changes[0]).toMatchObject({ scope: 'tenant', row: { name: 'Jo Caller', phone: '+1 555 0100', tier: 'standard' } });
  });

  it('refuses a field value that does not fit its definition, naming the field', () => {
    const f = coreFixtures();
    const error = rejectionOf(() => run('ticket.create', createArgs(f, { fields: { damage_reason: 'Stolen', claim_amount: 1.234 } }), [f.customer, f.teamA, claimAmount, damageReason], f.agentA));
    expect(error.code).toBe('invalid_args');
    expect(error.message).toMatch(/Damage reason: must be one of: Crushed, Wet/);
    expect(error.message).toMatch(/Claim amount: has at most 2 decimals/);
  });

  it("refuses another team's queue to an agent, and an assignee from another team", () => {
    const f = coreFixtures();
    expect(rejectionOf(() => run('ticket.create', createArgs(f, { teamId: f.teamB.id }), [f.customer, f.teamB], f.agentA)).code).toBe('forbidden');
    const other = { id: f.agentB.agentId, teamId: f.teamB.id, name: 'Bo', email: 'bo@relay.example', role: 'agent' as const, createdAt: now };
    expect(rejectionOf(() => run('ticket.create', createArgs(f, { assigneeId: other.id }), [f.customer, f.teamA, other], f.agentA)).message).toMatch(/not in the chosen team/);
  });

  it('refuses a call logged as a customer message', () => {
    const f = coreFixtures();
    const args = createArgs(f, { firstMessage: { id: uuidv7(), direction: 'inbound', body: 'x', call: { direction: 'inbound', durationSeconds: 3 } } });
    expect(rejectionOf(() => run('ticket.create', args, [f.customer, f.teamA], f.agentA)).message).toMatch(/a call is logged as a note/);
  });
});

describe('ticket.setTags and ticket.setFields', () => {
  it('adds and removes tags without losing tags added meanwhile', () => {
    const f = coreFixtures();
    const ticket: TicketRow = { ...f.ticket, tags: ['vip', 'customs'] };
    const [change] = run('ticket.setTags', { id: ticket.id, add: ['Damaged'], remove: ['customs'] }, [ticket], f.agentA);
    expect(change?.row).toMatchObject({ tags: ['vip', 'damaged'] });
  });

  it("hides another team's ticket from an agent", () => {
    const f = coreFixtures();
    expect(rejectionOf(() => run('ticket.setTags', { id: f.ticket.id, add: ['vip'] }, [f.ticket], f.agentB)).code).toBe('not_found');
    expect(rejectionOf(() => run('ticket.setFields', { id: f.ticket.id, values: { claim_amount: 5 } }, [f.ticket, claimAmount], f.agentB)).code).toBe('not_found');
  });

  it('sets, clears and refuses field values by their definitions', () => {
    const f = coreFixtures();
    const ticket: TicketRow = { ...f.ticket, fields: { damage_reason: 'Wet' } };
    const [change] = run('ticket.setFields', { id: ticket.id, values: { claim_amount: 80, damage_reason: null } }, [ticket, claimAmount, damageReason], f.agentA);
    expect(change?.row).toMatchObject({ fields: { claim_amount: 80 } });
    expect((change?.row as TicketRow).fields).not.toHaveProperty('damage_reason');
    expect(rejectionOf(() => run('ticket.setFields', { id: ticket.id, values: { pro_number: 'X' } }, [ticket], f.agentA)).message).toMatch(/pro_number: no such field/);
    expect(rejectionOf(() => run('ticket.setFields', { id: ticket.id, values: { claim_amount: 'lots' } }, [ticket, claimAmount], f.agentA)).message).toMatch(/Claim amount: must be an amount/);
  });
});

describe('tagDef.save and fieldDef.save', () => {
  it('lets leads define tags and fields tenant-wide, keyed by name, and refuses agents', () => {
    const f = coreFixtures();
    const lead: Actor = { ...f.agentA, role: 'lead' };
    const [tag] = run('tagDef.save', { name: ' VIP ', colour: 'grape' }, [], lead);
    expect(tag).toMatchObject({ entity: 'tag_defs', scope: 'tenant', id: labelDefId('tag', 'vip'), row: { name: 'vip', colour: 'grape' } });
    const [field] = run('fieldDef.save', { key: 'pro_number', label: 'PRO number', type: 'text' }, [], lead);
    expect(field).toMatchObject({ entity: 'field_defs', id: labelDefId('field', 'pro_number'), row: { type: 'text', options: [], currency: null } });
    expect(rejectionOf(() => run('tagDef.save', { name: 'vip', colour: 'red' }, [], f.agentA)).code).toBe('forbidden');
    expect(rejectionOf(() => run('fieldDef.save', { key: 'reason', label: 'Reason', type: 'single_select' }, [], lead)).message).toMatch(/a select field needs choices/);
  });

  it('never changes the type of a field that has values', () => {
    const f = coreFixtures();
    const error = rejectionOf(() => run('fieldDef.save', { key: 'claim_amount', label: 'Claim amount', type: 'text' }, [claimAmount], f.admin));
    expect(error.code).toBe('conflict');
  });
});
