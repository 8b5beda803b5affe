import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamScope, uuidv7, type CustomerRow, type FieldDefRow, type MessageRow, type MutationResult, type TagDefRow, type TicketRow } from '../../../../src/core';
import { startRolesKit, type RoleSession, type RolesKit } from './rolesKit';

/** The hub re-runs ticket.create with its reads and counters: a phone ticket for a new caller, numbered once there. */
describe('new ticket on the hub (PGlite)', () => {
  let kit: RolesKit;
  let priya: RoleSession; // agent
  let daniel: RoleSession; // lead

  beforeAll(async () => {
    kit = await startRolesKit('pglite');
    priya = await kit.session('priya@relay.example');
    daniel = await kit.session('daniel@relay.example');
  });
  afterAll(async () => kit?.close());

  const push = (s: RoleSession, name: string, args: unknown) =>
    kit.http('POST', '/api/v1/mutations', s.token, { id: uuidv7(), name, args, clientId: s.clientId, createdAt: Date.now() });

  it('replicates the demo tags and fields to every agent', async () => {
    const tags = (await kit.snapshotAll(priya, 'tenant', 'tag_defs')) as TagDefRow[];
    expect(tags.map((t) => t.name).sort()).toEqual(['claim', 'customs', 'damaged', 'vip']);
    const fields = (await kit.snapshotAll(priya, 'tenant', 'field_defs')) as FieldDefRow[];
    expect(fields.map((f) => `${f.label}:${f.type}`).sort()).toEqual(['Claim amount:money', 'Damage reason:single_select', 'PRO number:text']);
  });

  it('creates the caller, the numbered ticket and its call note in one commit, and refuses a bad field value', async () => {
    const customerId = uuidv7();
    const id = uuidv7();
    const args = {
      id,
      subject: 'Crushed pallet reported by phone',
      customerId,
      newCustomer: { id: customerId, name: 'Jo Caller', email: 'jo@caller.example', phone: '+1 555 0100', kind: 'b2c' },
      teamId: priya.agent.teamId,
      assigneeId: priya.agent.id,
      channel: 'phone',
      priority: 'high',
      tags: ['claim', 'fragile'],
      fields: { claim_amount: 420.5, damage_reason: 'Crushed' },
      firstMessage: { id: uuidv7(), direction: 'note', body: 'Caller says pallet 3 arrived crushed.', call: { direction: 'inbound', durationSeconds: 312 } },
    };
    const bad = (await push(priya, 'ticket.create', { ...args, fields: { damage_reason: 'Stolen' } })).body as MutationResult;
    expect(bad).toMatchObject({ status: 'rejected', error: { code: 'invalid_args' } });
    expect((await push(priya, 'ticket.create', args)).body).toMatchObject({ status: 'applied' });

    const tickets = (await kit.snapshotAll(priya, teamScope(priya.agent.teamId), 'tickets')) as TicketRow[];
    const ticket = tickets.find((t) => t.id === id);
    expect(ticket).toMatchObject({ channel: 'phone', tags: ['claim', 'fragile'], fields: { claim_amount: 420.5, damage_reason: 'Crushed' }, assigneeId: priya.agent.id });
    expect(ticket?.number).toBeGreaterThan(0);
    const messages = (await kit.snapshotAll(priya, teamScope(priya.agent.teamId), 'messages')) as MessageRow[];
    expect(messages.find((m) => m.ticketId === id)).toMatchObject({ direction: 'note', call: { direction: 'inbound', durationSeconds: 312 } });
    const customers = (await kit.snapshotAll(priya, 'tenant', 'customers')) as CustomerRow[];
    expect(customers.find((c) => c.id === customerId)).toMatchObject({ name: 'Jo Caller', kind: 'b2c' });
  });

  it('lets a lead define a tag colour and refuses an agent', async () => {
    expect((await push(priya, 'tagDef.save', { name: 'fragile', colour: 'pink' })).body).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
    expect((await push(daniel, 'tagDef.save', { name: 'fragile', colour: 'pink' })).body).toMatchObject({ status: 'applied' });
    const tags = (await kit.snapshotAll(priya, 'tenant', 'tag_defs')) as TagDefRow[];
    expect(tags.find((t) => t.name === 'fragile')).toMatchObject({ colour: 'pink' });
  });
});
