import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Customer360, CustomerException, CustomerOrder, ShipmentSummary } from '../../../core/contract/channels/customerChannels';
import type { ReplicaDb } from '../../db/openReplica';
import { contacts, customers, orders } from '../../db/schema';
import { getCustomerKpis } from './getCustomerKpis';
import { listCustomerActivity } from './listCustomerActivity';
import { listCustomerShipments } from './listCustomerShipments';

export const ORDERS_SHOWN = 100;

/** The Customer 360 from the replica: a handful of indexed reads, none per order or per ticket. */
export function getCustomer360(db: ReplicaDb, asked: string): Customer360 | null {
  let customer = db.select().from(customers).where(eq(customers.id, asked)).get();
  const original = customer;
  // A merged-away customer's tombstone redirects to the survivor (a few hops at most: merges chain rarely).
  for (let hops = 0; customer?.mergedIntoId && hops < 10; hops++) {
    customer = db.select().from(customers).where(eq(customers.id, customer.mergedIntoId)).get() ?? customer;
    if (customer.id === original?.id) break;
  }
  if (!customer) return null;
  const id = customer.id;
  const redirectedFrom = original && original.id !== id ? { id: original.id, name: original.name } : null;
  const people = db.select().from(contacts).where(eq(contacts.customerId, id)).orderBy(asc(contacts.name)).all();
  const orderRows = db
    .select()
    .from(orders)
    .where(eq(orders.customerId, id))
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(ORDERS_SHOWN)
    .all();

  const byOrder = new Map<string, ShipmentSummary[]>(orderRows.map((o) => [o.id, []]));
  const looseShipments: ShipmentSummary[] = [];
  for (const shipment of listCustomerShipments(db, id)) {
    const list = shipment.orderId === null ? undefined : byOrder.get(shipment.orderId);
    if (list) list.push(shipment);
    else looseShipments.push(shipment);
  }
  const expected = backorderExpectations(db, orderRows.filter((o) => o.status === 'backordered').map((o) => o.id));
  const customerOrders: CustomerOrder[] = orderRows.map((o) => ({ ...o, shipments: byOrder.get(o.id) ?? [], backorderExpected: expected.get(o.id) ?? null }));

  const openExceptions = db.all<CustomerException>(sql`
    select e.id, e.type, e.severity, e.status, e.shipment_id as shipmentId, e.ticket_id as ticketId, e.detected_at as detectedAt,
      e.note, s.tracking_number as trackingNumber, s.carrier, o.number as orderNumber
    from exceptions e left join shipments s on s.id = e.shipment_id left join orders o on o.id = e.order_id
    where e.customer_id = ${id} and e.status in ('open', 'acknowledged') order by e.detected_at desc limit 100`);

  return {
    customer,
    contacts: people,
    kpis: getCustomerKpis(db, id),
    orders: customerOrders,
    looseShipments,
    activity: listCustomerActivity(db, id),
    openExceptions,
    redirectedFrom,
  };
}

/** The expected date of each backordered order's latest backorder event (by event time). */
function backorderExpectations(db: ReplicaDb, orderIds: readonly string[]): Map<string, number> {
  if (orderIds.length === 0) return new Map();
  const rows = db.all<{ orderId: string; expectedDate: number }>(sql`
    select order_id as orderId, expected_date as expectedDate from warehouse_events
    where type = 'backordered' and expected_date is not null and order_id in (select value from json_each(${JSON.stringify(orderIds)}))
    order by occurred_at asc`);
  // Ascending, so the latest event of an order wins.
  return new Map(rows.map((r) => [r.orderId, r.expectedDate]));
}
