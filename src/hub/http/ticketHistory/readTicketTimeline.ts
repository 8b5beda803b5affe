import { and, asc, eq, inArray } from 'drizzle-orm';
import { diffTicketVersions, entityRowSchemas, type TicketHistoryEntry, type TicketVersion } from '../../../core';
import { HubRequestError } from '../../HubRequestError';
import type { HubTx } from '../../store/openStore';
import { agents, auditLog, changes, fieldDefs, orders, shipments, teams, tickets } from '../../store/schema';

/** How a hub-side write (ingest, rules, seed) is named in a history line. */
const SYSTEM_ACTOR = 'Relay';

/**
 * A ticket's history from the change log (every stored version of the ticket, diffed) and the
 * audit log (who wrote each version: the audit entry of the same mutation). Only for a ticket
 * in the caller's teams; any other answers 404, as if it did not exist.
 */
export async function readTicketTimeline(tx: HubTx, teamIds: readonly string[], id: string): Promise<TicketHistoryEntry[]> {
  const [ticket] = await tx.select({ teamId: tickets.teamId }).from(tickets).where(eq(tickets.id, id));
  if (!ticket || !teamIds.includes(ticket.teamId)) throw new HubRequestError('not_found', 'There is no such ticket in your teams.');
  const logged = await tx
    .select({ row: changes.row, mutationId: changes.mutationId, at: changes.createdAt })
    .from(changes)
    .where(and(eq(changes.entity, 'tickets'), eq(changes.entityId, id), eq(changes.op, 'upsert')))
    .orderBy(asc(changes.seq));
  const audits = await tx.select({ actorId: auditLog.actorId, detail: auditLog.detail }).from(auditLog).where(and(eq(auditLog.entity, 'tickets'), eq(auditLog.entityId, id)));
  const actorOf = new Map(audits.flatMap((a) => (typeof a.detail.mutationId === 'string' && a.actorId ? [[a.detail.mutationId, a.actorId] as const] : [])));
  const versions = logged.flatMap((c) => {
    const row = entityRowSchemas.tickets.safeParse(c.row);
    return row.success ? [{ at: c.at, actorId: c.mutationId ? (actorOf.get(c.mutationId) ?? null) : null, row: row.data }] : [];
  });
  const ids = (pick: (v: (typeof versions)[number]) => (string | null)[]): string[] => [...new Set(versions.flatMap(pick).filter((x): x is string => x !== null))];
  const agentIds = ids((v) => [v.actorId, v.row.assigneeId]);
  const [agentRows, teamRows, ticketRows, orderRows, shipmentRows, fieldRows] = await Promise.all([
    agentIds.length > 0 ? tx.select({ id: agents.id, name: agents.name }).from(agents).where(inArray(agents.id, agentIds)) : [],
    tx.select({ id: teams.id, name: teams.name }).from(teams),
    nonEmpty(ids((v) => [v.row.mergedIntoId]), (list) => tx.select({ id: tickets.id, name: tickets.number }).from(tickets).where(inArray(tickets.id, list))),
    nonEmpty(ids((v) => [v.row.orderId]), (list) => tx.select({ id: orders.id, name: orders.number }).from(orders).where(inArray(orders.id, list))),
    nonEmpty(ids((v) => [v.row.shipmentId]), (list) => tx.select({ id: shipments.id, name: shipments.trackingNumber }).from(shipments).where(inArray(shipments.id, list))),
    tx.select({ key: fieldDefs.key, label: fieldDefs.label }).from(fieldDefs),
  ]);
  const fieldLabels = new Map(fieldRows.map((f) => [f.key, f.label]));
  const lookup = (rows: { id: string; name: string | number | null }[], fallback: string, prefix = '') => {
    const map = new Map(rows.map((r) => [r.id, r.name === null ? fallback : `${prefix}${r.name}`]));
    return (key: string): string => map.get(key) ?? fallback;
  };
  const agentName = lookup(agentRows, 'a former agent');
  const timeline: TicketVersion[] = versions.map((v) => ({ at: v.at, actor: v.actorId ? agentName(v.actorId) : SYSTEM_ACTOR, row: v.row }));
  return diffTicketVersions(timeline, {
    agent: agentName,
    team: lookup(teamRows, 'a removed team'),
    ticket: lookup(ticketRows, 'another ticket', '#'),
    order: lookup(orderRows, 'an order', 'order '),
    shipment: lookup(shipmentRows, 'a shipment', 'shipment '),
    field: (key) => fieldLabels.get(key) ?? key,
  });
}

async function nonEmpty<T>(list: string[], read: (list: string[]) => Promise<T[]>): Promise<T[]> {
  return list.length > 0 ? read(list) : [];
}
