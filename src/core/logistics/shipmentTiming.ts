import type { ShipmentStatus } from './trackingStatus';

export interface ShipmentTimingInput {
  status: ShipmentStatus;
  promisedDate: number | null;
  eta: number | null;
  /** When it was delivered (the delivered scan); null while not delivered. */
  deliveredAt: number | null;
}

export interface ShipmentTiming {
  /** late/on_time judge arrival (or the expected one) against the promise; unknown = nothing to judge. */
  state: 'on_time' | 'late' | 'unknown';
  /** How far past the promise (or the ETA when nothing was promised); positive = late, null when unknown. */
  delayMs: number | null;
}

// Under an hour either way is noise against a promised date.
const TOLERANCE_MS = 3_600_000;

/**
 * Whether a shipment is late at `now`. Delivered: its delivery against the promised date.
 * Not delivered: it cannot arrive before `now`, so the expected arrival is the later of the
 * ETA and `now`, and a shipment past its ETA (or promised date) is late whatever its last
 * status says. Cancelled and returned shipments are not judged.
 */
export function shipmentTiming({ status, promisedDate, eta, deliveredAt }: ShipmentTimingInput, now: number): ShipmentTiming {
  const unknown: ShipmentTiming = { state: 'unknown', delayMs: null };
  if (status === 'cancelled' || status === 'returned') return unknown;
  const judged = (delayMs: number): ShipmentTiming => ({ state: delayMs > TOLERANCE_MS ? 'late' : 'on_time', delayMs });
  if (deliveredAt !== null) return promisedDate === null ? unknown : judged(deliveredAt - promisedDate);
  const reference = promisedDate ?? eta;
  if (reference === null) return unknown;
  // No ETA: nothing says it will miss the promise until the promise has passed.
  const expected = Math.max(eta ?? reference, now);
  return judged(expected - reference);
}
