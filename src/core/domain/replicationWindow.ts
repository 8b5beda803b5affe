import { z } from 'zod';
import type { ExceptionStatus } from '../logistics/exceptionKinds';
import type { ShipmentStatus } from '../logistics/trackingStatus';
import type { ExceptionRow, OrderRow, OrderStatus, ShipmentRow } from './logisticsRows';
import type { TicketRow } from './rows';
import type { InvoiceRow, InvoiceStatus } from './invoiceRow';
import { activeTicketStatuses } from './ticketStatuses';

/**
 * Partial replication: what a snapshot sends. The hub's SQL (hub/sync/windowConditions.ts)
 * and the desktop's local prune both follow these rules; change them here and there together.
 *
 * - Reference data, whole: teams, agents, customers, contacts, articles, macros, automations, SLA policies,
 *   tag and field definitions.
 * - Tickets: not solved/closed, or updated within `ticketDays`; with their messages and CSAT.
 * - Exceptions: not resolved, or detected/resolved within `logisticsDays`.
 * - Shipments: still moving, or updated within `logisticsDays`, or linked from a window ticket
 *   or window exception; with all their tracking events.
 * - Orders: not finished, or updated within `logisticsDays`, or linked from a window ticket or
 *   window shipment; with all their warehouse events.
 * - Invoices: unpaid (open, partly paid), or updated within `logisticsDays`.
 * Older rows are fetched on demand (hub /api/v1/history/*) and cached; every change still
 * arrives live whatever its age, so a held row never goes stale.
 */
export const replicationWindowSchema = z.object({
  ticketDays: z.number().nonnegative().finite(),
  logisticsDays: z.number().nonnegative().finite(),
});
export type ReplicationWindow = z.infer<typeof replicationWindowSchema>;

export const defaultReplicationWindow: ReplicationWindow = { ticketDays: 90, logisticsDays: 90 };

/** Rows in these states are replicated whatever their age. */
export const activeExceptionStatuses: readonly ExceptionStatus[] = ['open', 'acknowledged'];
export const activeShipmentStatuses: readonly ShipmentStatus[] = ['pending', 'in_transit', 'out_for_delivery', 'exception'];
export const activeOrderStatuses: readonly OrderStatus[] = ['pending', 'confirmed', 'picking', 'backordered', 'picked', 'packed', 'shipped', 'partially_shipped'];
export const activeInvoiceStatuses: readonly InvoiceStatus[] = ['open', 'partially_paid'];

/** The window's cut-off times (epoch ms); rows updated at or after them are recent. */
export interface WindowCutoffs {
  ticketsSince: number;
  logisticsSince: number;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;

/**
 * Cut-offs at `now`, floored to the hour: every page of one snapshot then uses the same
 * cut-off (unless it straddles an hour), so a ticket and its messages agree on the window.
 */
export function windowCutoffs(window: ReplicationWindow, now: number): WindowCutoffs {
  const floor = (ms: number): number => Math.max(0, Math.floor(ms / HOUR) * HOUR);
  return { ticketsSince: floor(now - window.ticketDays * DAY), logisticsSince: floor(now - window.logisticsDays * DAY) };
}

export function ticketInWindow(row: Pick<TicketRow, 'status' | 'updatedAt'>, cut: WindowCutoffs): boolean {
  return activeTicketStatuses.includes(row.status) || row.updatedAt >= cut.ticketsSince;
}

export function exceptionInWindow(row: Pick<ExceptionRow, 'status' | 'detectedAt' | 'resolvedAt'>, cut: WindowCutoffs): boolean {
  return activeExceptionStatuses.includes(row.status) || row.detectedAt >= cut.logisticsSince || (row.resolvedAt ?? 0) >= cut.logisticsSince;
}

/** A shipment's own fields put it in the window (links from tickets and exceptions may too). */
export function shipmentRecent(row: Pick<ShipmentRow, 'status' | 'updatedAt'>, cut: WindowCutoffs): boolean {
  return activeShipmentStatuses.includes(row.status) || row.updatedAt >= cut.logisticsSince;
}

/** An order's own fields put it in the window (links from tickets and shipments may too). */
export function orderRecent(row: Pick<OrderRow, 'status' | 'updatedAt'>, cut: WindowCutoffs): boolean {
  return activeOrderStatuses.includes(row.status) || row.updatedAt >= cut.logisticsSince;
}

/** Unpaid invoices whatever their age (the open balance needs them all), the rest while recent. */
export function invoiceInWindow(row: Pick<InvoiceRow, 'status' | 'updatedAt'>, cut: WindowCutoffs): boolean {
  return activeInvoiceStatuses.includes(row.status) || row.updatedAt >= cut.logisticsSince;
}
