import type { ShipmentStatus } from '../logistics/trackingStatus';
import type { ShipmentActionKind } from './shipmentActionKinds';

const finished: Partial<Record<ShipmentStatus, string>> = {
  delivered: 'the shipment is already delivered',
  returned: 'the shipment was returned to the sender',
  cancelled: 'the shipment is cancelled',
};

/**
 * Why a kind of request cannot be made while the shipment is in this state, whatever its
 * details; null when it may be. Menus and the palette offer only the kinds this allows.
 */
export function shipmentActionStateRefusal(status: ShipmentStatus, kind: ShipmentActionKind): string | null {
  const done = finished[status];
  switch (kind) {
    case 'reschedule':
      return done ? `Cannot reschedule: ${done}.` : null;
    case 'change_address':
      return status === 'pending' ? null : `The address can only change before dispatch; ${done ?? `the shipment is ${status.replace(/_/g, ' ')}`}.`;
    case 'redirect':
    case 'hold_at_depot':
      return done ? `Cannot ${kind === 'redirect' ? 'redirect' : 'hold'}: ${done}.` : null;
    case 'book_pickup':
      return status === 'cancelled' ? 'Cannot book a pickup: the shipment is cancelled.' : null;
    case 'cancel':
      if (done) return `Cannot cancel: ${done}.`;
      return status === 'out_for_delivery' ? 'Cannot cancel: the shipment is already out for delivery.' : null;
    case 'claim':
      if (status === 'pending') return 'Cannot open a claim: the carrier has not picked the shipment up yet.';
      return status === 'cancelled' ? 'Cannot open a claim: the shipment is cancelled.' : null;
  }
}
