import type { ShipmentActionKind } from '../../core';

export interface ActionField {
  key: string;
  label: string;
  type: 'text' | 'date' | 'time' | 'number' | 'textarea';
  placeholder?: string;
}

/** The fields of each kind's form; claim photos and type are handled beside these. */
export const actionFormFields: Record<ShipmentActionKind, ActionField[]> = {
  reschedule: [
    { key: 'date', label: 'Delivery day', type: 'date' },
    { key: 'windowFrom', label: 'From', type: 'time' },
    { key: 'windowTo', label: 'To', type: 'time' },
  ],
  change_address: [
    { key: 'line1', label: 'Street and number', type: 'text' },
    { key: 'line2', label: 'Address line 2', type: 'text' },
    { key: 'postcode', label: 'Postcode', type: 'text' },
    { key: 'city', label: 'City', type: 'text' },
    { key: 'country', label: 'Country (ISO code)', type: 'text', placeholder: 'DE' },
  ],
  redirect: [{ key: 'pickupPoint', label: 'Pickup point', type: 'text', placeholder: 'e.g. Kiosk Storgata 12, Oslo' }],
  hold_at_depot: [{ key: 'note', label: 'Note for the depot', type: 'textarea' }],
  book_pickup: [
    { key: 'date', label: 'Pickup day', type: 'date' },
    { key: 'windowFrom', label: 'From', type: 'time' },
    { key: 'windowTo', label: 'To', type: 'time' },
    { key: 'pieces', label: 'Pieces', type: 'number' },
    { key: 'weightKg', label: 'Weight (kg)', type: 'number' },
  ],
  cancel: [{ key: 'reason', label: 'Why cancel', type: 'textarea' }],
  claim: [
    { key: 'amount', label: 'Amount claimed', type: 'number' },
    { key: 'currency', label: 'Currency', type: 'text', placeholder: 'EUR' },
    { key: 'description', label: 'What was damaged or lost', type: 'textarea' },
    { key: 'carrierReference', label: 'Carrier reference (optional)', type: 'text' },
  ],
};

const addressKeys = new Set(['line1', 'line2', 'postcode', 'city', 'country']);
const numberKeys = new Set(['pieces', 'weightKg', 'amount']);

/** The form's strings as the request's details (numbers parsed, the address nested). */
export function detailsFromForm(kind: ShipmentActionKind, values: Record<string, string>, extra: Record<string, unknown>): Record<string, unknown> {
  const details: Record<string, unknown> = { ...extra };
  const address: Record<string, string> = {};
  for (const field of actionFormFields[kind]) {
    const raw = values[field.key] ?? '';
    if (kind === 'change_address' && addressKeys.has(field.key)) address[field.key] = raw;
    else details[field.key] = numberKeys.has(field.key) ? (raw.trim() === '' ? Number.NaN : Number(raw)) : raw;
  }
  if (kind === 'change_address') details.address = address;
  return details;
}
