import { describe, expect, it } from 'vitest';
import { bucketStart, granularityOf, median, periodBuckets, segmentCustomers, toEur, type CustomerPeriodFacts } from '../../../../src/core';

const DAY = 86_400_000;
const facts = (f: Partial<CustomerPeriodFacts> & { customerId: string }): CustomerPeriodFacts => ({
  segment: 'consumer',
  orders: 1,
  units: 1,
  revenueEur: 0,
  shipments: 0,
  shipmentsWithException: 0,
  ...f,
});

describe('dashboard metric functions', () => {
  it('takes the median of odd and even counts, null for none', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([])).toBeNull();
  });

  it('buckets by local day and Monday-based week', () => {
    // Wed 11 Nov 2026 23:30 UTC is Thu 12 Nov 00:30 in UTC+1.
    const at = Date.UTC(2026, 10, 11, 23, 30);
    expect(bucketStart(at, 'day', 0)).toBe(Date.UTC(2026, 10, 11));
    expect(bucketStart(at, 'day', 60)).toBe(Date.UTC(2026, 10, 12) - 3_600_000);
    expect(bucketStart(at, 'week', 0)).toBe(Date.UTC(2026, 10, 9));
    // Sunday belongs to the week that began the Monday before.
    expect(bucketStart(Date.UTC(2026, 10, 15, 12), 'week', 0)).toBe(Date.UTC(2026, 10, 9));
    expect(granularityOf(0, 31 * DAY)).toBe('day');
    expect(granularityOf(0, 32 * DAY)).toBe('week');
    expect(periodBuckets(Date.UTC(2026, 10, 10), Date.UTC(2026, 10, 24), 'week', 0)).toEqual([
      Date.UTC(2026, 10, 9),
      Date.UTC(2026, 10, 16),
      Date.UTC(2026, 10, 23),
    ]);
  });

  it('puts customers in fixed buckets, edges included at the lower end', () => {
    const list = [
      facts({ customerId: 'a', orders: 1, units: 9, revenueEur: 999.99, shipments: 4, shipmentsWithException: 0 }),
      facts({ customerId: 'b', orders: 2, units: 10, revenueEur: 1_000, shipments: 4, shipmentsWithException: 1 }),
      facts({ customerId: 'c', orders: 10, units: 200, revenueEur: 50_000, shipments: 2, shipmentsWithException: 1, segment: 'retail' }),
      facts({ customerId: 'd', orders: 4, shipments: 0 }),
    ];
    const count = (d: Parameters<typeof segmentCustomers>[1]) => segmentCustomers(list, d).map((r) => [r.key, r.customers]);
    expect(count('frequency')).toEqual([['1', 1], ['2-3', 1], ['4-9', 1], ['10+', 1]]);
    expect(count('volume')).toEqual([['<10', 2], ['10-49', 1], ['50-199', 0], ['200+', 1]]);
    expect(count('revenue')).toEqual([['<1k', 2], ['1k-10k', 1], ['10k-50k', 0], ['50k+', 1]]);
    // 0 %, 25 % (lower edge of 25–50), 50 % (lower edge of 50+), and no shipments to rate.
    expect(count('exceptionRate')).toEqual([['0', 1], ['<25', 0], ['25-50', 1], ['50+', 1], ['none', 1]]);
    expect(count('segment')).toEqual([['consumer', 3], ['retail', 1]]);
    const quarter = segmentCustomers(list, 'exceptionRate').find((r) => r.key === '25-50');
    expect(quarter).toMatchObject({ shipments: 4, shipmentsWithException: 1, exceptionRate: 0.25 });
  });

  it('converts known currencies to euros and refuses unknown ones', () => {
    expect(toEur(100, 'EUR')).toBe(100);
    expect(toEur(1_000, 'SEK')).toBeCloseTo(87, 9);
    expect(toEur(1, 'XXX')).toBeNull();
  });
});
