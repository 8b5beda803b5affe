import { exceptionLabels, type ExceptionSeverity, type ShipmentMode, type ShipmentStatus, type TrackingStatus } from '../../core';

/** Words and colours for shipment, tracking and exception fields, in one place. */
export const logisticsLabels = {
  tracking: {
    info_received: 'Info received',
    picked_up: 'Picked up',
    in_transit: 'In transit',
    arrived_at_facility: 'Arrived at facility',
    departed_facility: 'Departed facility',
    out_for_delivery: 'Out for delivery',
    delivery_attempted: 'Delivery attempted',
    delivered: 'Delivered',
    delayed: 'Delayed',
    customs_hold: 'Customs hold',
    customs_cleared: 'Customs cleared',
    damaged: 'Damaged',
    lost: 'Lost',
    address_issue: 'Address issue',
    refused: 'Refused',
    returned_to_sender: 'Returned to sender',
    exception: 'Exception',
    unknown: 'Unmapped carrier code',
  } satisfies Record<TrackingStatus, string>,
  trackingColor(status: TrackingStatus): string {
    if (status === 'delivered' || status === 'customs_cleared') return 'teal';
    if (status === 'unknown') return 'gray';
    if (['delayed', 'delivery_attempted', 'customs_hold', 'address_issue'].includes(status)) return 'orange';
    if (['damaged', 'lost', 'refused', 'returned_to_sender', 'exception'].includes(status)) return 'red';
    return 'blue';
  },
  shipment: {
    pending: 'Pending',
    in_transit: 'In transit',
    out_for_delivery: 'Out for delivery',
    delivered: 'Delivered',
    exception: 'Exception',
    returned: 'Returned',
    cancelled: 'Cancelled',
  } satisfies Record<ShipmentStatus, string>,
  shipmentColor: {
    pending: 'gray',
    in_transit: 'blue',
    out_for_delivery: 'cyan',
    delivered: 'teal',
    exception: 'red',
    returned: 'grape',
    cancelled: 'dark',
  } satisfies Record<ShipmentStatus, string>,
  mode: { parcel: 'Parcel', ltl: 'LTL', ftl: 'FTL', ocean: 'Ocean', air: 'Air' } satisfies Record<ShipmentMode, string>,
  exception: exceptionLabels.type,
  severityColor: { low: 'gray', medium: 'yellow', high: 'orange', critical: 'red' } satisfies Record<ExceptionSeverity, string>,
};
