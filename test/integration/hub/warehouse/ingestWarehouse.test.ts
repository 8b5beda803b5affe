import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHub } from '../../../../src/hub/startHub';
import { hubLogin } from '../../../fixtures/hub/hubLogin';
import { hubReader } from '../../../fixtures/ingest/hubReader';
import { HUB_START_TIMEOUT_MS, SLOW_TEST_TIMEOUT_MS, startIngestHub, TEST_WEBHOOK_SECRET } from '../../../fixtures/ingest/startIngestHub';
import { webhookClient } from '../../../fixtures/ingest/webhookClient';

const promised = '2026-12-10T17:00:00Z';
const order = (number: string) => ({ number, customer: { accountNumber: 'ACC-WH-1', name: 'Dockside Retail' }, status: 'confirmed', currency: 'EUR', promisedDate: promised, lines: [{ sku: 'BOX-1', description: 'Crate', quantity: 4, unitPrice: 10 }] });

describe('ingest: the warehouse feed moves orders, links shipments and opens backorder / short-pick exceptions', { timeout: SLOW_TEST_TIMEOUT_MS }, () => {
  let hub: RunningHub;
  let client: ReturnType<typeof webhookClient>;
  let reader: Awaited<ReturnType<typeof hubReader>>;

  const orderRow = async (number: string) => (await reader.rows('tenant', 'orders')).find((o) => o.number === number)!;
  const eventsOf = async (orderId: unknown) => (await reader.rows('tenant', 'warehouse_events')).filter((e) => e.orderId === orderId);
  const exceptionsOf = async (orderId: unknown) => (await reader.teamRows('exceptions')).filter((e) => e.orderId === orderId);

  beforeAll(async () => {
    hub = await startIngestHub();
    client = webhookClient(hub.url, TEST_WEBHOOK_SECRET);
    await client.deliver('orders', JSON.stringify(['SO-W1', 'SO-W2', 'SO-W3', 'SO-W4'].map(order)));
    reader = await hubReader(hub);
  }, HUB_START_TIMEOUT_MS);
  afterAll(async () => {
    reader?.close();
    await hub?.close();
  });

  it('refuses a bad signature, keeps good items, reports unknown orders and invalid items by index', async () => {
    const forged = await webhookClient(hub.url, 'not-the-secret').post('warehouse', JSON.stringify({ orderNumber: 'SO-W1', type: 'picked', occurredAt: '2026-12-01T08:00:00Z' }));
    expect(forged.status).toBe(401);

    const batch = [
      { orderNumber: 'SO-W1', type: 'picked', occurredAt: '2026-12-01T08:00:00Z', warehouse: 'Rotterdam DC' },
      { orderNumber: 'SO-W1', type: 'packed', occurredAt: '2026-12-01T09:00:00Z' },
      { orderNumber: 'SO-NOPE', type: 'picked', occurredAt: '2026-12-01T08:00:00Z' },
      { orderNumber: 'SO-W2', type: 'backordered', occurredAt: '2026-12-01T08:00:00Z' },
      { orderNumber: 'SO-W2', type: 'backordered', occurredAt: '2026-12-01T10:00:00Z', expectedDate: '2026-12-20T12:00:00Z', lines: [{ sku: 'BOX-1', quantity: 4 }] },
      { orderNumber: 'SO-W3', type: 'backordered', occurredAt: '2026-12-01T08:00:00Z', expectedDate: '2026-12-11T12:00:00Z' },
      { orderNumber: 'SO-W4', type: 'short_picked', occurredAt: '2026-12-01T08:00:00Z', lines: [{ sku: 'BOX-1', quantity: 1 }] },
    ];
    const answer = await client.post('warehouse', JSON.stringify(batch));
    expect(answer.status).toBe(202);
    expect(answer.body.accepted).toBe(6);
    expect(answer.body.rejected).toEqual([{ index: 3, reason: expect.stringMatching(/expectedDate: a backorder needs expectedDate/) }]);
    const done = await client.settled('warehouse', answer.deliveryId);
    expect(done.status).toBe('done');
    expect(done.result.failed).toEqual([{ index: 2, reason: expect.stringMatching(/order SO-NOPE is unknown/) }]);
    expect((done.result.stored as { index: number }[]).map((s) => s.index)).toEqual([0, 1, 4, 5, 6]);

    const w1 = await orderRow('SO-W1');
    expect(w1.status).toBe('packed');
    expect((await eventsOf(w1.id)).map((e) => e.type).sort()).toEqual(['packed', 'picked']);
    expect((await eventsOf(w1.id)).find((e) => e.type === 'picked')).toMatchObject({ warehouse: 'Rotterdam DC' });
    expect((await orderRow('SO-W2')).status).toBe('backordered');

    // Ten days past the promise (threshold 2 days) → a backorder exception in a team's queue; one day past → none.
    const w2 = await exceptionsOf((await orderRow('SO-W2')).id);
    expect(w2).toEqual([expect.objectContaining({ type: 'backorder', status: 'open', shipmentId: null, dedupeKey: `order:${String((await orderRow('SO-W2')).id)}:backorder` })]);
    expect(w2[0]?.note).toMatch(/expected 2026-12-20, 10 days after the promised 2026-12-10/);
    expect(w2[0]?.customerId).toBe((await orderRow('SO-W2')).customerId);
    expect(await exceptionsOf((await orderRow('SO-W3')).id)).toEqual([]);
    expect(await exceptionsOf((await orderRow('SO-W4')).id)).toEqual([expect.objectContaining({ type: 'short_pick', status: 'open' })]);

    // They sit in one team's queue (the customer has no tickets: the first team, Parcel Support); a Freight Desk agent never receives them.
    const ours = [(await orderRow('SO-W2')).id, (await orderRow('SO-W4')).id];
    const tom = await hubReader(hub, 'tom@relay.example');
    try {
      expect((await tom.teamRows('exceptions')).filter((e) => ours.includes(e.orderId))).toEqual([]);
    } finally {
      tom.close();
    }
    const priya = await hubReader(hub, 'priya@relay.example');
    try {
      expect((await priya.teamRows('exceptions')).filter((e) => ours.includes(e.orderId))).toHaveLength(2);
    } finally {
      priya.close();
    }
  });

  it('is idempotent: a retried delivery id answers duplicate, the same events under a new id store nothing twice', async () => {
    const body = JSON.stringify([
      { orderNumber: 'SO-W2', type: 'backordered', occurredAt: '2026-12-01T10:00:00Z', expectedDate: '2026-12-20T12:00:00Z' },
      { orderNumber: 'SO-W2', type: 'backordered', occurredAt: '2026-12-02T10:00:00Z', expectedDate: '2026-12-21T12:00:00Z' },
    ]);
    const first = await client.post('warehouse', body, { deliveryId: 'wh-retry-1' });
    expect(first.status).toBe(202);
    await client.settled('warehouse', 'wh-retry-1');
    const again = await client.post('warehouse', body, { deliveryId: 'wh-retry-1' });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ duplicate: true, deliveryId: 'wh-retry-1' });
    await client.deliver('warehouse', body);

    const w2 = await orderRow('SO-W2');
    const events = await eventsOf(w2.id);
    expect(events.map((e) => e.occurredAt).sort()).toEqual([Date.parse('2026-12-01T10:00:00Z'), Date.parse('2026-12-02T10:00:00Z')]);
    // Still one unresolved backorder exception for the order, however often it is re-reported.
    expect((await exceptionsOf(w2.id)).filter((e) => e.status !== 'resolved')).toHaveLength(1);
  });

  it('shipped creates the shipment a later tracking event attaches to; a late "picked" never moves the order back', async () => {
    await client.deliver('warehouse', JSON.stringify({ orderNumber: 'SO-W1', type: 'shipped', occurredAt: '2026-12-02T08:00:00Z', carrier: 'DHL Express', trackingNumber: 'JD0140001', mode: 'parcel' }));
    const w1 = await orderRow('SO-W1');
    expect(w1.status).toBe('shipped');
    const shipment = (await reader.rows('tenant', 'shipments')).find((s) => s.trackingNumber === 'JD0140001');
    expect(shipment).toMatchObject({ orderId: w1.id, customerId: w1.customerId, carrier: 'DHL Express', status: 'pending', promisedDate: Date.parse(promised) });
    expect((await eventsOf(w1.id)).find((e) => e.type === 'shipped')?.shipmentId).toBe(shipment?.id);

    const scan = await client.deliver('tracking', JSON.stringify({ carrier: 'DHL Express', trackingNumber: 'JD0140001', code: 'PU', status: 'picked_up', occurredAt: '2026-12-02T12:00:00Z' }));
    expect(scan.failed).toEqual([]);
    expect((await reader.rows('tenant', 'tracking_events')).filter((e) => e.shipmentId === shipment?.id)).toHaveLength(1);

    await client.deliver('warehouse', JSON.stringify({ orderNumber: 'SO-W1', type: 'picked', occurredAt: '2026-12-03T08:00:00Z' }));
    expect((await orderRow('SO-W1')).status).toBe('shipped');
    expect((await eventsOf(w1.id)).map((e) => e.type).sort()).toEqual(['packed', 'picked', 'picked', 'shipped']);
  });

  it('links a known shipment and resolves the order\'s warehouse exceptions once it ships complete, not when partial', async () => {
    const w2 = await orderRow('SO-W2');
    await client.deliver('shipments', JSON.stringify({ carrier: 'UPS', trackingNumber: '1Z999W2', mode: 'parcel', customer: { accountNumber: 'ACC-WH-1' } }));

    await client.deliver('warehouse', JSON.stringify({ orderNumber: 'SO-W2', type: 'shipped', occurredAt: '2026-12-03T08:00:00Z', carrier: 'UPS', trackingNumber: '1Z999-PART', partial: true }));
    expect((await orderRow('SO-W2')).status).toBe('partially_shipped');
    expect((await exceptionsOf(w2.id)).filter((e) => e.status !== 'resolved')).toHaveLength(1);

    await client.deliver('warehouse', JSON.stringify({ orderNumber: 'SO-W2', type: 'shipped', occurredAt: '2026-12-20T08:00:00Z', carrier: 'UPS', trackingNumber: '1Z999W2' }));
    expect((await orderRow('SO-W2')).status).toBe('shipped');
    const shipments = await reader.rows('tenant', 'shipments');
    expect(shipments.filter((s) => s.trackingNumber === '1Z999W2')).toEqual([expect.objectContaining({ orderId: w2.id })]);
    const exceptions = await exceptionsOf(w2.id);
    expect(exceptions.map((e) => e.status)).toEqual(['resolved']);
    expect(exceptions[0]?.resolvedAt).toEqual(expect.any(Number));

    // A backorder reported after the order shipped opens nothing.
    await client.deliver('warehouse', JSON.stringify({ orderNumber: 'SO-W2', type: 'backordered', occurredAt: '2026-12-21T08:00:00Z', expectedDate: '2027-01-30T00:00:00Z' }));
    expect((await exceptionsOf(w2.id)).filter((e) => e.status !== 'resolved')).toEqual([]);
    expect((await orderRow('SO-W2')).status).toBe('shipped');
  });

  it('reads the backorder threshold a lead set: 10 days late is within a 14-day threshold', async () => {
    await client.deliver('orders', JSON.stringify([order('SO-W5')]));
    const maya = hub.demoCredentials.find((c) => c.email === 'maya@relay.example')!;
    const { token } = await hubLogin(hub.url, maya.email, maya.password);
    const set = await fetch(`${hub.url}/api/v1/admin/automations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ name: 'Backorder threshold', trigger: 'warehouse.backorder_threshold', enabled: true, config: { days: 14 } }),
    });
    expect(set.status).toBe(201);
    await client.deliver('warehouse', JSON.stringify({ orderNumber: 'SO-W5', type: 'backordered', occurredAt: '2026-12-01T08:00:00Z', expectedDate: '2026-12-20T12:00:00Z' }));
    const w5 = await orderRow('SO-W5');
    expect(w5.status).toBe('backordered');
    expect(await exceptionsOf(w5.id)).toEqual([]);

    // An older customer page fetched on demand brings the orders' warehouse events with them.
    const history = await fetch(`${hub.url}/api/v1/history/customers/${String(w5.customerId)}`, { headers: { authorization: `Bearer ${token}` } });
    expect(history.status).toBe(200);
    const rows = ((await history.json()) as { rows: { warehouse_events?: { orderId: string; type: string }[] } }).rows;
    expect(rows.warehouse_events?.filter((e) => e.orderId === w5.id).map((e) => e.type)).toEqual(['backordered']);
  });
});
