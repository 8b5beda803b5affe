import type { CustomerLocale } from './formatCustomerDate';
import { messageLocale } from './messageLocale';

/** A number for a customer message with the separators of the customer's region ("1.234,5" in DE). */
export function formatCustomerNumber(value: number, locale: Pick<CustomerLocale, 'customerLanguage' | 'messageLanguage'>): string {
  return new Intl.NumberFormat(messageLocale(locale.customerLanguage, locale.messageLanguage)).format(value);
}
