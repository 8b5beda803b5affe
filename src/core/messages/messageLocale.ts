/**
 * The locale a customer message is formatted in: the message's language (month names, words)
 * with the customer's region (date order, separators, 24h clock). A German customer reading an
 * English macro gets "9 November 2026" and "1.234,5", never "09.11.2026" inside English text.
 * The region comes from the customer's tag ("de-DE" → DE; "fr" → its likely region FR).
 */
export function messageLocale(customerLanguage: string, messageLanguage: string): string {
  const language = safeLocale(messageLanguage)?.language ?? 'en';
  const customer = safeLocale(customerLanguage);
  const region = customer?.region ?? maximizedRegion(customer);
  const tag = region ? `${language}-${region}` : language;
  // A pair ICU has no data for still formats (it falls back to the language), so this only guards odd tags.
  return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0 ? tag : language;
}

function safeLocale(tag: string): Intl.Locale | null {
  try {
    return new Intl.Locale(tag);
  } catch {
    return null;
  }
}

function maximizedRegion(locale: Intl.Locale | null): string | undefined {
  if (!locale) return undefined;
  try {
    return locale.maximize().region;
  } catch {
    return undefined;
  }
}
