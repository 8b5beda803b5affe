import type { ShipmentReference } from './ShipmentReference';
import type { X12Shipment214 } from './X12Shipment214';

/** L11-02 qualifiers that carry a number a carrier or shipper may have registered as the tracking number. */
const trackingQualifiers = new Set([
  '2I', // tracking number
  'CN', // carrier's reference number (PRO)
  '08', // carrier-assigned package id
  'AW', // air waybill
  'BM', // bill of lading
  'MB', // master bill of lading
  'BN', // booking number
  'SI', // shipper's identifying number for shipment (SID)
]);

/** L11-02 qualifiers that carry an order number. */
const orderQualifiers = new Set([
  'PO', // purchase order
  'OQ', // order number
  'CO', // customer order number
  'ON', // dealer order number
]);

/**
 * The references to match a 214's shipment by when B10-01 matches nothing: L11 tracking-like
 * references (in segment order), then B10-02 (the shipper's id, often the BOL), then L11 order
 * numbers. Each value once; B10-01 itself is not repeated. Unknown qualifiers are ignored.
 */
export function x12ShipmentReferences(t: X12Shipment214): ShipmentReference[] {
  const out: ShipmentReference[] = [];
  const seen = new Set<string>([`tracking:${t.trackingNumber}`]);
  const add = (kind: ShipmentReference['kind'], value: string, source: string): void => {
    const key = `${kind}:${value}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ kind, value, source });
  };
  for (const r of t.references) if (trackingQualifiers.has(r.qualifier.toUpperCase())) add('tracking', r.value, `L11 ${r.qualifier}`);
  if (t.shipmentId) add('tracking', t.shipmentId, 'B10-02');
  for (const r of t.references) if (orderQualifiers.has(r.qualifier.toUpperCase())) add('order', r.value, `L11 ${r.qualifier}`);
  return out;
}
