/** The ways the dashboard groups customers; every bucket is a fixed, stated range. */
export type SegmentDimension = 'frequency' | 'volume' | 'revenue' | 'exceptionRate' | 'segment';

/** What the dashboard knows about one customer with at least one order in the period. */
export interface CustomerPeriodFacts {
  customerId: string;
  /** The CRM segment on the customer record (e.g. "e-commerce", "consumer"). */
  segment: string;
  orders: number;
  /** Sum of order line quantities. */
  units: number;
  /** Order totals converted at reference rates (toEur); orders in unknown currencies add 0. */
  revenueEur: number;
  /** Shipments created in the period. */
  shipments: number;
  /** Of those shipments, how many have at least one exception in the replica. */
  shipmentsWithException: number;
}

interface BucketDef {
  key: string;
  label: string;
  /** Holds values v with min ≤ v < max. */
  min: number;
  max: number;
}

const range = (key: string, label: string, min: number, max = Infinity): BucketDef => ({ key, label, min, max });

/** Fixed bucket ranges per numeric dimension, low to high; labels say the range in words. */
export const segmentBuckets: Record<Exclude<SegmentDimension, 'segment'>, readonly BucketDef[]> = {
  frequency: [range('1', '1 order', 1, 2), range('2-3', '2–3 orders', 2, 4), range('4-9', '4–9 orders', 4, 10), range('10+', '10+ orders', 10)],
  volume: [range('<10', '1–9 units', 0, 10), range('10-49', '10–49 units', 10, 50), range('50-199', '50–199 units', 50, 200), range('200+', '200+ units', 200)],
  revenue: [
    range('<1k', 'under €1k', 0, 1_000),
    range('1k-10k', '€1k–10k', 1_000, 10_000),
    range('10k-50k', '€10k–50k', 10_000, 50_000),
    range('50k+', '€50k and more', 50_000),
  ],
  // Share of the customer's shipments with an exception; customers without shipments are "no shipments".
  exceptionRate: [range('0', 'none (0%)', 0, 1e-9), range('<25', 'under 25%', 1e-9, 0.25), range('25-50', '25–50%', 0.25, 0.5), range('50+', '50% or more', 0.5)],
};

/** The value a customer is bucketed by on a numeric dimension (null: no shipments to rate). */
export function segmentValue(dimension: Exclude<SegmentDimension, 'segment'>, c: CustomerPeriodFacts): number | null {
  if (dimension === 'frequency') return c.orders;
  if (dimension === 'volume') return c.units;
  if (dimension === 'revenue') return c.revenueEur;
  return c.shipments === 0 ? null : c.shipmentsWithException / c.shipments;
}
