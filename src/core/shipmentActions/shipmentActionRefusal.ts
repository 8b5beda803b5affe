import type { ShipmentRow } from '../domain/logisticsRows';
import type { ShipmentActionRequest } from './shipmentActionKinds';
import { shipmentActionStateRefusal } from './shipmentActionStateRefusal';

/** The UTC calendar day of an instant, as YYYY-MM-DD. */
function dayOf(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

/**
 * Why this request cannot be made on the shipment as it stands now, in words for the agent;
 * null when it may be sent. The carrier has the last word (it may still refuse).
 */
export function shipmentActionRefusal(shipment: Pick<ShipmentRow, 'status'>, request: ShipmentActionRequest, now: number): string | null {
  const byState = shipmentActionStateRefusal(shipment.status, request.kind);
  if (byState) return byState;
  // A day before today UTC is past everywhere on earth but the far west; today stays allowed.
  const past = (date: string) => date < dayOf(now - 12 * 3_600_000);
  if (request.kind === 'reschedule' && past(request.details.date)) return 'Cannot reschedule to a day that has passed.';
  if (request.kind === 'book_pickup' && past(request.details.date)) return 'Cannot book a pickup on a day that has passed.';
  return null;
}
