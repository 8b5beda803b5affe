import { sql } from 'drizzle-orm';
import type { Dashboard } from '../../../core';
import type { ReplicaDb } from '../../db/openReplica';
import { shipments } from '../../db/schema';
import { bucketSql } from './bucketSql';
import type { DashboardScope } from './DashboardScope';

/**
 * On-time delivery rate = delivered shipments delivered at or before their promised date ÷
 * delivered shipments with a promised date, counted on the day of delivery. Delivery time = the
 * shipment's latest scan (lastEventAt): a delivered shipment's status only changes on a final
 * scan, so that is the delivery scan unless a carrier sent more after it (then it errs late).
 * Shipments are tenant data (no team), so this covers every customer, whatever the team filter.
 */
export function queryOnTimeDelivery(db: ReplicaDb, scope: DashboardScope): Dashboard['delivery'] {
  const rows = db.all<{ b: number; delivered: number; onTime: number }>(
    sql`SELECT ${bucketSql(sql`${shipments.lastEventAt}`, scope)} AS b, count(*) AS delivered,
          sum(${shipments.lastEventAt} <= ${shipments.promisedDate}) AS onTime
        FROM ${shipments}
        WHERE ${shipments.status} = 'delivered' AND ${shipments.lastEventAt} >= ${scope.from} AND ${shipments.lastEventAt} < ${scope.to}
          AND ${shipments.promisedDate} IS NOT NULL
        GROUP BY 1`,
  );
  const byBucket = new Map(rows.map((r) => [r.b, r]));
  return {
    delivered: rows.reduce((n, r) => n + r.delivered, 0),
    onTime: rows.reduce((n, r) => n + r.onTime, 0),
    series: scope.buckets.map((at) => ({ at, delivered: byBucket.get(at)?.delivered ?? 0, onTime: byBucket.get(at)?.onTime ?? 0 })),
  };
}
