import { segmentBuckets, segmentValue, type CustomerPeriodFacts, type SegmentDimension } from './segmentBuckets';

export interface SegmentRow {
  key: string;
  label: string;
  customers: number;
  orders: number;
  units: number;
  revenueEur: number;
  shipments: number;
  shipmentsWithException: number;
  /** shipmentsWithException / shipments; null when the bucket has no shipments. */
  exceptionRate: number | null;
}

const NO_SHIPMENTS = { key: 'none', label: 'no shipments' };

/**
 * Customers grouped into the fixed buckets of `dimension` (segmentBuckets), low to high, every
 * bucket listed even when empty; the CRM segment dimension lists segments by customer count.
 */
export function segmentCustomers(facts: readonly CustomerPeriodFacts[], dimension: SegmentDimension): SegmentRow[] {
  const rows = new Map<string, SegmentRow>();
  const row = (key: string, label: string): SegmentRow => {
    let r = rows.get(key);
    if (!r) {
      r = { key, label, customers: 0, orders: 0, units: 0, revenueEur: 0, shipments: 0, shipmentsWithException: 0, exceptionRate: null };
      rows.set(key, r);
    }
    return r;
  };
  if (dimension !== 'segment') for (const b of segmentBuckets[dimension]) row(b.key, b.label);
  for (const c of facts) {
    let target: SegmentRow;
    if (dimension === 'segment') target = row(c.segment, c.segment);
    else {
      const value = segmentValue(dimension, c);
      const bucket = value === null ? undefined : segmentBuckets[dimension].find((b) => value >= b.min && value < b.max);
      target = bucket ? row(bucket.key, bucket.label) : row(NO_SHIPMENTS.key, NO_SHIPMENTS.label);
    }
    target.customers += 1;
    target.orders += c.orders;
    target.units += c.units;
    target.revenueEur += c.revenueEur;
    target.shipments += c.shipments;
    target.shipmentsWithException += c.shipmentsWithException;
  }
  const out = [...rows.values()].map((r) => ({ ...r, exceptionRate: r.shipments === 0 ? null : r.shipmentsWithException / r.shipments }));
  return dimension === 'segment' ? out.sort((a, b) => b.customers - a.customers || a.label.localeCompare(b.label)) : out;
}
