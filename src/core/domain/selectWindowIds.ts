import type { ExceptionRow, OrderRow, ShipmentRow } from './logisticsRows';
import type { TicketRow } from './rows';
import { exceptionInWindow, orderRecent, shipmentRecent, ticketInWindow, type WindowCutoffs } from './replicationWindow';

export interface WindowCandidates {
  tickets: readonly Pick<TicketRow, 'id' | 'status' | 'updatedAt' | 'orderId' | 'shipmentId'>[];
  exceptions: readonly Pick<ExceptionRow, 'id' | 'status' | 'detectedAt' | 'resolvedAt' | 'shipmentId'>[];
  shipments: readonly Pick<ShipmentRow, 'id' | 'status' | 'updatedAt' | 'orderId'>[];
  orders: readonly Pick<OrderRow, 'id' | 'status' | 'updatedAt'>[];
}

export interface WindowIds {
  tickets: Set<string>;
  exceptions: Set<string>;
  shipments: Set<string>;
  orders: Set<string>;
}

/**
 * The ids of the given rows that the replication window holds (see replicationWindow.ts),
 * links included: the shipment and order of a window ticket, the shipment of a window
 * exception, the order of a window shipment. Messages, CSAT and tracking events follow their parent.
 */
export function selectWindowIds(rows: WindowCandidates, cut: WindowCutoffs): WindowIds {
  const tickets = rows.tickets.filter((t) => ticketInWindow(t, cut));
  const exceptions = rows.exceptions.filter((e) => exceptionInWindow(e, cut));
  const linkedShipments = new Set<string>([
    ...tickets.flatMap((t) => (t.shipmentId ? [t.shipmentId] : [])),
    ...exceptions.flatMap((e) => (e.shipmentId ? [e.shipmentId] : [])),
  ]);
  const shipments = rows.shipments.filter((s) => shipmentRecent(s, cut) || linkedShipments.has(s.id));
  const linkedOrders = new Set<string>([
    ...tickets.flatMap((t) => (t.orderId ? [t.orderId] : [])),
    ...shipments.flatMap((s) => (s.orderId ? [s.orderId] : [])),
  ]);
  const orders = rows.orders.filter((o) => orderRecent(o, cut) || linkedOrders.has(o.id));
  const ids = (list: readonly { id: string }[]): Set<string> => new Set(list.map((r) => r.id));
  return { tickets: ids(tickets), exceptions: ids(exceptions), shipments: ids(shipments), orders: ids(orders) };
}
