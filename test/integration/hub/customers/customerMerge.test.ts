import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { MutationRejection, teamScope, tenantScope, uuidv7, type AgentActor, type RowChange } from '../../../../src/core';
import { ingestIdentities } from '../../../../src/hub/ingest/ingestTables';
import { findKnownSender } from '../../../../src/hub/ingest/write/findKnownSender';
import type { HubStore } from '../../../../src/hub/store/openStore';
import { loadRow } from '../../../../src/hub/store/rowStore';
import { auditLog } from '../../../../src/hub/store/schema';
import { commitChanges } from '../../../../src/hub/write/commitChanges';
import { commitMutation, type MutationCall } from '../../../../src/hub/write/commitMutation';
import { sampleCustomer, sampleTicket } from '../../../fixtures/sampleRows';
import type { HubBackend } from '../../../fixtures/hub/openHubBackend';
import { openFreshStore } from '../../../fixtures/hub/openFreshStore';
import { postgresSkipReason } from '../../../fixtures/hub/postgresSkipReason';

const at = Date.UTC(2026, 11, 7, 9, 0);
const backends: HubBackend[] = [];
afterAll(async () => {
  for (const b of backends) await b.dispose();
});

/** Two teams; a duplicate customer with a contact, an order, a shipment, a ticket in EACH team and a chat identity. */
async function world(kind: 'pglite' | 'postgres') {
  const store: HubStore = await openFreshStore(kind, backends);
  const teamA = { id: uuidv7(at), name: 'Parcel Support', createdAt: at };
  const teamB = { id: uuidv7(at), name: 'Freight Desk', createdAt: at };
  const survivor = { ...sampleCustomer(at), name: 'Nordwind Retail GmbH', email: 'ops@nordwind.example' };
  const loser = { ...sampleCustomer(at), name: 'Nordwind Retail', email: 'buyer@nordwind.example', phone: '+49301234567' };
  const contact = { id: uuidv7(at), customerId: loser.id, name: 'Ana', email: 'ana@nordwind.example', phone: null, role: null, createdAt: at, updatedAt: at };
  const order = { id: uuidv7(at), customerId: loser.id, number: `SO-${loser.id.slice(-6)}`, status: 'shipped' as const, lines: [], currency: 'EUR', total: 10, promisedDate: null, createdAt: at, updatedAt: at };
  const shipment = { id: uuidv7(at), orderId: order.id, customerId: loser.id, carrier: 'DHL', trackingNumber: `T-${loser.id.slice(-8)}`, mode: 'parcel' as const, origin: 'Hamburg, DE', destination: 'Berlin, DE', promisedDate: null, eta: null, status: 'in_transit' as const, lastEventAt: null, createdAt: at, updatedAt: at };
  const ticketA = { ...sampleTicket(at, loser.id, teamA.id), contactId: contact.id };
  const ticketB = { ...sampleTicket(at, loser.id, teamB.id), number: 1002 };
  const person = (teamId: string, role: 'agent' | 'lead') => ({ id: uuidv7(at), teamId, name: role, email: `${role}.${uuidv7(at)}@relay.example`, role, createdAt: at, signature: '' });
  const lead = person(teamA.id, 'lead');
  const agent = person(teamA.id, 'agent');
  const rows: RowChange[] = [
    { op: 'upsert', entity: 'teams', id: teamA.id, scope: tenantScope, row: teamA },
    { op: 'upsert', entity: 'teams', id: teamB.id, scope: tenantScope, row: teamB },
    { op: 'upsert', entity: 'agents', id: lead.id, scope: tenantScope, row: lead },
    { op: 'upsert', entity: 'agents', id: agent.id, scope: tenantScope, row: agent },
    { op: 'upsert', entity: 'customers', id: survivor.id, scope: tenantScope, row: survivor },
    { op: 'upsert', entity: 'customers', id: loser.id, scope: tenantScope, row: loser },
    { op: 'upsert', entity: 'contacts', id: contact.id, scope: tenantScope, row: contact },
    { op: 'upsert', entity: 'orders', id: order.id, scope: tenantScope, row: order },
    { op: 'upsert', entity: 'shipments', id: shipment.id, scope: tenantScope, row: shipment },
    { op: 'upsert', entity: 'tickets', id: ticketA.id, scope: teamScope(teamA.id), row: ticketA },
    { op: 'upsert', entity: 'tickets', id: ticketB.id, scope: teamScope(teamB.id), row: ticketB },
  ];
  await store.db.transaction(async (tx) => {
    await commitChanges(tx, { changes: rows, now: at });
    await tx.insert(ingestIdentities).values({ key: 'handle:chat:visitor-1', customerId: loser.id, contactId: contact.id });
  });
  const actor = (p: typeof lead): AgentActor => ({ kind: 'agent', agentId: p.id, role: p.role, teamId: p.teamId });
  const commit = (call: MutationCall, who: AgentActor) => store.db.transaction((tx) => commitMutation(tx, call, who, at + 1000));
  return { store, survivor, loser, contact, order, shipment, ticketA, ticketB, lead: actor(lead), agent: actor(agent), commit };
}

const engines = (['pglite', 'postgres'] as const).filter((k) => k === 'pglite' || !postgresSkipReason());

describe.each(engines)('customers on the hub (%s)', (kind) => {
  it('refuses a merge by an agent and writes nothing', async () => {
    const w = await world(kind);
    const refused = await w.commit({ name: 'customer.merge', args: { survivorId: w.survivor.id, loserId: w.loser.id } }, w.agent).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(MutationRejection);
    expect((refused as MutationRejection).code).toBe('forbidden');
    const loser = await w.store.db.transaction((tx) => loadRow(tx, 'customers', w.loser.id));
    expect(loser?.mergedIntoId).toBeNull();
  });

  it("a lead's merge moves every team's tickets, the contact, order, shipment and identity, with an audit entry", async () => {
    const w = await world(kind);
    await w.commit({ name: 'customer.merge', args: { survivorId: w.survivor.id, loserId: w.loser.id } }, w.lead);
    const read = await w.store.db.transaction(async (tx) => ({
      loser: await loadRow(tx, 'customers', w.loser.id),
      survivor: await loadRow(tx, 'customers', w.survivor.id),
      contact: await loadRow(tx, 'contacts', w.contact.id),
      order: await loadRow(tx, 'orders', w.order.id),
      shipment: await loadRow(tx, 'shipments', w.shipment.id),
      ticketA: await loadRow(tx, 'tickets', w.ticketA.id),
      // Team B's ticket is outside the lead's scope; the hub moves it anyway.
      ticketB: await loadRow(tx, 'tickets', w.ticketB.id),
      identity: await tx.select().from(ingestIdentities).where(eq(ingestIdentities.key, 'handle:chat:visitor-1')),
      sender: await findKnownSender(tx, 'buyer@nordwind.example', null, null),
    }));
    expect(read.loser?.mergedIntoId).toBe(w.survivor.id);
    expect(read.survivor?.phone).toBe('+49301234567');
    for (const row of [read.contact, read.order, read.shipment, read.ticketA, read.ticketB]) expect(row?.customerId).toBe(w.survivor.id);
    expect(read.identity[0]?.customerId).toBe(w.survivor.id);
    // Mail from the merged-away customer's address lands on the survivor.
    expect(read.sender).toEqual({ customerId: w.survivor.id, contactId: null });
    const audit = await w.store.db.select().from(auditLog).where(eq(auditLog.action, 'customer.merge'));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: w.lead.agentId, entity: 'customers', entityId: w.loser.id });
  });

  it('lets any agent edit a customer and remove a contact that tickets named', async () => {
    const w = await world(kind);
    await w.commit(
      {
        name: 'customer.update',
        args: { customerId: w.loser.id, name: 'Nordwind Retail', email: 'buyer@nordwind.example', phone: '+49 30 7654321', tier: 'gold', segment: 'retail', addresses: [{ label: 'HQ', line1: 'Hafenstr. 1', city: 'Hamburg', country: 'DE' }], optIns: { email: true, sms: true, chat: false, social: false } },
      },
      w.agent,
    );
    await w.commit({ name: 'contact.remove', args: { id: w.contact.id, customerId: w.loser.id } }, w.agent);
    const read = await w.store.db.transaction(async (tx) => ({
      customer: await loadRow(tx, 'customers', w.loser.id),
      contact: await loadRow(tx, 'contacts', w.contact.id),
      ticketA: await loadRow(tx, 'tickets', w.ticketA.id),
    }));
    expect(read.customer).toMatchObject({ phone: '+49307654321', segment: 'retail', addresses: [{ label: 'HQ', country: 'DE', line2: '' }] });
    expect(read.customer?.preferences.optIns.sms).toBe(true);
    expect(read.contact).toBeUndefined();
    expect(read.ticketA?.contactId).toBeNull();
  });
});
