import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamScope, ticketRowDefaults, uuidv7, type RowChange, type ShipmentRow, type TicketRow } from '../../../../src/core';
import { findTicketsForShipments } from '../../../../src/hub/rules/findTicketsForShipments';
import { ticketCandidateLimit } from '../../../../src/hub/rules/loadTicketFinder';
import { sweepSlaBreaches } from '../../../../src/hub/rules/sweepSlaBreaches';
import type { HubTx } from '../../../../src/hub/store/openStore';
import { H, startRulesNodes, type RulesNodes } from './startRulesNodes';

/** SLA pages of 3 tickets, so a handful of overdue tickets spans several pages. */
const slaPageSize = 3;

describe('rules queries stay bounded on big customers and big backlogs', () => {
  let h: RulesNodes;
  beforeAll(async () => {
    h = await startRulesNodes('pglite', [{}, {}], { slaPageSize });
  }, 180_000);
  afterAll(async () => {
    await h?.close();
  });

  const read = <T>(work: (tx: HubTx) => Promise<T>): Promise<T> => h.nodes[0].ctx.db.transaction((tx) => work(tx));
  const ticketRow = (customerId: string, over: Partial<TicketRow>): TicketRow => ({
    ...ticketRowDefaults(),
    id: uuidv7(h.now()),
    number: null,
    subject: 'Question about an invoice',
    customerId,
    teamId: h.team.id,
    assigneeId: null,
    channel: 'email',
    status: 'open',
    priority: 'normal',
    orderId: null,
    shipmentId: null,
    createdAt: h.now(),
    updatedAt: h.now(),
    lastMessageAt: h.now(),
    ...over,
  });
  const put = (rows: TicketRow[]) => h.write(rows.map((row): RowChange => ({ op: 'upsert', entity: 'tickets', id: row.id, scope: teamScope(row.teamId), row })));

  it(`finds the ticket linked to the shipment even behind more than ${ticketCandidateLimit} more recent open tickets`, async () => {
    const customer = await h.customer();
    const shipment: ShipmentRow = await h.lateShipment(0, customer.id);
    await h.idle();
    const linked = ticketRow(customer.id, { subject: 'Old thread', shipmentId: shipment.id, lastMessageAt: h.now() - 30 * 24 * H });
    const busy = Array.from({ length: ticketCandidateLimit + 10 }, (_, i) => ticketRow(customer.id, { lastMessageAt: h.now() - i * 60_000 }));
    await put([linked, ...busy]);
    expect((await read((tx) => findTicketsForShipments(tx, [shipment]))).get(shipment.id)?.id).toBe(linked.id);
  });

  it('a mention of the tracking number on one of the customer’s recent open tickets is found; solved ones never match', async () => {
    const customer = await h.customer();
    const shipment = await h.lateShipment(0, customer.id);
    await h.idle();
    const solved = ticketRow(customer.id, { subject: `About ${shipment.trackingNumber}`, status: 'solved', lastMessageAt: h.now() + 2 * H });
    const mentions = ticketRow(customer.id, { subject: `Parcel ${shipment.trackingNumber} missing`, lastMessageAt: h.now() + H });
    const others = Array.from({ length: 5 }, () => ticketRow(customer.id, {}));
    await put([solved, mentions, ...others]);
    expect((await read((tx) => findTicketsForShipments(tx, [shipment]))).get(shipment.id)?.id).toBe(mentions.id);
  });

  it('the SLA sweep walks overdue tickets page by page and records each breach once', async () => {
    const customer = await h.customer();
    const overdue = Array.from({ length: 2 * slaPageSize + 1 }, (_, i) => ticketRow(customer.id, { subject: `Overdue ${i}`, firstResponseDueAt: h.now() - H }));
    await put(overdue);
    const ids = new Set(overdue.map((t) => t.id));
    const breachesOfMine = async () => (await h.audit('sla.breached')).filter((a) => ids.has(a.entityId));

    // One page on its own: bounded, with a cursor for the next.
    const first = await read((tx) => sweepSlaBreaches(tx, h.now(), null, slaPageSize));
    expect(first.value.done).toBe(false);
    expect(first.audit.length).toBeLessThanOrEqual(slaPageSize);
    const second = await read((tx) => sweepSlaBreaches(tx, h.now(), first.value.last, slaPageSize));
    expect(second.value.last! > first.value.last!).toBe(true);

    await h.nodes[0].engine.sweep();
    await h.idle();
    const recorded = await breachesOfMine();
    expect(recorded.map((a) => a.entityId).sort()).toEqual([...ids].sort());
    expect(recorded.every((a) => (a.detail as { kind: string }).kind === 'first_response')).toBe(true);

    // Both nodes sweeping again: nothing is recorded twice.
    await Promise.all(h.nodes.map((n) => n.engine.sweep()));
    await h.idle();
    expect(await breachesOfMine()).toHaveLength(ids.size);
  });
});
