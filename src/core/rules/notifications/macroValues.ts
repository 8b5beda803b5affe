import type { MacroPlaceholder } from './renderMacro';

export interface MacroSubjects {
  customer: { name: string } | null;
  shipment: { trackingNumber: string | null; carrier: string | null; eta: number | null } | null;
  order: { number: string | null } | null;
  ticket: { number: number | null } | null;
}

/** The placeholder values for one recipient; dates in their language and time zone. */
export function macroValues(
  subjects: MacroSubjects,
  locale: { language: string; timeZone: string },
): Partial<Record<MacroPlaceholder, string | null>> {
  const eta = subjects.shipment?.eta ?? null;
  return {
    'customer.name': subjects.customer?.name ?? null,
    'shipment.trackingNumber': subjects.shipment?.trackingNumber ?? null,
    'shipment.carrier': subjects.shipment?.carrier ?? null,
    'shipment.eta': eta === null ? null : formatDate(eta, locale),
    'order.number': subjects.order?.number ?? null,
    'ticket.number': subjects.ticket?.number == null ? null : `#${subjects.ticket.number}`,
  };
}

function formatDate(at: number, locale: { language: string; timeZone: string }): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short', timeZone: locale.timeZone };
  try {
    return new Intl.DateTimeFormat(locale.language, options).format(at);
  } catch {
    // An unknown language tag or zone must not stop a notification; fall back to English/UTC.
    return new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' }).format(at);
  }
}
