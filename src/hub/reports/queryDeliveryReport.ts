import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { byShipments, deliveryFigures, laneName, type CarrierReportRow, type LaneReportRow } from '../../core';
import type { HubDb } from '../store/openStore';
import { queryRows } from '../store/queryRows';
import { inScopePeriod, inScopeTeams, type HubReportScope } from './HubReportScope';

const n = z.coerce.number();
const countsSchema = z.object({ shipments: n, delivered: n, on_time: n, exceptions: n, median_delay: n.nullable() });

/**
 * core computeDeliveryReport's counts in SQL, grouped by `keys` (constant column names).
 * Shipments are tenant rows (every team's); exceptions count only in the scope's teams.
 */
async function queryDeliveryCounts(db: HubDb, scope: HubReportScope, keys: readonly string[]): Promise<unknown[]> {
  const k = sql.raw(keys.join(', '));
  const sk = sql.raw(keys.map((c) => `s.${c}`).join(', '));
  return queryRows(
    db,
    sql`WITH created AS (SELECT ${k}, count(*) AS shipments FROM shipments WHERE ${inScopePeriod(sql`created_at`, scope)} GROUP BY ${k}),
      deliv AS (SELECT ${k}, count(*) AS delivered, count(*) FILTER (WHERE last_event_at <= promised_date) AS on_time,
                  percentile_cont(0.5) WITHIN GROUP (ORDER BY (last_event_at - promised_date)::float8) FILTER (WHERE last_event_at > promised_date) AS median_delay
                FROM shipments WHERE status = 'delivered' AND promised_date IS NOT NULL AND ${inScopePeriod(sql`last_event_at`, scope)} GROUP BY ${k}),
      exc AS (SELECT ${sk}, count(*) AS exceptions FROM exceptions e JOIN shipments s ON s.id = e.shipment_id
              WHERE ${inScopeTeams(sql`e.team_id`, scope)} AND ${inScopePeriod(sql`e.detected_at`, scope)} GROUP BY ${sk}),
      groups AS (SELECT ${k} FROM created UNION SELECT ${k} FROM deliv UNION SELECT ${k} FROM exc)
    SELECT groups.*, coalesce(created.shipments, 0) AS shipments, coalesce(deliv.delivered, 0) AS delivered,
      coalesce(deliv.on_time, 0) AS on_time, deliv.median_delay, coalesce(exc.exceptions, 0) AS exceptions
    FROM groups LEFT JOIN created USING (${k}) LEFT JOIN deliv USING (${k}) LEFT JOIN exc USING (${k})`,
  );
}

function figures(row: unknown): ReturnType<typeof deliveryFigures> {
  const c = countsSchema.parse(row);
  return deliveryFigures({ shipments: c.shipments, delivered: c.delivered, onTime: c.on_time, exceptions: c.exceptions }, c.median_delay);
}

export async function queryCarrierReport(db: HubDb, scope: HubReportScope): Promise<CarrierReportRow[]> {
  const rows = await queryDeliveryCounts(db, scope, ['carrier']);
  return rows.map((row) => ({ carrier: z.object({ carrier: z.string() }).parse(row).carrier, ...figures(row) })).sort(byShipments<CarrierReportRow>((r) => r.carrier));
}

export async function queryLaneReport(db: HubDb, scope: HubReportScope): Promise<LaneReportRow[]> {
  const rows = await queryDeliveryCounts(db, scope, ['origin', 'destination']);
  const ends = z.object({ origin: z.string(), destination: z.string() });
  return rows.map((row) => ({ ...ends.parse(row), ...figures(row) })).sort(byShipments<LaneReportRow>(laneName));
}
