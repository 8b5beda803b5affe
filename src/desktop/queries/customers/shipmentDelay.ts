import type { ShipmentStatus } from '../../../core';

interface Timing {
  status: ShipmentStatus;
  promisedDate: number | null;
  eta: number | null;
  deliveredAt: number | null;
}

/**
 * How far a shipment's arrival is past its promised date: the delivery time once delivered,
 * else the carrier's ETA. Positive = late. Null when there is nothing to compare (or cancelled).
 */
export function shipmentDelay({ status, promisedDate, eta, deliveredAt }: Timing): number | null {
  if (promisedDate === null || status === 'cancelled') return null;
  const arrival = deliveredAt ?? eta;
  return arrival === null ? null : arrival - promisedDate;
}
