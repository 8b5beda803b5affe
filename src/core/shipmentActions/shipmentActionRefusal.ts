import type { ShipmentRow } from '../domain/logisticsRows';
import type { ShipmentStatus } from '../logistics/trackingStatus';
import type { ShipmentActionRequest } from './shipmentActionKinds';

const finished: Partial<Record<ShipmentStatus, string>> = {
  delivered: 'the shipment is already delivered',
  returned: 'the shipment was returned to the sender',
  cancelled: 'the shipment is cancelled',
};

/** The UTC calendar day of an instant, as YYYY-MM-DD. */
function dayOf(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

/**
 * Why this request cannot be made on the shipment as it stands now, in words for the agent;
 * null when it may be sent. The carrier has the last word (it may still refuse).
 */
export function shipmentActionRefusal(shipment: Pick<ShipmentRow, 'status'>, request: ShipmentActionRequest, now: number): string | null {
  const status = shipment.status;
  const done = finished[status];
  // A day before today UTC is past everywhere on earth but the far west; today stays allowed.
  const past = (date: string) => date < dayOf(now - 12 * 3_600_000);
  switch (request.kind) {
    case 'reschedule':
      if (done) return `Cannot reschedule: ${done}.`;
      if (past(request.details.date)) return 'Cannot reschedule to a day that has passed.';
      return null;
    case 'change_address':
      if (status !== 'pending') return `The address can only change before dispatch; ${done ?? `the shipment is ${status.replace(/_/g, ' ')}`}.`;
      return null;
    case 'redirect':
    case 'hold_at_depot':
      if (done) return `Cannot ${request.kind === 'redirect' ? 'redirect' : 'hold'}: ${done}.`;
      return null;
    case 'book_pickup':
      if (status === 'cancelled') return 'Cannot book a pickup: the shipment is cancelled.';
      if (past(request.details.date)) return 'Cannot book a pickup on a day that has passed.';
      return null;
    case 'cancel':
      if (done) return `Cannot cancel: ${done}.`;
      if (status === 'out_for_delivery') return 'Cannot cancel: the shipment is already out for delivery.';
      return null;
    case 'claim':
      if (status === 'pending') return 'Cannot open a claim: the carrier has not picked the shipment up yet.';
      if (status === 'cancelled') return 'Cannot open a claim: the shipment is cancelled.';
      return null;
  }
}
