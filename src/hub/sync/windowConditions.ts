import { and, eq, exists, gte, inArray, or, sql, type SQL } from 'drizzle-orm';
import {
  activeExceptionStatuses,
  activeInvoiceStatuses,
  activeOrderStatuses,
  activeShipmentStatuses,
  activeTicketStatuses,
  type WindowCutoffs,
} from '../../core';
import type { HubDb } from '../store/openStore';
import { exceptions, invoices, orders, shipments, tickets } from '../store/schema';

/**
 * The replication window (core/domain/replicationWindow.ts) as SQL conditions on each table,
 * for snapshot pages. Links are correlated EXISTS on the outer row, so a keyset page in id
 * order stops after `limit` matches instead of computing the whole window each page.
 */
export function windowConditions(db: HubDb, cut: WindowCutoffs) {
  const one = sql`1`;
  const ticket = (): SQL =>
    or(inArray(tickets.status, [...activeTicketStatuses]), gte(tickets.updatedAt, cut.ticketsSince)) as SQL;
  const exception = (): SQL =>
    or(
      inArray(exceptions.status, [...activeExceptionStatuses]),
      gte(exceptions.detectedAt, cut.logisticsSince),
      gte(exceptions.resolvedAt, cut.logisticsSince),
    ) as SQL;
  const shipment = (): SQL =>
    or(
      inArray(shipments.status, [...activeShipmentStatuses]),
      gte(shipments.updatedAt, cut.logisticsSince),
      exists(db.select({ one }).from(tickets).where(and(eq(tickets.shipmentId, shipments.id), ticket()))),
      exists(db.select({ one }).from(exceptions).where(and(eq(exceptions.shipmentId, shipments.id), exception()))),
    ) as SQL;
  const order = (): SQL =>
    or(
      inArray(orders.status, [...activeOrderStatuses]),
      gte(orders.updatedAt, cut.logisticsSince),
      exists(db.select({ one }).from(tickets).where(and(eq(tickets.orderId, orders.id), ticket()))),
      exists(db.select({ one }).from(shipments).where(and(eq(shipments.orderId, orders.id), shipment()))),
    ) as SQL;
  const invoice = (): SQL => or(inArray(invoices.status, [...activeInvoiceStatuses]), gte(invoices.updatedAt, cut.logisticsSince)) as SQL;
  return { ticket, exception, shipment, order, invoice };
}
