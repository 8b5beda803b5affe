import { sql } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { segmentCustomers, toEur, type CustomerPeriodFacts, type DashboardSegments } from '../../../core';
import type { ReplicaDb } from '../../db/openReplica';
import { customers, exceptions, orders, shipments } from '../../db/schema';
import type { DashboardScope } from './DashboardScope';

interface Row {
  customerId: string;
  segment: string | null;
  currency: string;
  orders: number;
  units: number | null;
  total: number;
  shipments: number | null;
  flagged: number | null;
}

/**
 * Customer segments: customers with at least one order placed in the period, with per customer
 * orders, units (sum of line quantities), revenue (order totals at reference rates, ≈ EUR),
 * shipments created in the period and how many of those have an exception. Grouped into the
 * fixed buckets of core's segmentBuckets by core's segmentCustomers. Customers, orders and
 * shipments are tenant data; exceptions are those of the replica's teams.
 */
export function queryCustomerSegments(db: ReplicaDb, scope: Pick<DashboardScope, 'from' | 'to'>): DashboardSegments {
  const inPeriod = (column: AnySQLiteColumn) => sql`${column} >= ${scope.from} AND ${column} < ${scope.to}`;
  const units = sql`(SELECT sum(json_extract(l.value, '$.quantity')) FROM json_each(${orders.lines}) l)`;
  const hasException = sql`EXISTS (SELECT 1 FROM ${exceptions} WHERE ${exceptions.shipmentId} = ${shipments.id})`;
  // One row per customer × currency (revenue is converted per currency), shipment counts joined on.
  const rows = db.all<Row>(sql`
    WITH o AS (
      SELECT ${orders.customerId} AS customer_id, ${orders.currency} AS currency, count(*) AS orders, sum(${units}) AS units, sum(${orders.total}) AS total
      FROM ${orders} WHERE ${inPeriod(orders.createdAt)} GROUP BY 1, 2
    ), s AS (
      SELECT ${shipments.customerId} AS customer_id, count(*) AS shipments, sum(${hasException}) AS flagged
      FROM ${shipments} WHERE ${inPeriod(shipments.createdAt)} GROUP BY 1
    )
    SELECT o.customer_id AS customerId, c.segment AS segment, o.currency, o.orders, o.units, o.total, s.shipments, s.flagged
    FROM o LEFT JOIN s ON s.customer_id = o.customer_id LEFT JOIN ${customers} c ON c.id = o.customer_id`);
  const facts = new Map<string, CustomerPeriodFacts>();
  for (const r of rows) {
    let f = facts.get(r.customerId);
    if (!f) {
      f = {
        customerId: r.customerId,
        // Rows replicate in any order: the customer record may not have arrived yet.
        segment: r.segment ?? 'unknown',
        orders: 0,
        units: 0,
        revenueEur: 0,
        shipments: r.shipments ?? 0,
        shipmentsWithException: r.flagged ?? 0,
      };
      facts.set(r.customerId, f);
    }
    f.orders += r.orders;
    f.units += r.units ?? 0;
    f.revenueEur += toEur(r.total, r.currency) ?? 0;
  }
  const list = [...facts.values()];
  return {
    customers: list.length,
    frequency: segmentCustomers(list, 'frequency'),
    volume: segmentCustomers(list, 'volume'),
    revenue: segmentCustomers(list, 'revenue'),
    exceptionRate: segmentCustomers(list, 'exceptionRate'),
    segment: segmentCustomers(list, 'segment'),
  };
}
