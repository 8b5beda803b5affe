import { formatCustomerDate } from '../../messages/formatCustomerDate';
import type { MacroPlaceholder } from './renderMacro';

export interface MacroSubjects {
  customer: { name: string } | null;
  shipment: { trackingNumber: string | null; carrier: string | null; eta: number | null } | null;
  order: { number: string | null } | null;
  ticket: { number: number | null } | null;
}

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
  return {
    'customer.name': subjects.customer?.name ?? null,
    'shipment.trackingNumber': subjects.shipment?.trackingNumber ?? null,
    'shipment.carrier': subjects.shipment?.carrier ?? null,
    'shipment.eta': eta === null ? null : formatCustomerDate(eta, { customerLanguage: locale.language, messageLanguage: locale.messageLanguage ?? 'en', timeZone: locale.timeZone }),
    'order.number': subjects.order?.number ?? null,
    'ticket.number': subjects.ticket?.number == null ? null : `#${subjects.ticket.number}`,
  };
}
