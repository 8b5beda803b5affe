/** What a generated world must hold at least (the benchmark minimums at scale 1). */
export interface WorldTargets {
  customers: number;
  shipments: number;
  tickets: number;
  trackingEvents: number;
}

/**
 * The large seed's minimum counts: scale 1 = 50,000 customers, 200,000 shipments, 100,000
 * tickets, 1,000,000 tracking events (rounded up at other scales). Customers are generated
 * exactly; shipments and tickets are planned to reach their targets (WorldCountPlan); events
 * follow from the shipments (≥5 scans each on average).
 */
export function seedLargeTargets(scale: number): WorldTargets {
  return {
    customers: Math.max(1, Math.round(50_000 * scale)),
    shipments: Math.ceil(200_000 * scale),
    tickets: Math.ceil(100_000 * scale),
    trackingEvents: Math.ceil(1_000_000 * scale),
  };
}
