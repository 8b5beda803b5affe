import type { ShipmentActionKind } from './shipmentActionKinds';

/** How agents, the audit and the refused list name each kind. */
export const shipmentActionLabels: Record<ShipmentActionKind, string> = {
  reschedule: 'Reschedule delivery',
  change_address: 'Change delivery address',
  redirect: 'Redirect to a pickup point',
  hold_at_depot: 'Hold at depot',
  book_pickup: 'Book a pickup',
  cancel: 'Cancel shipment',
  claim: 'Carrier claim',
};
