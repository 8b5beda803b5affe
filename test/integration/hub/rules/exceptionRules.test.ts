import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamScope } from '../../../../src/core';
import { H, startRulesHarness, type RulesHarness } from './rulesHarness';

// One hub per file (PGlite start-up is the slow part); each test uses its own customer and shipment.
let h: RulesHarness;
beforeAll(async () => {
  h = await startRulesHarness({});
});
afterAll(async () => {
  await h.close();
});

describe('rules engine: exception detection on PGlite', () => {
  it('a delayed scan opens one delay exception, re-detection never duplicates, delivery resolves it', async () => {
    const customer = await h.customer();
    const shipment = await h.shipment(customer.id);
    await h.scan(shipment.id, 'picked_up');
    await h.engine.idle();
    expect(await h.exceptionsOf(shipment.id)).toEqual([]);

    h.advance(5 * H);
    await h.scan(shipment.id, 'delayed');
    await h.engine.idle();
    const opened = await h.exceptionsOf(shipment.id);
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({ type: 'delay', status: 'open', dedupeKey: `${shipment.id}:delay`, teamId: h.team.id, customerId: customer.id });

    // The exception replicated live to the team's scope.
    const liveRow = h.live.filter((b) => b.scope === teamScope(h.team.id)).flatMap((b) => b.rows).find((r) => r.entity === 'exceptions');
    expect(liveRow?.id).toBe(opened[0]!.id);

    h.advance(H);
    await h.scan(shipment.id, 'delayed');
    await h.engine.sweep();
    await h.engine.idle();
    expect(await h.exceptionsOf(shipment.id)).toHaveLength(1);

    h.advance(10 * H);
    await h.scan(shipment.id, 'delivered', { status: 'delivered' });
    await h.engine.idle();
    const after = await h.exceptionsOf(shipment.id);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: opened[0]!.id, status: 'resolved', resolvedAt: h.now() });
  });

  it('the sweep finds what time alone causes: a parcel silent for 48 h goes stale', async () => {
    const customer = await h.customer();
    const shipment = await h.shipment(customer.id, { promisedDate: h.now() + 30 * 24 * H, eta: null });
    await h.scan(shipment.id, 'in_transit');
    await h.engine.idle();
    h.advance(47 * H);
    await h.engine.sweep();
    expect(await h.exceptionsOf(shipment.id)).toEqual([]);
    h.advance(2 * H);
    await h.engine.sweep();
    await h.engine.sweep();
    const found = await h.exceptionsOf(shipment.id);
    expect(found.map((e) => [e.type, e.status])).toEqual([['stale', 'open']]);
    h.advance(H);
    await h.scan(shipment.id, 'arrived_at_facility');
    await h.engine.idle();
    expect((await h.exceptionsOf(shipment.id))[0]?.status).toBe('resolved');
  });

  it('links the exception to the open ticket that mentions the tracking number, in that ticket’s team', async () => {
    const customer = await h.customer();
    const shipment = await h.shipment(customer.id);
    const ticketId = '0196c000-0000-7000-8000-000000000001';
    const created = await h.mutate('ticket.create', {
      id: ticketId,
      subject: `Parcel ${shipment.trackingNumber} not here`,
      customerId: customer.id,
      teamId: h.team.id,
      channel: 'email',
      firstMessage: { id: '0196c000-0000-7000-8000-000000000002', direction: 'inbound', body: 'Where is it?' },
    });
    expect(created.status).toBe('applied');
    await h.scan(shipment.id, 'damaged');
    await h.engine.idle();
    expect((await h.exceptionsOf(shipment.id))[0]).toMatchObject({ type: 'damaged', ticketId, severity: 'high' });
  });
});
