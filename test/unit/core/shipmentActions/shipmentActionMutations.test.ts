import { describe, expect, it } from 'vitest';
import { uuidv7, type Actor, type AnyRow, type MessageRow, type RowChange, type ShipmentActionRow, type ShipmentRow, type ShipmentStatus } from '../../../../src/core';
import { coreFixtures } from '../fixtures';
import { rejectionOf } from '../rejectionOf';
import { runCoreMutation } from '../runCoreMutation';

const now = Date.UTC(2026, 11, 7, 15, 0);
const connectors: Actor = { kind: 'system', systemId: 'system:connectors' };

function run(name: string, args: unknown, db: AnyRow[], actor: Actor): RowChange[] {
  return runCoreMutation(name, args, db, { actor, now, sequences: {} });
}

function world(status: ShipmentStatus = 'in_transit') {
  const f = coreFixtures();
  const shipment: ShipmentRow = {
    id: uuidv7(), orderId: null, customerId: f.customer.id, carrier: 'DHL Express', trackingNumber: 'JD0146', mode: 'parcel',
    origin: 'Leipzig, DE', destination: 'Oslo, NO', promisedDate: null, eta: null, status, lastEventAt: null, createdAt: now, updatedAt: now,
  };
  const ticket = { ...f.ticket, shipmentId: shipment.id };
  const photo: MessageRow = {
    id: uuidv7(), ticketId: ticket.id, direction: 'inbound', channel: 'email', authorId: null, subject: null, body: 'Box crushed', htmlBody: null,
    attachments: [{ name: 'crushed.jpg', contentType: 'image/jpeg', size: 1000, storageKey: 'att/crushed' }], externalId: null, deliveryStatus: 'received',
    call: null, createdAt: now, cc: [], bcc: [], mentions: [],
  };
  return { ...f, shipment, ticket, photo, db: [shipment, ticket, photo] as AnyRow[] };
}

const reschedule = { kind: 'reschedule', details: { date: '2026-12-10', windowFrom: '09:00', windowTo: '12:00' } };

describe('shipmentAction.request', () => {
  it('records a reschedule from a ticket as requested, tenant-wide, with who and when', () => {
    const w = world();
    const id = uuidv7();
    const [change] = run('shipmentAction.request', { id, shipmentId: w.shipment.id, ticketId: w.ticket.id, action: reschedule }, w.db, w.agentA);
    expect(change).toMatchObject({ op: 'upsert', entity: 'shipment_actions', scope: 'tenant' });
    expect(change?.row).toMatchObject({ id, kind: 'reschedule', state: 'requested', carrier: 'DHL Express', requestedBy: w.agentA.agentId, requestedAt: now, ticketId: w.ticket.id, customerId: w.customer.id });
  });

  it('refuses what the shipment state rules out, with the reason the agent reads', () => {
    const change = { kind: 'change_address', details: { address: { line1: 'Storgata 1', city: 'Oslo', postcode: '0155', country: 'no' } } };
    const inTransit = world('in_transit');
    const refused = rejectionOf(() => run('shipmentAction.request', { id: uuidv7(), shipmentId: inTransit.shipment.id, ticketId: null, action: change }, inTransit.db, inTransit.agentA));
    expect(refused.code).toBe('conflict');
    expect(refused.message).toMatch(/only change before dispatch/);
    const pending = world('pending');
    const [ok] = run('shipmentAction.request', { id: uuidv7(), shipmentId: pending.shipment.id, ticketId: null, action: change }, pending.db, pending.agentA);
    expect((ok?.row as ShipmentActionRow).details).toMatchObject({ address: { country: 'NO' } });
    const out = world('out_for_delivery');
    expect(rejectionOf(() => run('shipmentAction.request', { id: uuidv7(), shipmentId: out.shipment.id, ticketId: null, action: { kind: 'cancel', details: { reason: 'Customer changed mind' } } }, out.db, out.agentA)).message).toMatch(/already out for delivery/);
    const delivered = world('delivered');
    expect(rejectionOf(() => run('shipmentAction.request', { id: uuidv7(), shipmentId: delivered.shipment.id, ticketId: null, action: reschedule }, delivered.db, delivered.agentA)).message).toMatch(/already delivered/);
    expect(rejectionOf(() => run('shipmentAction.request', { id: uuidv7(), shipmentId: inTransit.shipment.id, ticketId: null, action: { ...reschedule, details: { ...reschedule.details, date: '2026-11-01' } } }, inTransit.db, inTransit.agentA)).message).toMatch(/passed/);
  });

  it('checks fields: a window ending before it starts, a pickup without weight', () => {
    const w = world();
    const bad = rejectionOf(() => run('shipmentAction.request', { id: uuidv7(), shipmentId: w.shipment.id, ticketId: null, action: { kind: 'reschedule', details: { date: '2026-12-10', windowFrom: '14:00', windowTo: '09:00' } } }, w.db, w.agentA));
    expect(bad.code).toBe('invalid_args');
    expect(bad.message).toMatch(/window must end after it starts/);
    const pickup = rejectionOf(() => run('shipmentAction.request', { id: uuidv7(), shipmentId: w.shipment.id, ticketId: null, action: { kind: 'book_pickup', details: { date: '2026-12-10', windowFrom: '09:00', windowTo: '12:00', pieces: 2, weightKg: 0 } } }, w.db, w.agentA));
    expect(pickup.message).toMatch(/weight/);
  });

  it('takes claim photos only from the ticket\'s own attachments', () => {
    const w = world('exception');
    const claim = (photos: unknown[]) => ({ kind: 'claim', details: { claimType: 'damage', amount: 240, currency: 'eur', description: 'Crushed', photos } });
    const [ok] = run('shipmentAction.request', { id: uuidv7(), shipmentId: w.shipment.id, ticketId: w.ticket.id, action: claim([{ messageId: w.photo.id, storageKey: 'att/crushed', name: 'crushed.jpg' }]) }, w.db, w.agentA);
    expect((ok?.row as ShipmentActionRow).details).toMatchObject({ currency: 'EUR', photos: [{ storageKey: 'att/crushed' }] });
    const foreign = rejectionOf(() => run('shipmentAction.request', { id: uuidv7(), shipmentId: w.shipment.id, ticketId: w.ticket.id, action: claim([{ messageId: w.photo.id, storageKey: 'att/other', name: 'x.jpg' }]) }, w.db, w.agentA));
    expect(foreign.message).toMatch(/not an attachment of this ticket/);
  });

  it('keeps other teams out of a ticket they cannot see, and the hub out of agents\' requests', () => {
    const w = world();
    const args = { id: uuidv7(), shipmentId: w.shipment.id, ticketId: w.ticket.id, action: reschedule };
    expect(rejectionOf(() => run('shipmentAction.request', args, w.db, w.agentB)).code).toBe('not_found');
    expect(run('shipmentAction.request', args, w.db, w.admin)).toHaveLength(1);
    expect(rejectionOf(() => run('shipmentAction.request', args, w.db, connectors)).code).toBe('forbidden');
  });
});

describe('shipmentAction.settle', () => {
  function requested(): { w: ReturnType<typeof world>; row: ShipmentActionRow } {
    const w = world();
    const [change] = run('shipmentAction.request', { id: uuidv7(), shipmentId: w.shipment.id, ticketId: w.ticket.id, action: reschedule }, w.db, w.agentA);
    return { w, row: change?.row as ShipmentActionRow };
  }

  it('moves forward only; the first final answer wins', () => {
    const { row } = requested();
    const [sent] = run('shipmentAction.settle', { id: row.id, state: 'sent' }, [row], connectors);
    const sentRow = sent?.row as ShipmentActionRow;
    expect(sentRow).toMatchObject({ state: 'sent', settledAt: null });
    expect(run('shipmentAction.settle', { id: row.id, state: 'waiting', reason: 'no connector' }, [sentRow], connectors)).toEqual([]);
    const [refused] = run('shipmentAction.settle', { id: row.id, state: 'refused', reason: 'Already out for delivery', carrierReference: 'R-1' }, [sentRow], connectors);
    const refusedRow = refused?.row as ShipmentActionRow;
    expect(refusedRow).toMatchObject({ state: 'refused', reason: 'Already out for delivery', carrierReference: 'R-1', settledAt: now });
    expect(run('shipmentAction.settle', { id: row.id, state: 'accepted' }, [refusedRow], connectors)).toEqual([]);
  });

  it('is the hub\'s alone', () => {
    const { w, row } = requested();
    expect(rejectionOf(() => run('shipmentAction.settle', { id: row.id, state: 'accepted' }, [row], w.admin)).code).toBe('forbidden');
    expect(rejectionOf(() => run('shipmentAction.settle', { id: row.id, state: 'accepted' }, [row], { kind: 'system', systemId: 'system:rules' })).code).toBe('forbidden');
  });
});
