import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shipmentTiming, uuidv7 } from '../../../../src/core';
import { openLocalStore } from '../../../../src/desktop/db/localStore';
import { getCustomer360 } from '../../../../src/desktop/queries/customers/getCustomer360';
import { getShipmentTimeline } from '../../../../src/desktop/queries/customers/getShipmentTimeline';
import { customer360Rows } from '../../../fixtures/desktop/customer360Rows';
import { tempDir } from '../../../fixtures/desktop/tempDir';

const DAY = 86_400_000;

describe('getCustomer360', () => {
  const dir = tempDir('relay-c360-');
  const store = openLocalStore(dir.file('replica.sqlite'));
  const world = customer360Rows();
  beforeAll(() => world.load(store));
  afterAll(() => {
    store.close();
    dir.remove();
  });

  it('answers null for a customer the replica does not hold', () => {
    expect(getCustomer360(store.db, uuidv7(1))).toBeNull();
  });

  it('shows profile, preferences and contacts', () => {
    const view = getCustomer360(store.db, world.customer.id)!;
    expect(view.customer).toMatchObject({ name: 'Nordwind Outdoor GmbH', kind: 'b2b', tier: 'platinum', segment: 'enterprise retail' });
    expect(view.customer.preferences.quietHours).toEqual({ start: '19:00', end: '07:00', timeZone: 'Europe/Berlin' });
    expect(view.contacts.map((c) => c.name)).toEqual(['Jana Vogel']);
  });

  it('computes KPIs over orders, deliveries, tickets and CSAT', () => {
    const { kpis } = getCustomer360(store.db, world.customer.id)!;
    expect(kpis).toEqual({
      orders: 2,
      revenue: [{ currency: 'EUR', total: 2000.5 }],
      delivered: 1,
      deliveredOnTime: 1,
      openTickets: 1,
      csatAverage: 4,
      csatResponses: 1,
    });
  });

  it('nests shipments under their orders, newest order first, with delay against the promise', () => {
    const view = getCustomer360(store.db, world.customer.id)!;
    expect(view.orders.map((o) => o.number)).toEqual(['SO-100300', 'SO-100200']);
    const [late, onTime] = view.orders;
    expect(late!.shipments.map((s) => s.trackingNumber)).toEqual(['DHLF00067890']);
    expect(shipmentTiming(late!.shipments[0]!, world.now)).toEqual({ state: 'late', delayMs: 2 * DAY });
    expect(late!.shipments[0]!.deliveredAt).toBeNull();
    expect(onTime!.shipments[0]!.deliveredAt).toBe(world.now - 17 * DAY);
    expect(shipmentTiming(onTime!.shipments[0]!, world.now)).toEqual({ state: 'on_time', delayMs: -DAY });
    expect(view.looseShipments.map((s) => s.trackingNumber)).toEqual(['DHLF00099999']);
    expect(shipmentTiming(view.looseShipments[0]!, world.now).delayMs).toBeNull();
  });

  it('puts tickets, messages and CSAT on one timeline, newest first', () => {
    const { activity } = getCustomer360(store.db, world.customer.id)!;
    expect(activity.map((a) => `${a.kind}:${'ticketNumber' in a ? a.ticketNumber : a.orderNumber}`)).toEqual([
      'message:1042',
      'ticket:1042',
      'csat:1001',
      'message:1001',
      'message:1001',
      'ticket:1001',
    ]);
    const reply = activity.find((a) => a.kind === 'message' && a.direction === 'outbound');
    expect(reply).toMatchObject({ authorName: 'Daniel Weber', preview: 'Attached, kind regards', ticketSubject: 'Invoice copy for SO-100200' });
  });

  it('lists only unresolved exceptions, with the shipment they concern', () => {
    const { openExceptions } = getCustomer360(store.db, world.customer.id)!;
    expect(openExceptions).toHaveLength(1);
    expect(openExceptions[0]).toMatchObject({ id: world.openException.id, trackingNumber: 'DHLF00067890', carrier: 'DHL Freight', ticketId: world.openTicket.id });
  });

  it('reads a shipment timeline newest first, keeping raw carrier codes and unmapped scans', () => {
    const timeline = getShipmentTimeline(store.db, world.lateShipment.id);
    expect(timeline.map((e) => [e.status, e.rawCode, e.location])).toEqual([
      ['unknown', 'ZZ', null],
      ['delayed', 'SD', 'Kassel, DE'],
      ['picked_up', 'AF', 'Hamburg, DE'],
    ]);
    expect(timeline[0]!.flagged).toBe(true);
  });

  it('reads through indexes, not table scans', () => {
    const plan = (query: string) =>
      (store.sqlite.prepare(`explain query plan ${query}`).all() as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(plan(`select * from exceptions where customer_id = 'x' and status in ('open', 'acknowledged')`)).toMatch(/USING INDEX exceptions_customer_idx/);
    expect(plan(`select avg(score) from csat_responses where customer_id = 'x'`)).toMatch(/USING INDEX csat_customer_idx/);
    expect(plan(`select * from tracking_events where shipment_id = 'x' order by occurred_at desc`)).toMatch(/USING INDEX tracking_events_shipment_idx/);
  });
});
