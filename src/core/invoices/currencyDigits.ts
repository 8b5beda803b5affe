/** Decimal places of a currency's minor unit (EUR 2, JPY 0, KWD 3); 2 when the runtime does not know it. */
export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** Minor units → the major-unit amount (125000 EUR → 1250). */
export function fromMinorUnits(amountMinor: number, currency: string): number {
  return amountMinor / 10 ** currencyDigits(currency);
}
