import type { ShipmentActionKind } from '../../core';

const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** One line saying what was asked, from the kind's details (as the agent entered them). */
export function describeShipmentAction(kind: ShipmentActionKind, d: Record<string, unknown>): string {
  switch (kind) {
    case 'reschedule':
      return `Deliver on ${text(d.date)}, ${text(d.windowFrom)}–${text(d.windowTo)}`;
    case 'change_address': {
      const a = (d.address ?? {}) as Record<string, unknown>;
      return `New address: ${[a.line1, a.line2, [a.postcode, a.city].filter(Boolean).join(' '), a.country].map(text).filter(Boolean).join(', ')}`;
    }
    case 'redirect':
      return `To pickup point ${text(d.pickupPoint)}`;
    case 'hold_at_depot':
      return text(d.note) ? `Hold at depot: ${text(d.note)}` : 'Hold at the depot for collection';
    case 'book_pickup':
      return `Pickup on ${text(d.date)}, ${text(d.windowFrom)}–${text(d.windowTo)} · ${text(d.pieces)} pcs · ${text(d.weightKg)} kg`;
    case 'cancel':
      return `Cancel: ${text(d.reason)}`;
    case 'claim': {
      const photos = Array.isArray(d.photos) ? d.photos.length : 0;
      return `${d.claimType === 'loss' ? 'Loss' : 'Damage'} claim ${text(d.amount)} ${text(d.currency)} · ${photos} photo${photos === 1 ? '' : 's'}${text(d.carrierReference) ? ` · ref ${text(d.carrierReference)}` : ''}`;
    }
  }
}
