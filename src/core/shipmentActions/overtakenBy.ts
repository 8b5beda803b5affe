import type { ShipmentStatus } from '../logistics/trackingStatus';
import type { ShipmentActionRow } from '../domain/shipmentActionRow';

export interface Overtaken {
  state: 'accepted' | 'refused';
  reason: string;
}

const pending: ReadonlySet<ShipmentActionRow['state']> = new Set(['requested', 'waiting', 'sent']);

/**
 * How a tracking update settles a pending action the carrier has not answered: a cancelled
 * shipment accepts a pending cancel; delivery (or return) makes delivery changes moot; out for
 * delivery ends address changes and cancels. null: the action still waits for the carrier.
 */
export function overtakenBy(action: Pick<ShipmentActionRow, 'state' | 'kind'>, status: ShipmentStatus): Overtaken | null {
  if (!pending.has(action.state) || action.kind === 'claim' || action.kind === 'book_pickup') return null;
  if (status === 'cancelled') {
    return action.kind === 'cancel' ? { state: 'accepted', reason: 'The carrier reports the shipment cancelled.' } : { state: 'refused', reason: 'The shipment was cancelled before the carrier answered.' };
  }
  if (status === 'delivered' || status === 'returned') {
    return { state: 'refused', reason: `The shipment was ${status === 'delivered' ? 'delivered' : 'returned to the sender'} before the carrier answered.` };
  }
  if (status === 'out_for_delivery' && (action.kind === 'change_address' || action.kind === 'cancel')) {
    return { state: 'refused', reason: 'The shipment went out for delivery before the carrier answered.' };
  }
  return null;
}
