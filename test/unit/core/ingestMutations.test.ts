import { describe, expect, it } from 'vitest';
import {
  uuidv7,
  type Actor,
  type AnyRow,
  type RowChange,
  type ShipmentRow,
  type SystemActor,
} from '../../../src/core';
import { coreFixtures } from './fixtures';
import { rejectionOf } from './rejectionOf';
import { runCoreMutation } from './runCoreMutation';

const ingest: SystemActor = { kind: 'system', systemId: 'system:ingest' };
const rules: SystemActor = { kind: 'system', systemId: 'system:rules' };
const at = Date.UTC(2026, 10, 23, 11, 0);

function run(name: string, args: unknown, db: AnyRow[], actor: Actor): RowChange[] {
  return runCoreMutation(name, args, db, { actor, now: at, sequences: {} });
}

const f = coreFixtures();
const shipment: ShipmentRow = {
  id: uuidv7(at), orderId: null, customerId: f.customer.id, carrier: 'DHL', trackingNumber: 'T1', mode: 'parcel', origin: 'Bremen, DE', destination: 'Kiel, DE',
  promisedDate: at + 1e6, eta: null, status: 'in_transit', lastEventAt: at - 60_000, createdAt: at - 1e7, updatedAt: at - 1e7,
};
const scan = (rawCode: string, occurredAt: number) => ({ carrier: 'DHL', trackingNumber: 'T1', status: 'out_for_delivery', rawCode, rawReason: null, flagged: false, occurredAt, location: null, eta: null, source: 'json' });

describe('ingest as core mutations (system:ingest only)', () => {
  it('tracking.record stores new scans with the ids given, in order, skips repeats, and moves the shipment once', () => {
    const [id1, id2] = [uuidv7(at), uuidv7(at)];
    const stored = uuidv7(at - 1);
    const args = {
      events: [
        { index: 0, shipmentId: shipment.id, event: scan('X6', at - 30_000) },
        { index: 1, shipmentId: shipment.id, event: scan('OD', at - 10_000) },
        { index: 2, shipmentId: shipment.id, event: scan('PU', at - 90_000) },
        { index: 3, shipmentId: shipment.id, event: scan('OD', at - 10_000) },
      ],
      repeats: [{ shipmentId: shipment.id, rawCode: 'PU', occurredAt: at - 90_000, trackingEventId: stored }],
      eventIds: [id1, id2],
    };
    const changes = run('tracking.record', args, [shipment], ingest);
    expect(changes.map((c) => `${c.entity}:${c.id}`)).toEqual([`shipments:${shipment.id}`, `tracking_events:${id1}`, `tracking_events:${id2}`]);
    expect(changes[0]!.row).toMatchObject({ status: 'out_for_delivery', lastEventAt: at - 10_000, updatedAt: at });
  });

  it("order.upsert keeps a known order's id and creation, lets a later item of the same number win, sums lines when no total", () => {
    const known = { id: uuidv7(at), customerId: f.customer.id, number: 'SO-1', status: 'confirmed' as const, lines: [], currency: 'EUR', total: 1, promisedDate: at + 5, createdAt: at - 100, updatedAt: at - 100 };
    const line = { sku: 'P', description: 'Pallet', quantity: 3, unitPrice: 1.1 };
    const item = { orderId: known.id, customerId: f.customer.id, number: 'SO-1', currency: 'EUR' };
    const changes = run('order.upsert', { orders: [{ ...item, status: 'shipped', lines: [line] }, { ...item, status: 'delivered', lines: [line], placedAt: 7 }], newCustomers: [] }, [known], ingest);
    expect(changes).toHaveLength(1);
    expect(changes[0]!.row).toMatchObject({ id: known.id, status: 'delivered', total: 3.3, promisedDate: at + 5, createdAt: at - 100, updatedAt: at });
  });

  it('shipment.upsert keeps what the feed leaves out, and refuses a new shipment without a customer', () => {
    const item = { shipmentId: shipment.id, carrier: 'DHL', trackingNumber: 'T1', mode: 'parcel', origin: '', destination: 'Lübeck, DE' };
    const [change] = run('shipment.upsert', { shipments: [item], newCustomers: [] }, [shipment], ingest);
    expect(change!.row).toMatchObject({ customerId: f.customer.id, origin: 'Bremen, DE', destination: 'Lübeck, DE', status: 'in_transit', promisedDate: at + 1e6, lastEventAt: at - 60_000 });
    expect(rejectionOf(() => run('shipment.upsert', { shipments: [{ ...item, shipmentId: uuidv7(at) }], newCustomers: [] }, [], ingest)).code).toBe('invalid_args');
  });

  it('refuses agents, admins and the other system actors', () => {
    const order = { orders: [{ orderId: uuidv7(at), customerId: f.customer.id, number: 'SO-9', status: 'confirmed', lines: [], currency: 'EUR' }], newCustomers: [] };
    for (const actor of [f.agentA, f.admin, rules]) {
      expect(rejectionOf(() => run('order.upsert', order, [], actor)).code).toBe('forbidden');
      expect(rejectionOf(() => run('tracking.record', { events: [{ index: 0, shipmentId: shipment.id, event: scan('X6', at) }], repeats: [], eventIds: [uuidv7(at)] }, [shipment], actor)).code).toBe('forbidden');
    }
  });
});
