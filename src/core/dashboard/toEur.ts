/**
 * Fixed reference rates (EUR per unit, late 2026) so revenue in mixed currencies can be summed
 * and bucketed; the dashboard labels such figures "≈ EUR". Unknown currencies give null.
 */
const eurPerUnit: Readonly<Record<string, number>> = { EUR: 1, USD: 0.92, GBP: 1.16, SEK: 0.087, DKK: 0.134, NOK: 0.085, CHF: 1.05, PLN: 0.23 };

export function toEur(amount: number, currency: string): number | null {
  const rate = eurPerUnit[currency.toUpperCase()];
  return rate === undefined ? null : amount * rate;
}
