import { sql } from 'drizzle-orm';
import type { ReplicaDb } from '../../db/openReplica';
import { exceptions, orders, shipments, tickets } from '../../db/schema';

/**
 * First and last activity in the replica (ticket, order, shipment created; exception detected),
 * so the dashboard can open on a period that has data (the demo world is dated Oct–Nov 2026).
 */
export function getDashboardRange(db: ReplicaDb): { earliest: number | null; latest: number | null } {
  const [row] = db.all<{ earliest: number | null; latest: number | null }>(sql`
    SELECT min(lo) AS earliest, max(hi) AS latest FROM (
      SELECT min(${tickets.createdAt}) AS lo, max(${tickets.createdAt}) AS hi FROM ${tickets}
      UNION ALL SELECT min(${orders.createdAt}), max(${orders.createdAt}) FROM ${orders}
      UNION ALL SELECT min(${shipments.createdAt}), max(${shipments.createdAt}) FROM ${shipments}
      UNION ALL SELECT min(${exceptions.detectedAt}), max(${exceptions.detectedAt}) FROM ${exceptions}
    )`);
  return { earliest: row?.earliest ?? null, latest: row?.latest ?? null };
}
