import { describe, expect, it } from 'vitest';
import {
  uuidv7,
  type Actor,
  type AnyRow,
  type OrderRow,
  type RowChange,
  type ShipmentRow,
  type TicketRow,
} from '../../../src/core';
import { sampleCustomer, sampleTicket } from '../../fixtures/sampleRows';
import { coreFixtures } from './fixtures';
import { rejectionOf } from './rejectionOf';
import { runCoreMutation } from './runCoreMutation';

const now = Date.UTC(2026, 10, 23, 10, 0);

function run(name: string, args: unknown, db: AnyRow[], actor: Actor): RowChange[] {
  return runCoreMutation(name, args, db, { actor, now, sequences: {} });
}

function world() {
  const f = coreFixtures();
  const target: TicketRow = { ...f.ticket, number: 1001, lastMessageAt: f.now };
  const source: TicketRow = { ...sampleTicket(f.now + 1, f.customer.id, f.teamA.id), number: 1002, subject: 'Pallet missing (again)', lastMessageAt: f.now + 5 };
  const lead: Actor = { agentId: uuidv7(), role: 'lead', teamId: f.teamA.id };
  return { ...f, target, source, lead };
}

describe('ticket.merge', () => {
  it('closes the duplicate pointing at the target, notes it, and keeps the later activity on the target', () => {
    const w = world();
    const noteId = uuidv7();
    const changes = run('ticket.merge', { sourceId: w.source.id, targetId: w.target.id, noteId }, [w.source, w.target], w.agentA);
    const byId = new Map(changes.map((c) => [c.id, c]));
    expect(byId.get(w.source.id)?.row).toMatchObject({ status: 'closed', mergedIntoId: w.target.id, updatedAt: now });
    expect(byId.get(w.target.id)?.row).toMatchObject({ status: 'new', mergedIntoId: null, lastMessageAt: w.now + 5 });
    expect(byId.get(noteId)).toMatchObject({ entity: 'messages', scope: `team:${w.teamA.id}` });
    expect(byId.get(noteId)?.row).toMatchObject({ direction: 'note', ticketId: w.source.id, body: 'Merged #1002 (Pallet missing (again)) into #1001.' });
  });

  it('refuses tickets of different customers unless a lead allows it', () => {
    const w = world();
    const other = sampleCustomer(w.now);
    const source = { ...w.source, customerId: other.id };
    const args = { sourceId: source.id, targetId: w.target.id, noteId: uuidv7() };
    expect(rejectionOf(() => run('ticket.merge', args, [source, w.target], w.lead)).message).toMatch(/different customers/);
    expect(rejectionOf(() => run('ticket.merge', { ...args, allowOtherCustomer: true }, [source, w.target], w.agentA)).code).toBe('forbidden');
    expect(run('ticket.merge', { ...args, allowOtherCustomer: true }, [source, w.target], w.lead)).toHaveLength(3);
  });

  it('refuses merging into itself, twice, into a merged or closed ticket, across teams, or another team’s tickets', () => {
    const w = world();
    const args = (sourceId: string, targetId: string) => ({ sourceId, targetId, noteId: uuidv7() });
    expect(rejectionOf(() => run('ticket.merge', args(w.source.id, w.source.id), [w.source], w.agentA)).code).toBe('invalid_args');
    const merged = { ...w.source, mergedIntoId: w.target.id };
    expect(rejectionOf(() => run('ticket.merge', args(merged.id, w.target.id), [merged, w.target], w.agentA)).message).toMatch(/already merged/);
    const mergedTarget = { ...w.target, mergedIntoId: uuidv7() };
    expect(rejectionOf(() => run('ticket.merge', args(w.source.id, w.target.id), [w.source, mergedTarget], w.agentA)).message).toMatch(/merge into that one/);
    const closed = { ...w.target, status: 'closed' as const };
    expect(rejectionOf(() => run('ticket.merge', args(w.source.id, w.target.id), [w.source, closed], w.agentA)).code).toBe('conflict');
    const elsewhere = { ...w.source, teamId: w.teamB.id };
    expect(rejectionOf(() => run('ticket.merge', args(elsewhere.id, w.target.id), [elsewhere, w.target], w.admin)).message).toMatch(/same team/);
    expect(rejectionOf(() => run('ticket.merge', args(w.source.id, w.target.id), [w.source, w.target], w.agentB)).code).toBe('not_found');
  });
});

describe('ticket.update links and priority', () => {
  const order = (customerId: string): OrderRow => ({
    id: uuidv7(),
    customerId,
    number: 'SO-104233',
    status: 'shipped',
    lines: [],
    currency: 'EUR',
    total: 100,
    promisedDate: null,
    createdAt: now,
    updatedAt: now,
  });
  const shipment = (customerId: string): ShipmentRow => ({
    id: uuidv7(),
    orderId: null,
    customerId,
    carrier: 'DHL Express',
    trackingNumber: 'RLY48213370',
    mode: 'parcel',
    origin: 'Leipzig, DE',
    destination: 'Madrid, ES',
    promisedDate: null,
    eta: null,
    status: 'in_transit',
    lastEventAt: null,
    createdAt: now,
    updatedAt: now,
  });

  it('links an order and a shipment of the ticket’s customer, sets the priority, and unlinks with null', () => {
    const w = world();
    const o = order(w.customer.id);
    const s = shipment(w.customer.id);
    const [linked] = run('ticket.update', { id: w.target.id, orderId: o.id, shipmentId: s.id, priority: 'urgent' }, [w.target, o, s], w.agentA);
    expect(linked?.row).toMatchObject({ orderId: o.id, shipmentId: s.id, priority: 'urgent' });
    const [unlinked] = run('ticket.update', { id: w.target.id, shipmentId: null }, [{ ...w.target, shipmentId: s.id, orderId: o.id }], w.agentA);
    expect(unlinked?.row).toMatchObject({ shipmentId: null, orderId: o.id });
  });

  it("refuses another customer's shipment, a missing order, and reopening a merged ticket", () => {
    const w = world();
    const foreign = shipment(uuidv7());
    expect(rejectionOf(() => run('ticket.update', { id: w.target.id, shipmentId: foreign.id }, [w.target, foreign], w.agentA)).message).toMatch(
      /belongs to another customer/,
    );
    expect(rejectionOf(() => run('ticket.update', { id: w.target.id, orderId: uuidv7() }, [w.target], w.agentA)).code).toBe('not_found');
    const merged = { ...w.source, status: 'closed' as const, mergedIntoId: w.target.id };
    expect(rejectionOf(() => run('ticket.update', { id: merged.id, status: 'open' }, [merged], w.agentA)).message).toMatch(/merged into another/);
  });
});
