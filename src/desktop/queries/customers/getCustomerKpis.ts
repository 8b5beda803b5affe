import { sql } from 'drizzle-orm';
import type { CustomerKpis } from '../../../core/contract/channels/customerChannels';
import type { ReplicaDb } from '../../db/openReplica';
import { activeTicketStatusSql } from '../tickets/activeTicketStatusSql';

/** The 360's KPI cards over all of the customer's rows in the replica (each an indexed aggregate). */
export function getCustomerKpis(db: ReplicaDb, customerId: string): CustomerKpis {
  const orders = db.get<{ n: number }>(sql`select count(*) as n from orders where customer_id = ${customerId}`);
  const revenue = db.all<{ currency: string; total: number }>(sql`
    select currency, round(sum(total), 2) as total from orders
    where customer_id = ${customerId} and status != 'cancelled' group by currency order by total desc`);
  // Pinned to the customer index: status = 'delivered' matches most rows, so a status index would scan them all.
  const punctuality = db.get<{ delivered: number; onTime: number }>(sql`
    select count(*) as delivered, coalesce(sum(delivered_at <= promised_date), 0) as onTime from (
      select s.promised_date,
        coalesce((select min(te.occurred_at) from tracking_events te where te.shipment_id = s.id and te.status = 'delivered'), s.last_event_at) as delivered_at
      from shipments s indexed by shipments_customer_idx
      where s.customer_id = ${customerId} and s.status = 'delivered' and s.promised_date is not null)
    where delivered_at is not null`);
  const openTickets = db.get<{ n: number }>(
    sql`select count(*) as n from tickets where customer_id = ${customerId} and status in (${activeTicketStatusSql})`,
  );
  const csat = db.get<{ average: number | null; n: number }>(
    sql`select avg(score) as average, count(*) as n from csat_responses where customer_id = ${customerId}`,
  );
  return {
    orders: orders.n,
    revenue,
    delivered: punctuality.delivered,
    deliveredOnTime: punctuality.onTime,
    openTickets: openTickets.n,
    csatAverage: csat.average === null ? null : Math.round(csat.average * 100) / 100,
    csatResponses: csat.n,
  };
}
