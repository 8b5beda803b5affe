import { and, eq, sql } from 'drizzle-orm';
import type { ExceptionCounts, ExceptionQueueStatus } from '../../../core';
import type { ReplicaDb } from '../../db/openReplica';
import { exceptions, shipments } from '../../db/schema';
import { exceptionAgeEdges } from './exceptionAgeOf';
import { statusCondition } from './exceptionConditions';

/** Carriers and lanes beyond these are left out: the pickers would not be usable anyway. */
const maxCarriers = 30;
const maxLanes = 30;

/**
 * Counts of the queue part `status` (and team) by category, for the chips above the list.
 * Other filters are ignored on purpose: the counts show the whole queue a lead narrows down.
 * Two grouped scans (one without joins, one joined to shipments), summed up here.
 */
export function countExceptions(db: ReplicaDb, input: { status: ExceptionQueueStatus; teamId: string | null }, now: number): ExceptionCounts {
  const team = input.teamId ? eq(exceptions.teamId, input.teamId) : undefined;
  const where = and(statusCondition(input.status), team);
  const n = sql<number>`count(*)`;
  const { fourHours, day, threeDays } = exceptionAgeEdges;
  const age = sql<string>`case when ${exceptions.detectedAt} > ${now - fourHours} then 'under_4h' when ${exceptions.detectedAt} > ${now - day} then '4h_24h' when ${exceptions.detectedAt} > ${now - threeDays} then '1d_3d' else 'over_3d' end`;
  const kinds = db
    .select({ type: exceptions.type, severity: exceptions.severity, age, count: n })
    .from(exceptions)
    .where(where)
    .groupBy(exceptions.type, exceptions.severity, age)
    .all();
  const places = db
    .select({ carrier: shipments.carrier, origin: shipments.origin, destination: shipments.destination, count: n })
    .from(exceptions)
    .innerJoin(shipments, eq(shipments.id, exceptions.shipmentId))
    .where(where)
    .groupBy(shipments.carrier, shipments.origin, shipments.destination)
    .all();
  const sum = <T,>(rows: readonly T[], keyOf: (row: T) => string, countOf: (row: T) => number) => {
    const totals = new Map<string, number>();
    for (const row of rows) totals.set(keyOf(row), (totals.get(keyOf(row)) ?? 0) + countOf(row));
    return [...totals].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  };
  const lanes = sum(places, (p) => JSON.stringify([p.origin, p.destination]), (p) => Number(p.count)).slice(0, maxLanes);
  const byType = sum(kinds, (k) => k.type, (k) => Number(k.count));
  return {
    total: byType.reduce((total, r) => total + r.count, 0),
    byType,
    bySeverity: sum(kinds, (k) => k.severity, (k) => Number(k.count)),
    byCarrier: sum(places, (p) => p.carrier, (p) => Number(p.count)).slice(0, maxCarriers),
    byLane: lanes.map(({ key, count }) => {
      const [origin, destination] = JSON.parse(key) as [string, string];
      return { origin, destination, count };
    }),
    byAge: sum(kinds, (k) => k.age, (k) => Number(k.count)),
    byStatus: db
      .select({ key: exceptions.status, count: n })
      .from(exceptions)
      .where(team)
      .groupBy(exceptions.status)
      .all()
      .map((r) => ({ key: r.key, count: Number(r.count) })),
  };
}
