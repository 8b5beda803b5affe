import { messageLocale } from './messageLocale';

export interface CustomerLocale {
  /** The customer's BCP-47 tag (their region decides date order and clock). */
  customerLanguage: string;
  /** The language the message is written in (decides month names). */
  messageLanguage: string;
  /** IANA zone the customer lives in. */
  timeZone: string;
}

/**
 * A date for a customer message, e.g. an ETA: the day with the month spelled out (no 09.11 vs
 * 11/09 ambiguity), in the customer's zone. Never throws: an unknown zone falls back to UTC.
 */
export function formatCustomerDate(at: number, locale: CustomerLocale): string {
  const tag = messageLocale(locale.customerLanguage, locale.messageLanguage);
  try {
    return new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: locale.timeZone }).format(at);
  } catch {
    return new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(at);
  }
}
