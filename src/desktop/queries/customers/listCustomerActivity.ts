import { sql } from 'drizzle-orm';
import type { Channel, MessageDirection, TicketPriority, TicketStatus } from '../../../core';
import type { CustomerActivity } from '../../../core/contract/channels/customerChannels';
import type { ReplicaDb } from '../../db/openReplica';
import { previewOf } from '../tickets/listTickets';

export const ACTIVITY_SHOWN = 300;

interface TicketRef {
  ticketId: string;
  ticketNumber: number | null;
  ticketSubject: string;
}

/**
 * Tickets, messages and CSAT answers of one customer on one timeline, newest first. Each kind
 * is read through tickets_customer_idx (then messages_ticket_idx / csat_ticket_idx) and capped.
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

  const all: CustomerActivity[] = [
    ...tickets.map((t) => ({ kind: 'ticket' as const, ...t })),
    ...messages.map(({ body, ...m }) => ({ kind: 'message' as const, ...m, preview: previewOf(body) })),
    ...csat.map((r) => ({ kind: 'csat' as const, ...r })),
  ];
  return all.sort((a, b) => b.at - a.at || (a.kind === b.kind ? 0 : a.kind === 'ticket' ? 1 : -1)).slice(0, ACTIVITY_SHOWN);
}
