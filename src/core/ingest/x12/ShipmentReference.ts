/**
 * A reference a carrier feed gives for a shipment, in the order ingest should try it:
 * `tracking` is compared with shipments' tracking numbers, `order` with order numbers.
 */
export interface ShipmentReference {
  kind: 'tracking' | 'order';
  value: string;
  /** Where it came from, for error reports: "B10-02", "L11 BM"… */
  source: string;
}
