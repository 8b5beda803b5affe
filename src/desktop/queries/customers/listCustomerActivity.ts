import { sql } from 'drizzle-orm';
import { warehouseLineSchema, type Channel, type MessageDirection, type TicketPriority, type TicketStatus, type WarehouseEventType } from '../../../core';
import { z } from 'zod';
import type { CustomerActivity } from '../../../core/contract/channels/customerChannels';
import type { ReplicaDb } from '../../db/openReplica';
import { previewOf } from '../tickets/listTickets';

export const ACTIVITY_SHOWN = 300;

const warehouseLinesSchema = z.array(warehouseLineSchema);

interface TicketRef {
  ticketId: string;
  ticketNumber: number | null;
  ticketSubject: string;
}

/**
 * Tickets, messages, CSAT answers and warehouse events of one customer on one timeline, newest
 * first. Each kind is read through tickets_customer_idx / orders_customer_idx (then the child's
 * parent index) and capped.
 */
export function listCustomerActivity(db: ReplicaDb, customerId: string): CustomerActivity[] {
  const tickets = db.all<TicketRef & { id: string; at: number; status: TicketStatus; priority: TicketPriority; channel: Channel }>(sql`
    select id, id as ticketId, number as ticketNumber, subject as ticketSubject, status, priority, channel, created_at as at
    from tickets where customer_id = ${customerId} order by created_at desc limit ${ACTIVITY_SHOWN}`);
  const messages = db.all<
    TicketRef & { id: string; at: number; direction: MessageDirection; channel: Channel; authorName: string | null; body: string }
  >(sql`
    select m.id, m.ticket_id as ticketId, t.number as ticketNumber, t.subject as ticketSubject, m.direction, m.channel,
      m.created_at as at, a.name as authorName, substr(m.body, 1, 400) as body
    from tickets t join messages m on m.ticket_id = t.id left join agents a on a.id = m.author_id
    where t.customer_id = ${customerId} order by m.created_at desc limit ${ACTIVITY_SHOWN}`);
  const csat = db.all<TicketRef & { id: string; at: number; score: number; comment: string | null }>(sql`
    select r.id, r.ticket_id as ticketId, t.number as ticketNumber, coalesce(t.subject, 'Ticket') as ticketSubject,
      r.score, r.comment, r.created_at as at
    from csat_responses r left join tickets t on t.id = r.ticket_id
    where r.customer_id = ${customerId} order by r.created_at desc limit 50`);

  const warehouse = db.all<{ id: string; at: number; orderId: string; orderNumber: string; type: WarehouseEventType; warehouse: string | null; expectedDate: number | null; lines: string; partial: number; note: string | null; carrier: string | null; trackingNumber: string | null }>(sql`
    select w.id, w.occurred_at as at, o.id as orderId, o.number as orderNumber, w.type, w.warehouse, w.expected_date as expectedDate,
      w.lines, w.partial, w.note, s.carrier, s.tracking_number as trackingNumber
    from orders o join warehouse_events w on w.order_id = o.id left join shipments s on s.id = w.shipment_id
    where o.customer_id = ${customerId} order by w.occurred_at desc limit ${ACTIVITY_SHOWN}`);

  const all: CustomerActivity[] = [
    ...tickets.map((t) => ({ kind: 'ticket' as const, ...t })),
    ...messages.map(({ body, ...m }) => ({ kind: 'message' as const, ...m, preview: previewOf(body) })),
    ...csat.map((r) => ({ kind: 'csat' as const, ...r })),
    ...warehouse.map((w) => ({ kind: 'warehouse' as const, ...w, lines: warehouseLinesSchema.parse(JSON.parse(w.lines)), partial: w.partial === 1 })),
  ];
  return all.sort((a, b) => b.at - a.at || (a.kind === b.kind ? 0 : a.kind === 'ticket' ? 1 : -1)).slice(0, ACTIVITY_SHOWN);
}
