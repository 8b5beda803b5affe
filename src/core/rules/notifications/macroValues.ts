import { formatCustomerDate } from '../../messages/formatCustomerDate';
import type { ShipmentActionKind } from '../../shipmentActions/shipmentActionKinds';
import type { MacroPlaceholder } from './renderMacro';

export interface MacroSubjects {
  customer: { name: string } | null;
  shipment: { trackingNumber: string | null; carrier: string | null; eta: number | null } | null;
  order: { number: string | null } | null;
  ticket: { number: number | null } | null;
  /** A carrier request (shipment action) the message is about. */
  action?: { kind: ShipmentActionKind; details: Record<string, unknown>; state: string; reason: string | null; carrierReference: string | null } | null;
}

/** How a customer message names each request (the agent-facing labels say what the agent does). */
const actionWords: Record<ShipmentActionKind, string> = {
  reschedule: 'delivery date change',
  change_address: 'delivery address change',
  redirect: 'redirection to a pickup point',
  hold_at_depot: 'hold at the depot',
  book_pickup: 'pickup booking',
  cancel: 'cancellation',
  claim: 'claim',
};
const outcomeWords: Record<string, string> = { accepted: 'accepted', refused: 'refused', failed: 'could not be sent' };

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

/**
 * The placeholder values for one recipient: dates in the message's language (macros are written
 * in English unless said otherwise) with the customer's region and time zone, so an English
 * reply to a German customer reads "9 November 2026", not "09.11.2026, 20:05".
 */
export function macroValues(
  subjects: MacroSubjects,
  locale: { language: string; timeZone: string; messageLanguage?: string },
): Partial<Record<MacroPlaceholder, string | null>> {
  const eta = subjects.shipment?.eta ?? null;
  const dateLocale = { customerLanguage: locale.language, messageLanguage: locale.messageLanguage ?? 'en' };
  const action = subjects.action ?? null;
  const day = text(action?.details.date);
  const from = text(action?.details.windowFrom);
  const to = text(action?.details.windowTo);
  return {
    'customer.name': subjects.customer?.name ?? null,
    'shipment.trackingNumber': subjects.shipment?.trackingNumber ?? null,
    'shipment.carrier': subjects.shipment?.carrier ?? null,
    'shipment.eta': eta === null ? null : formatCustomerDate(eta, { ...dateLocale, timeZone: locale.timeZone }),
    'order.number': subjects.order?.number ?? null,
    'ticket.number': subjects.ticket?.number == null ? null : `#${subjects.ticket.number}`,
    'action.kind': action ? actionWords[action.kind] : null,
    // A booked day is a calendar day at the delivery place, not an instant: noon UTC names it everywhere.
    'action.date': day === null ? null : formatCustomerDate(Date.parse(`${day}T12:00:00Z`), { ...dateLocale, timeZone: 'UTC' }),
    'action.window': from && to ? `${from}–${to}` : null,
    'action.outcome': action ? (outcomeWords[action.state] ?? null) : null,
    'action.reason': action?.reason ?? null,
    'action.carrierReference': action?.carrierReference ?? null,
  };
}
