const DAY = 86_400_000;

/** Money, dates and delays as the Customer 360 shows them. */
export const formatLogistics = {
  money(amount: number, currency: string): string {
    try {
      return new Intl.NumberFormat(undefined, { style: 'currency', currency, maximumFractionDigits: amount >= 10_000 ? 0 : 2 }).format(amount);
    } catch {
      return `${amount.toFixed(2)} ${currency}`;
    }
  },
  /** "DKK 8.2K": fits a KPI card. */
  compactMoney(amount: number, currency: string): string {
    try {
      return new Intl.NumberFormat(undefined, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }).format(amount);
    } catch {
      return `${Math.round(amount)} ${currency}`;
    }
  },
  date(at: number): string {
    return new Date(at).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
  },
  /** "3 h", "2 d": how late (or early) a shipment is against its promise. */
  delay(ms: number): string {
    const abs = Math.abs(ms);
    if (abs < DAY) return `${Math.max(1, Math.round(abs / 3_600_000))} h`;
    return `${Math.round(abs / DAY)} d`;
  },
};
