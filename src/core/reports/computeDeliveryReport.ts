import { median } from '../dashboard/median';
import type { CarrierReportRow, LaneReportRow } from './reportSchema';
import { inPeriod, inTeams, type ReportScope, type ReportSource } from './ReportSource';

const HOUR = 3_600_000;

/** The counts a carrier or lane row is derived from (the hub's SQL returns the same). */
export interface DeliveryCounts {
  shipments: number;
  delivered: number;
  onTime: number;
  exceptions: number;
  delaysMs: number[];
}

export type DeliveryFigures = Omit<CarrierReportRow, 'carrier'>;

/**
 * shipments = created in the period; delivered = delivered in the period (last scan) with a
 * promised date; on-time % = delivered at or before the promise ÷ delivered; exceptions =
 * detected in the period (the scope's teams) on the group's shipments, per 1,000 shipments
 * created in the period; median delay = hours past the promise of the late deliveries.
 */
export function deliveryFigures(c: Omit<DeliveryCounts, 'delaysMs'>, medianDelayMs: number | null): DeliveryFigures {
  return {
    shipments: c.shipments,
    delivered: c.delivered,
    onTime: c.onTime,
    onTimeRate: c.delivered === 0 ? null : c.onTime / c.delivered,
    exceptions: c.exceptions,
    exceptionsPer1000: c.shipments === 0 ? null : (c.exceptions / c.shipments) * 1000,
    late: c.delivered - c.onTime,
    medianDelayHours: medianDelayMs === null ? null : medianDelayMs / HOUR,
  };
}

function countDeliveries(source: ReportSource, scope: ReportScope, keyOf: (s: ReportSource['shipments'][number]) => string): Map<string, DeliveryCounts> {
  const groups = new Map<string, DeliveryCounts>();
  const group = (key: string): DeliveryCounts => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { shipments: 0, delivered: 0, onTime: 0, exceptions: 0, delaysMs: [] }));
    return g;
  };
  const keyById = new Map<string, string>();
  for (const s of source.shipments) {
    const key = keyOf(s);
    keyById.set(s.id, key);
    if (inPeriod(s.createdAt, scope)) group(key).shipments++;
    if (s.status !== 'delivered' || s.promisedDate === null || !inPeriod(s.lastEventAt, scope)) continue;
    const g = group(key);
    g.delivered++;
    if (s.lastEventAt <= s.promisedDate) g.onTime++;
    else g.delaysMs.push(s.lastEventAt - s.promisedDate);
  }
  for (const e of source.exceptions) {
    const key = e.shipmentId === null ? undefined : keyById.get(e.shipmentId);
    if (key !== undefined && inTeams(e.teamId, scope) && inPeriod(e.detectedAt, scope)) group(key).exceptions++;
  }
  return groups;
}

const figuresOf = (c: DeliveryCounts): DeliveryFigures => deliveryFigures(c, median(c.delaysMs));

/** Most shipments first; ties by name, so the hub and the replica list rows in one order. */
export function byShipments<R extends DeliveryFigures>(name: (r: R) => string): (a: R, b: R) => number {
  return (a, b) => b.shipments - a.shipments || b.delivered - a.delivered || name(a).localeCompare(name(b));
}

export function computeCarrierReport(source: ReportSource, scope: ReportScope): CarrierReportRow[] {
  return [...countDeliveries(source, scope, (s) => s.carrier)]
    .map(([carrier, c]) => ({ carrier, ...figuresOf(c) }))
    .sort(byShipments<CarrierReportRow>((r) => r.carrier));
}

/** A lane is origin → destination as the shipment carries them (no normalisation). */
export function laneName(r: { origin: string; destination: string }): string {
  return `${r.origin} → ${r.destination}`;
}

export function computeLaneReport(source: ReportSource, scope: ReportScope): LaneReportRow[] {
  const ends = new Map<string, { origin: string; destination: string }>();
  const rows = countDeliveries(source, scope, (s) => {
    const key = JSON.stringify([s.origin, s.destination]);
    ends.set(key, { origin: s.origin, destination: s.destination });
    return key;
  });
  return [...rows].map(([key, c]) => ({ ...ends.get(key)!, ...figuresOf(c) })).sort(byShipments<LaneReportRow>(laneName));
}
