import type { CustomerLocale } from './formatCustomerDate';
import { messageLocale } from './messageLocale';

/** The customer's wall-clock time at `at` ("22:14" in DE, "10:14 PM" in US) in their zone. */
export function formatCustomerTime(at: number, locale: CustomerLocale): string {
  const tag = messageLocale(locale.customerLanguage, locale.messageLanguage);
  try {
    return new Intl.DateTimeFormat(tag, { timeStyle: 'short', timeZone: locale.timeZone }).format(at);
  } catch {
    return new Intl.DateTimeFormat(tag, { timeStyle: 'short', timeZone: 'UTC' }).format(at);
  }
}
