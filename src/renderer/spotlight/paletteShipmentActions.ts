import { shipmentActionKindsAllowed, type ShipmentActionKind } from '../../core';
import type { PaletteShipment } from '../shipmentActions/paletteShipment';

/** How the palette words each request (a verb, "…" because a form follows), and words that find it. */
const entries: Record<ShipmentActionKind, { label: string; keywords: string }> = {
  reschedule: { label: 'Reschedule delivery…', keywords: 'reschedule delivery date window day move' },
  change_address: { label: 'Change delivery address…', keywords: 'change delivery address street' },
  redirect: { label: 'Redirect to pickup point…', keywords: 'redirect pickup point parcel shop locker' },
  hold_at_depot: { label: 'Hold at depot…', keywords: 'hold depot keep warehouse' },
  book_pickup: { label: 'Book a pickup…', keywords: 'book pickup collect collection return' },
  cancel: { label: 'Cancel shipment…', keywords: 'cancel shipment stop' },
  claim: { label: 'Open a carrier claim…', keywords: 'open carrier claim damage loss lost broken' },
};

/** The shipment actions the palette offers for what the agent typed: only those the shipment's state allows. */
export function paletteShipmentActions(shown: PaletteShipment | null, typed: string): { kind: ShipmentActionKind; label: string }[] {
  if (!shown) return [];
  const words = typed.trim().toLowerCase();
  return shipmentActionKindsAllowed(shown.status)
    .map((kind) => ({ kind, ...entries[kind] }))
    .filter((e) => words === '' || e.label.toLowerCase().includes(words) || words.split(/\s+/).every((w) => e.keywords.includes(w)))
    .map(({ kind, label }) => ({ kind, label }));
}
