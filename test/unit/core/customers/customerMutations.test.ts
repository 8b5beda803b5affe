import { describe, expect, it } from 'vitest';
import {
  ownedKey,
  prepareMutation,
  rowsFromList,
  uuidv7,
  type Actor,
  type AnyRow,
  type ContactRow,
  type InvoiceRow,
  type CustomerRow,
  type RowChange,
} from '../../../../src/core';
import { sampleCustomer, sampleTicket } from '../../../fixtures/sampleRows';
import { coreFixtures } from '../fixtures';
import { rejectionOf } from '../rejectionOf';

const now = Date.UTC(2026, 10, 23, 10, 0);

/** Runs a mutation over `db` as a replica holding exactly those rows would (by id and by owner). */
function run(name: string, args: unknown, db: AnyRow[], actor: Actor): RowChange[] {
  const prepared = prepareMutation({ name, args });
  const byId = new Map(db.map((row) => [row.id, row]));
  const owned = new Map(prepared.owned.map((ref) => [ownedKey(ref.entity, ref.customerId), db.filter((r) => 'customerId' in r && r.customerId === ref.customerId && entityOf(r) === ref.entity)]));
  return prepared.apply(rowsFromList(prepared.refs, prepared.refs.map((ref) => byId.get(ref.id))), { actor, now, sequences: {} }, owned);
}
const kinds = new WeakMap<object, string>();
const as = <R extends AnyRow>(entity: string, row: R): R => (kinds.set(row, entity), row);
const entityOf = (row: AnyRow): string | undefined => kinds.get(row);

const edit = (customer: CustomerRow) => ({
  customerId: customer.id,
  name: ' Nordwind Retail ',
  email: 'OPS@nordwind.example',
  phone: '+49 30 1234 567',
  tier: 'platinum',
  segment: 'enterprise retail',
  addresses: [{ label: 'Dock 4', line1: 'Am Hafen 1', city: 'Hamburg', postcode: '20457', country: 'de' }],
  optIns: { email: true, sms: true, chat: false, social: false },
  baseUpdatedAt: customer.updatedAt,
});

describe('customer.update', () => {
  it('lets any agent edit profile, addresses and opt-ins, normalising phone and country', () => {
    const f = coreFixtures();
    const [change, ...rest] = run('customer.update', edit(f.customer), [f.customer], f.agentA);
    expect(rest).toEqual([]);
    expect(change).toMatchObject({ op: 'upsert', entity: 'customers', scope: 'tenant' });
    const row = change?.row as CustomerRow;
    expect(row).toMatchObject({ name: 'Nordwind Retail', phone: '+49301234567', tier: 'platinum', segment: 'enterprise retail', updatedAt: now });
    expect(row.addresses).toEqual([{ label: 'Dock 4', line1: 'Am Hafen 1', line2: '', city: 'Hamburg', postcode: '20457', region: '', country: 'DE' }]);
    expect(row.preferences.optIns.sms).toBe(true);
    expect(row.preferences.language).toBe(f.customer.preferences.language);
  });

  it('refuses a phone without country code and a made-up country, naming the fields', () => {
    const f = coreFixtures();
    const badPhone = rejectionOf(() => run('customer.update', { ...edit(f.customer), phone: '030 1234567' }, [f.customer], f.agentA));
    expect(badPhone.code).toBe('invalid_args');
    expect(badPhone.message).toMatch(/phone: use international format/);
    const args = edit(f.customer);
    const badCountry = rejectionOf(() => run('customer.update', { ...args, addresses: [{ ...args.addresses[0], country: 'XX' }] }, [f.customer], f.agentA));
    expect(badCountry.message).toMatch(/addresses\.0\.country: use a two-letter ISO country code/);
  });

  it('refuses an edit started before someone else saved, and edits of a merged customer', () => {
    const f = coreFixtures();
    const newer = { ...f.customer, updatedAt: f.customer.updatedAt + 5 };
    expect(rejectionOf(() => run('customer.update', edit(f.customer), [newer], f.agentA)).code).toBe('conflict');
    const merged = { ...f.customer, mergedIntoId: uuidv7(now) };
    expect(rejectionOf(() => run('customer.update', edit(f.customer), [merged], f.agentA)).message).toMatch(/was merged into another customer/);
  });
});

describe('contact.save / contact.remove', () => {
  it('adds and edits contacts with validated email and phone', () => {
    const f = coreFixtures();
    const id = uuidv7(now);
    const [added] = run('contact.save', { id, customerId: f.customer.id, name: 'Ana', email: '', phone: '0044 20 7946 0958', role: 'Buyer' }, [f.customer], f.agentB);
    expect(added?.row).toMatchObject({ id, customerId: f.customer.id, email: null, phone: '+442079460958', role: 'Buyer', createdAt: now });
    const bad = rejectionOf(() => run('contact.save', { id, customerId: f.customer.id, name: 'Ana', email: 'ana@', phone: '', role: '' }, [f.customer], f.agentB));
    expect(bad.message).toMatch(/email: enter an email/);
  });

  it('removes a contact and unlinks the tickets that named it', () => {
    const f = coreFixtures();
    const contact: ContactRow = as('contacts', { id: uuidv7(now), customerId: f.customer.id, name: 'Ana', email: null, phone: null, role: null, createdAt: now, updatedAt: now });
    const linked = as('tickets', { ...f.ticket, contactId: contact.id });
    const changes = run('contact.remove', { id: contact.id, customerId: f.customer.id }, [f.customer, contact, linked], f.agentA);
    expect(changes.map((c) => `${c.op}:${c.entity}`)).toEqual(['upsert:tickets', 'delete:contacts']);
    expect((changes[0]?.row as typeof linked).contactId).toBeNull();
  });
});

describe('customer.merge', () => {
  function world() {
    const f = coreFixtures();
    const survivor = as('customers', { ...f.customer, phone: null, addresses: [] });
    const loser = as('customers', { ...sampleCustomer(now), name: 'Nordwind Retail', phone: '+49301234567' });
    const contact = as('contacts', { id: uuidv7(now), customerId: loser.id, name: 'Ana', email: null, phone: null, role: null, createdAt: now, updatedAt: now } satisfies ContactRow);
    const ticket = as('tickets', sampleTicket(now, loser.id, f.teamA.id));
    const invoice = as('invoices', {
      id: uuidv7(now), customerId: loser.id, number: 'INV-9', orderNumbers: [], status: 'open', currency: 'EUR', amountMinor: 5_000, paidMinor: 0, issuedAt: now, dueAt: now, pdf: null, createdAt: now, updatedAt: now,
    } satisfies InvoiceRow);
    return { f, survivor, loser, contact, ticket, invoice, db: [survivor, loser, contact, ticket, invoice] as AnyRow[] };
  }

  it('refuses agents: only leads and admins merge customers', () => {
    const w = world();
    const error = rejectionOf(() => run('customer.merge', { survivorId: w.survivor.id, loserId: w.loser.id }, w.db, w.f.agentA));
    expect(error.code).toBe('forbidden');
  });

  it('moves contacts, tickets and invoices to the survivor and leaves a tombstone that redirects', () => {
    const w = world();
    const lead: Actor = { ...w.f.agentA, role: 'lead' };
    const changes = run('customer.merge', { survivorId: w.survivor.id, loserId: w.loser.id }, w.db, lead);
    const byKey = new Map(changes.map((c) => [`${c.entity}:${c.id}`, c]));
    expect((byKey.get(`customers:${w.loser.id}`)?.row as CustomerRow).mergedIntoId).toBe(w.survivor.id);
    expect((byKey.get(`customers:${w.survivor.id}`)?.row as CustomerRow).phone).toBe('+49301234567');
    expect(byKey.get(`contacts:${w.contact.id}`)?.row).toMatchObject({ customerId: w.survivor.id });
    expect(byKey.get(`invoices:${w.invoice.id}`)).toMatchObject({ scope: 'tenant', row: { customerId: w.survivor.id } });
    expect(byKey.get(`tickets:${w.ticket.id}`)).toMatchObject({ scope: `team:${w.f.teamA.id}`, row: { customerId: w.survivor.id } });
    expect(changes[0]?.id).toBe(w.loser.id);
  });

  it('refuses merging a customer into itself or into a tombstone', () => {
    const w = world();
    const lead: Actor = { ...w.f.agentA, role: 'admin' };
    expect(rejectionOf(() => run('customer.merge', { survivorId: w.loser.id, loserId: w.loser.id }, w.db, lead)).code).toBe('invalid_args');
    const db = [{ ...w.survivor, mergedIntoId: uuidv7(now) }, w.loser];
    expect(rejectionOf(() => run('customer.merge', { survivorId: w.survivor.id, loserId: w.loser.id }, db, lead)).code).toBe('conflict');
  });
});

describe('args parse twice to the same value (the desktop parses, the outbox and hub parse again)', () => {
  it('holds for customer.update and contact.save with blank optional fields', async () => {
    const { customerUpdateArgs, contactSaveArgs } = await import('../../../../src/core');
    const f = coreFixtures();
    const once = customerUpdateArgs.parse({ ...edit(f.customer), email: '', phone: ' ' });
    expect(customerUpdateArgs.parse(once)).toEqual(once);
    const contact = contactSaveArgs.parse({ id: uuidv7(now), customerId: f.customer.id, name: 'Ana', email: '', phone: '0049 40 555 0101', role: '' });
    expect(contact).toMatchObject({ email: null, phone: '+49405550101', role: null });
    expect(contactSaveArgs.parse(contact)).toEqual(contact);
  });
});
