import { describe, expect, it } from 'vitest';
import type { ShipmentRow } from '../../../../src/core';
import { planTrackingEvents, trackingRepeatKey, type InboundTrackingEvent } from '../../../../src/core/ingest';

const NOW = Date.UTC(2026, 10, 23, 9, 0);
const shipment: ShipmentRow = {
  id: '01a207a2-3280-7000-8000-000000000001', orderId: null, customerId: '01a207a2-3280-7000-8000-000000000002', carrier: 'DHL', trackingNumber: 'T1',
  mode: 'parcel', origin: 'A', destination: 'B', promisedDate: null, eta: null, status: 'in_transit', lastEventAt: NOW - 60_000, createdAt: NOW - 1e6, updatedAt: NOW - 1e6,
};
const scan = (status: InboundTrackingEvent['status'], rawCode: string, occurredAt: number | null, eta: number | null = null): InboundTrackingEvent => ({
  carrier: 'DHL', trackingNumber: 'T1', status, rawCode, rawReason: null, flagged: false, occurredAt, location: null, eta, source: 'json',
});
let n = 0;
const newId = () => `01a207a2-3280-7000-8000-${String(++n).padStart(12, '0')}`;

describe('planTrackingEvents', () => {
  it('threads one shipment through the batch in order: newest event moves the status, an older one only adds its row and ETA', () => {
    const plan = planTrackingEvents(
      [
        { index: 0, shipmentId: shipment.id, event: scan('out_for_delivery', 'OD', NOW - 30_000) },
        { index: 1, shipmentId: shipment.id, event: scan('in_transit', 'X6', NOW - 50_000, NOW + 5_000) },
        { index: 2, shipmentId: shipment.id, event: scan('delivered', 'D1', null) },
      ],
      new Map([[shipment.id, shipment]]),
      new Map(),
      NOW,
      newId,
    );
    expect(plan.events.map((e) => e.rawCode)).toEqual(['OD', 'X6', 'D1']);
    expect(plan.events[2]!.occurredAt).toBe(NOW);
    expect(plan.shipments).toEqual([{ ...shipment, status: 'delivered', lastEventAt: NOW, eta: NOW + 5_000, updatedAt: NOW }]);
  });

  it('stores a repeat once, whether it was stored before or earlier in the same batch', () => {
    const stored = new Map([[trackingRepeatKey(shipment.id, 'X6', NOW - 40_000), 'old-id']]);
    const plan = planTrackingEvents(
      [
        { index: 0, shipmentId: shipment.id, event: scan('in_transit', 'X6', NOW - 40_000) },
        { index: 1, shipmentId: shipment.id, event: scan('customs_hold', 'CH', NOW - 20_000) },
        { index: 2, shipmentId: shipment.id, event: scan('customs_hold', 'CH', NOW - 20_000) },
      ],
      new Map([[shipment.id, shipment]]),
      stored,
      NOW,
      newId,
    );
    expect(plan.outcomes.map((o) => [o.index, o.duplicate])).toEqual([[0, true], [1, false], [2, true]]);
    expect(plan.outcomes[0]!.trackingEventId).toBe('old-id');
    expect(plan.outcomes[2]!.trackingEventId).toBe(plan.outcomes[1]!.trackingEventId);
    expect(plan.events).toHaveLength(1);
    expect(plan.shipments[0]!.status).toBe('exception');
  });

  it('leaves a shipment untouched when every event is a repeat', () => {
    const stored = new Map([[trackingRepeatKey(shipment.id, 'X6', NOW - 40_000), 'old-id']]);
    const plan = planTrackingEvents([{ index: 0, shipmentId: shipment.id, event: scan('in_transit', 'X6', NOW - 40_000) }], new Map([[shipment.id, shipment]]), stored, NOW, newId);
    expect(plan.shipments).toEqual([]);
    expect(plan.events).toEqual([]);
  });
});
