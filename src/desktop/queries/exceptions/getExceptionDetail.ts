import { and, asc, desc, eq, inArray, ne } from 'drizzle-orm';
import type { ExceptionDetail } from '../../../core';
import type { ReplicaDb } from '../../db/openReplica';
import type { RowStore } from '../../db/rowStore';
import { agents, exceptions, teams, trackingEvents } from '../../db/schema';

const maxEvents = 20;

/** One exception with what the detail panel shows: shipment and latest scans, customer, order, ticket, people. */
export function getExceptionDetail(db: ReplicaDb, rows: RowStore, id: string): ExceptionDetail | null {
  const exception = rows.get('exceptions', id);
  if (!exception) return null;
  // A warehouse exception (backorder, short pick) has an order and no shipment, so no scans.
  const shipmentId = exception.shipmentId;
  const shipment = shipmentId ? (rows.get('shipments', shipmentId) ?? null) : null;
  const events = shipmentId
    ? db
        .select({ id: trackingEvents.id })
        .from(trackingEvents)
        .where(eq(trackingEvents.shipmentId, shipmentId))
        .orderBy(desc(trackingEvents.occurredAt), desc(trackingEvents.id))
        .limit(maxEvents)
        .all()
        .map((e) => rows.get('tracking_events', e.id))
        .filter((e) => e !== undefined)
    : [];
  const orderId = exception.orderId ?? shipment?.orderId ?? null;
  const people = [exception.assigneeId, exception.acknowledgedBy, exception.resolvedBy].filter((p): p is string => p !== null);
  const names = new Map(
    people.length > 0 ? db.select({ id: agents.id, name: agents.name }).from(agents).where(inArray(agents.id, people)).all().map((a) => [a.id, a.name]) : [],
  );
  const [team] = db.select({ name: teams.name }).from(teams).where(eq(teams.id, exception.teamId)).all();
  const teamAgents = db
    .select({ id: agents.id })
    .from(agents)
    .where(eq(agents.teamId, exception.teamId))
    .orderBy(asc(agents.name))
    .all()
    .map((a) => rows.get('agents', a.id))
    .filter((a) => a !== undefined);
  const siblings = db
    .select({ id: exceptions.id, type: exceptions.type, severity: exceptions.severity })
    .from(exceptions)
    .where(
      and(
        shipmentId ? eq(exceptions.shipmentId, shipmentId) : eq(exceptions.orderId, exception.orderId ?? ''),
        ne(exceptions.id, exception.id),
        ne(exceptions.status, 'resolved'),
      ),
    )
    .all();
  return {
    exception,
    shipment,
    events,
    customer: rows.get('customers', exception.customerId) ?? null,
    order: orderId ? (rows.get('orders', orderId) ?? null) : null,
    ticket: exception.ticketId ? (rows.get('tickets', exception.ticketId) ?? null) : null,
    teamName: team?.name ?? null,
    assignee: exception.assigneeId ? (rows.get('agents', exception.assigneeId) ?? null) : null,
    acknowledgedByName: exception.acknowledgedBy ? (names.get(exception.acknowledgedBy) ?? null) : null,
    resolvedByName: exception.resolvedBy ? (names.get(exception.resolvedBy) ?? null) : null,
    teamAgents,
    siblings,
  };
}
