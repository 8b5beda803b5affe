import { and, asc, count, eq, gt, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { teamIdOfScope, tenantEntityNames, type EntityName, type Scope, type WindowCutoffs } from '../../core';
import type { HubDb } from '../store/openStore';
import { entityTables, replicatedColumns } from '../store/rowStore';
import { csatResponses, exceptions, invoices, messages, orders, shipments, tickets, trackingEvents, warehouseEvents } from '../store/schema';
import { windowConditions } from './windowConditions';

export interface SnapshotPage {
  rows: Record<string, unknown>[];
  total: number;
  hasMore: boolean;
}

const empty: SnapshotPage = { rows: [], total: 0, hasMore: false };
const tenantEntities: ReadonlySet<EntityName> = new Set(tenantEntityNames);

/**
 * One keyset page (id order) of an entity's rows in a scope, within the replication window
 * `cut` (core/domain/replicationWindow.ts). tenant → reference tables whole; orders, shipments,
 * tracking events and warehouse events (with their order) in the window (invoices: unpaid or recent). team:X → X's window tickets, their messages and CSAT,
 * X's window exceptions. Other pairs are empty. `total` is counted on the first page only
 * (afterId null) and is 0 after: counting for every page would cost more than the page.
 */
export async function readSnapshotPage(
  db: HubDb,
  scope: Scope,
  entity: EntityName,
  afterId: string | null,
  limit: number,
  cut: WindowCutoffs,
): Promise<SnapshotPage> {
  const teamId = teamIdOfScope(scope);
  const first = afterId === null;
  const after = (column: PgColumn): SQL | undefined => (afterId === null ? undefined : gt(column, afterId));
  const w = windowConditions(db, cut);

  if (teamId === null) {
    if (!tenantEntities.has(entity)) return empty;
    switch (entity) {
      case 'orders': {
        const rows = await db.select().from(orders).where(and(w.order(), after(orders.id))).orderBy(asc(orders.id)).limit(limit + 1);
        const total = first ? (await db.select({ n: count() }).from(orders).where(w.order()))[0]?.n : 0;
        return page(rows, total, limit);
      }
      case 'invoices': {
        const rows = await db.select().from(invoices).where(and(w.invoice(), after(invoices.id))).orderBy(asc(invoices.id)).limit(limit + 1);
        const total = first ? (await db.select({ n: count() }).from(invoices).where(w.invoice()))[0]?.n : 0;
        return page(rows, total, limit);
      }
      case 'shipments': {
        const rows = await db
          .select()
          .from(shipments)
          .where(and(w.shipment(), after(shipments.id)))
          .orderBy(asc(shipments.id))
          .limit(limit + 1);
        const total = first ? (await db.select({ n: count() }).from(shipments).where(w.shipment()))[0]?.n : 0;
        return page(rows, total, limit);
      }
      case 'tracking_events': {
        const rows = await db
          .select({ row: trackingEvents })
          .from(trackingEvents)
          .innerJoin(shipments, eq(shipments.id, trackingEvents.shipmentId))
          .where(and(w.shipment(), after(trackingEvents.id)))
          .orderBy(asc(trackingEvents.id))
          .limit(limit + 1);
        const total = first
          ? (await db.select({ n: count() }).from(trackingEvents).innerJoin(shipments, eq(shipments.id, trackingEvents.shipmentId)).where(w.shipment()))[0]?.n
          : 0;
        return page(
          rows.map((r) => r.row),
          total,
          limit,
        );
      }
      case 'warehouse_events': {
        const rows = await db
          .select({ row: warehouseEvents })
          .from(warehouseEvents)
          .innerJoin(orders, eq(orders.id, warehouseEvents.orderId))
          .where(and(w.order(), after(warehouseEvents.id)))
          .orderBy(asc(warehouseEvents.id))
          .limit(limit + 1);
        const total = first ? (await db.select({ n: count() }).from(warehouseEvents).innerJoin(orders, eq(orders.id, warehouseEvents.orderId)).where(w.order()))[0]?.n : 0;
        return page(
          rows.map((r) => r.row),
          total,
          limit,
        );
      }
      default: {
        const table: (typeof entityTables)[EntityName] = entityTables[entity];
        const rows = await db.select(replicatedColumns(entity)).from(table).where(after(table.id)).orderBy(asc(table.id)).limit(limit + 1);
        const total = first ? (await db.select({ n: count() }).from(table))[0]?.n : 0;
        return page(rows, total, limit);
      }
    }
  }

  const inTeam = and(eq(tickets.teamId, teamId), w.ticket());
  switch (entity) {
    case 'tickets': {
      const rows = await db.select().from(tickets).where(and(inTeam, after(tickets.id))).orderBy(asc(tickets.id)).limit(limit + 1);
      const total = first ? (await db.select({ n: count() }).from(tickets).where(inTeam))[0]?.n : 0;
      return page(rows, total, limit);
    }
    case 'exceptions': {
      const ofTeam = and(eq(exceptions.teamId, teamId), w.exception());
      const rows = await db
        .select()
        .from(exceptions)
        .where(and(ofTeam, after(exceptions.id)))
        .orderBy(asc(exceptions.id))
        .limit(limit + 1);
      const total = first ? (await db.select({ n: count() }).from(exceptions).where(ofTeam))[0]?.n : 0;
      return page(rows, total, limit);
    }
    case 'messages': {
      const rows = await db
        .select({ row: messages })
        .from(messages)
        .innerJoin(tickets, eq(tickets.id, messages.ticketId))
        .where(and(inTeam, after(messages.id)))
        .orderBy(asc(messages.id))
        .limit(limit + 1);
      const total = first
        ? (await db.select({ n: count() }).from(messages).innerJoin(tickets, eq(tickets.id, messages.ticketId)).where(inTeam))[0]?.n
        : 0;
      return page(
        rows.map((r) => r.row),
        total,
        limit,
      );
    }
    case 'csat_responses': {
      const rows = await db
        .select({ row: csatResponses })
        .from(csatResponses)
        .innerJoin(tickets, eq(tickets.id, csatResponses.ticketId))
        .where(and(inTeam, after(csatResponses.id)))
        .orderBy(asc(csatResponses.id))
        .limit(limit + 1);
      const total = first
        ? (await db.select({ n: count() }).from(csatResponses).innerJoin(tickets, eq(tickets.id, csatResponses.ticketId)).where(inTeam))[0]?.n
        : 0;
      return page(
        rows.map((r) => r.row),
        total,
        limit,
      );
    }
    default:
      return empty;
  }
}

function page(found: Record<string, unknown>[], total: number | undefined, limit: number): SnapshotPage {
  return { rows: found.slice(0, limit), total: Number(total ?? 0), hasMore: found.length > limit };
}
