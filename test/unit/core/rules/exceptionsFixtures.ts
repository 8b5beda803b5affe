import type { ShipmentFacts, TrackingEventFacts } from '../../../../src/core/rules';
import type { TrackingStatus } from '../../../../src/core';

export const HOUR = 3_600_000;
export const T0 = Date.UTC(2026, 10, 20, 8, 0);

export function shipment(over: Partial<ShipmentFacts> = {}): ShipmentFacts {
  return {
    id: '0196a000-0000-7000-8000-000000000001',
    mode: 'parcel',
    status: 'in_transit',
    promisedAt: T0 + 96 * HOUR,
    eta: T0 + 72 * HOUR,
    declaredValue: 120,
    customerTier: 'standard',
    ...over,
  };
}

/** Scans at T0 + hours, ids e0, e1, … in order given. */
export function scans(...steps: Array<[number, TrackingStatus]>): TrackingEventFacts[] {
  return steps.map(([hours, status], i) => ({ id: `e${i}`, status, occurredAt: T0 + hours * HOUR }));
}
