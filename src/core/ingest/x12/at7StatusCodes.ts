import type { TrackingStatus } from '../../logistics/trackingStatus';

/**
 * X12 element 1650 (AT7-01, Shipment Status Indicator Code) → Relay's normalised status.
 * Descriptions per the ASC X12 code list; codes not listed map to `unknown` and are flagged.
 */
export const at7StatusCodes: Readonly<Record<string, { status: TrackingStatus; description: string }>> = {
  XB: { status: 'info_received', description: 'Shipment Acknowledged' },
  X3: { status: 'info_received', description: 'Arrived at Pick-up Location' },
  X8: { status: 'info_received', description: 'Arrived at Pick-up Location Loading Dock' },
  L1: { status: 'info_received', description: 'Loading' },
  CP: { status: 'picked_up', description: 'Completed Loading at Pick-up Location' },
  AF: { status: 'picked_up', description: 'Carrier Departed Pick-up Location with Shipment' },
  AM: { status: 'picked_up', description: 'Loaded on Truck' },
  R1: { status: 'in_transit', description: 'Received from Prior Carrier' },
  J1: { status: 'in_transit', description: 'Delivered to Connecting Line' },
  X6: { status: 'in_transit', description: 'En Route to Delivery Location' },
  AN: { status: 'in_transit', description: 'Diverted to Air Carrier' },
  RL: { status: 'in_transit', description: 'Rail Departure from Origin Intermodal Ramp' },
  AR: { status: 'arrived_at_facility', description: 'Rail Arrival at Destination Intermodal Ramp' },
  X4: { status: 'arrived_at_facility', description: 'Arrived at Terminal Location' },
  I1: { status: 'arrived_at_facility', description: 'In-Gate' },
  Y1: { status: 'arrived_at_facility', description: 'Arrived at the Multiple Country Consolidation (MCC) Hub' },
  P1: { status: 'departed_facility', description: 'Departed Terminal Location' },
  OA: { status: 'departed_facility', description: 'Out-Gate' },
  X1: { status: 'out_for_delivery', description: 'Arrived at Delivery Location' },
  X5: { status: 'out_for_delivery', description: 'Arrived at Delivery Location Loading Dock' },
  S1: { status: 'out_for_delivery', description: "Trailer Spotted at Consignee's Location" },
  OO: { status: 'out_for_delivery', description: 'Out for Delivery' },
  AV: { status: 'out_for_delivery', description: 'Available for Delivery' },
  AH: { status: 'delivery_attempted', description: 'Attempted Delivery' },
  AP: { status: 'delivery_attempted', description: 'Delivery Not Completed' },
  D1: { status: 'delivered', description: 'Completed Unloading at Delivery Location' },
  CD: { status: 'delivered', description: 'Carrier Departed Delivery Location' },
  SD: { status: 'delayed', description: 'Shipment Delayed' },
  A9: { status: 'damaged', description: 'Shipment Damaged' },
  A7: { status: 'refused', description: 'Refused by Consignee' },
  A3: { status: 'returned_to_sender', description: 'Shipment Returned to Shipper' },
  CA: { status: 'exception', description: 'Shipment Cancelled' },
  AI: { status: 'exception', description: 'Shipment has been Reconsigned' },
  BO: { status: 'exception', description: 'Shipment Conveyance Reported Bad Order' },
  RH: { status: 'customs_cleared', description: 'Shipment Conveyance Released from Hold' },
  // Estimates and appointments: progress information, not a change of where the freight is.
  AG: { status: 'in_transit', description: 'Estimated Delivery' },
  X2: { status: 'in_transit', description: "Estimated Date and/or Time of Arrival at Consignee's Location" },
  C1: { status: 'in_transit', description: 'Estimated to Depart Terminal Location' },
};
