import { invoiceInWindow, selectWindowIds, type ExceptionRow, type InvoiceRow, type OrderRow, type ShipmentRow, type TicketRow, type WindowCutoffs } from '../../core';
import type { LocalStore } from '../db/localStore';
import type { SparedRows } from './sparedRows';

/** Parent rows that left the window (children follow: messages, CSAT, tracking events). */
export interface PrunePlan {
  tickets: string[];
  exceptions: string[];
  shipments: string[];
  orders: string[];
  invoices: string[];
}

type Owned = { customerId: string };

/**
 * The complement of what a fresh snapshot would send, decided by core's selectWindowIds over
 * the rows this replica holds. A spared row counts as just updated, so the shipment and order
 * it links stay with it, exactly as the window keeps a window ticket's links.
 */
export function planPrune(store: LocalStore, cut: WindowCutoffs, spared: SparedRows): PrunePlan {
  const keep = (r: { id: string } & Owned): boolean => spared.ids.has(r.id) || spared.customers.has(r.customerId);
  const all = <T>(sql: string): T[] => store.sqlite.prepare<[], T>(sql).all();
  const tickets = all<Pick<TicketRow, 'id' | 'status' | 'updatedAt' | 'orderId' | 'shipmentId'> & Owned>(
    'SELECT id, status, updated_at AS updatedAt, order_id AS orderId, shipment_id AS shipmentId, customer_id AS customerId FROM tickets',
  );
  const exceptions = all<Pick<ExceptionRow, 'id' | 'status' | 'detectedAt' | 'resolvedAt' | 'shipmentId'> & Owned>(
    'SELECT id, status, detected_at AS detectedAt, resolved_at AS resolvedAt, shipment_id AS shipmentId, customer_id AS customerId FROM exceptions',
  );
  const shipments = all<Pick<ShipmentRow, 'id' | 'status' | 'updatedAt' | 'orderId'> & Owned>(
    'SELECT id, status, updated_at AS updatedAt, order_id AS orderId, customer_id AS customerId FROM shipments',
  );
  const orders = all<Pick<OrderRow, 'id' | 'status' | 'updatedAt'> & Owned>('SELECT id, status, updated_at AS updatedAt, customer_id AS customerId FROM orders');
  const recent = <T extends { id: string } & Owned>(rows: T[], field: keyof T): T[] =>
    rows.map((r) => (keep(r) ? { ...r, [field]: Number.POSITIVE_INFINITY } : r));
  const window = selectWindowIds(
    {
      tickets: recent(tickets, 'updatedAt'),
      exceptions: recent(exceptions, 'detectedAt'),
      shipments: recent(shipments, 'updatedAt'),
      orders: recent(orders, 'updatedAt'),
    },
    cut,
  );
  const outside = (rows: { id: string }[], held: Set<string>): string[] => rows.filter((r) => !held.has(r.id)).map((r) => r.id);
  const invoices = all<Pick<InvoiceRow, 'id' | 'status' | 'updatedAt'> & Owned>('SELECT id, status, updated_at AS updatedAt, customer_id AS customerId FROM invoices');
  return {
    tickets: outside(tickets, window.tickets),
    exceptions: outside(exceptions, window.exceptions),
    shipments: outside(shipments, window.shipments),
    orders: outside(orders, window.orders),
    // Invoices link nothing: unpaid or recent ones stay, and those of a customer whose 360 was opened.
    invoices: invoices.filter((i) => !keep(i) && !invoiceInWindow(i, cut)).map((i) => i.id),
  };
}
