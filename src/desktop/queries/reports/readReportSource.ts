import { and, gte, isNotNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { ReportKind, ReportScope, ReportSource } from '../../../core';
import type { ReplicaDb } from '../../db/openReplica';
import { agents, csatResponses, exceptions, fieldDefs, messages, shipments, tickets } from '../../db/schema';

const empty: ReportSource = { agents: [], tickets: [], messages: [], csat: [], shipments: [], exceptions: [], fieldDefs: [] };

/**
 * The replica rows one report kind reads (core computeReport does the counting): only rows
 * that can fall in the period, so a short period over a large replica stays cheap.
 */
export function readReportSource(db: ReplicaDb, kind: ReportKind, scope: Pick<ReportScope, 'from' | 'to'>): ReportSource {
  const inPeriod = (column: AnySQLiteColumn): SQL => and(gte(column, scope.from), lt(column, scope.to))!;
  const ticketColumns = {
    id: tickets.id,
    teamId: tickets.teamId,
    assigneeId: tickets.assigneeId,
    createdAt: tickets.createdAt,
    firstRespondedAt: tickets.firstRespondedAt,
    solvedAt: tickets.solvedAt,
    tags: tickets.tags,
    fields: tickets.fields,
  };
  if (kind === 'agents') {
    const replies = db
      .select({ ticketId: messages.ticketId, authorId: messages.authorId, direction: messages.direction, createdAt: messages.createdAt })
      .from(messages)
      .where(and(inPeriod(messages.createdAt), sql`${messages.direction} = 'outbound'`, isNotNull(messages.authorId)))
      .all();
    const csat = db.select({ ticketId: csatResponses.ticketId, score: csatResponses.score, createdAt: csatResponses.createdAt }).from(csatResponses).where(inPeriod(csatResponses.createdAt)).all();
    const all = db
      .select(ticketColumns)
      .from(tickets)
      .where(
        or(
          inPeriod(tickets.solvedAt),
          inPeriod(tickets.firstRespondedAt),
          sql`${tickets.id} IN (SELECT ${messages.ticketId} FROM ${messages} WHERE ${inPeriod(messages.createdAt)})`,
          sql`${tickets.id} IN (SELECT ${csatResponses.ticketId} FROM ${csatResponses} WHERE ${inPeriod(csatResponses.createdAt)})`,
        ),
      )
      .all();
    return { ...empty, agents: db.select({ id: agents.id, name: agents.name }).from(agents).all(), tickets: all, messages: replies, csat };
  }
  if (kind === 'tags' || kind === 'fields') {
    const defs = db.select({ key: fieldDefs.key, label: fieldDefs.label, type: fieldDefs.type }).from(fieldDefs).all();
    return { ...empty, tickets: db.select(ticketColumns).from(tickets).where(inPeriod(tickets.createdAt)).all(), fieldDefs: defs };
  }
  const found = db
    .select({ id: exceptions.shipmentId, teamId: exceptions.teamId, detectedAt: exceptions.detectedAt })
    .from(exceptions)
    .where(inPeriod(exceptions.detectedAt))
    .all();
  const rows = db
    .select({
      id: shipments.id,
      carrier: shipments.carrier,
      origin: shipments.origin,
      destination: shipments.destination,
      status: shipments.status,
      promisedDate: shipments.promisedDate,
      lastEventAt: shipments.lastEventAt,
      createdAt: shipments.createdAt,
    })
    .from(shipments)
    .where(
      or(
        inPeriod(shipments.createdAt),
        inPeriod(shipments.lastEventAt),
        sql`${shipments.id} IN (SELECT ${exceptions.shipmentId} FROM ${exceptions} WHERE ${inPeriod(exceptions.detectedAt)})`,
      ),
    )
    .all();
  return { ...empty, shipments: rows, exceptions: found.map((e) => ({ shipmentId: e.id, teamId: e.teamId, detectedAt: e.detectedAt })) };
}
