import type { ShipmentStatus, TrackingStatus } from '../logistics/trackingStatus';

const byTracking: Record<TrackingStatus, ShipmentStatus | null> = {
  info_received: 'pending',
  picked_up: 'in_transit',
  in_transit: 'in_transit',
  arrived_at_facility: 'in_transit',
  departed_facility: 'in_transit',
  customs_cleared: 'in_transit',
  out_for_delivery: 'out_for_delivery',
  delivered: 'delivered',
  delivery_attempted: 'exception',
  delayed: 'exception',
  customs_hold: 'exception',
  damaged: 'exception',
  lost: 'exception',
  address_issue: 'exception',
  refused: 'exception',
  exception: 'exception',
  returned_to_sender: 'returned',
  // Unmapped codes say nothing reliable about where the freight is.
  unknown: null,
};

/**
 * A shipment's overall status after its latest tracking event. Final states (delivered,
 * returned, cancelled) only change through another final event; `unknown` changes nothing.
 */
export function shipmentStatusAfter(event: TrackingStatus, current: ShipmentStatus): ShipmentStatus {
  const next = byTracking[event];
  if (next === null) return current;
  const final = current === 'delivered' || current === 'returned' || current === 'cancelled';
  if (final && next !== 'delivered' && next !== 'returned') return current;
  return next;
}
