import type { Channel, TicketPriority, TicketRow } from './rows';
import type { TicketFields } from './ticketLabelRows';
import { ticketRowDefaults } from './rowDefaults';

export interface NewTicket {
  id: string;
  /** The hub's ticket number; null on an optimistic run (the hub numbers it). */
  number: number | null;
  subject: string;
  customerId: string;
  contactId?: string | null;
  teamId: string;
  assigneeId?: string | null;
  channel: Channel;
  /** new: waits for a first answer; open: an agent is on it; pending: the hub wrote first and waits on the customer. */
  status: Extract<TicketRow['status'], 'new' | 'open' | 'pending'>;
  priority?: TicketPriority;
  orderId?: string | null;
  shipmentId?: string | null;
  tags?: string[];
  fields?: TicketFields;
  now: number;
}

/**
 * The one way a ticket is born (agent, exception queue, inbound message, rule notification):
 * the subject cut to what the row allows, the SLA clock unset (the hub's SLA sync sets the due
 * times), and a ticket the hub opens to carry its own message counts as answered.
 */
export function newTicketRow(t: NewTicket): TicketRow {
  return {
    ...ticketRowDefaults(),
    id: t.id,
    number: t.number,
    subject: (t.subject.trim() || '(no subject)').slice(0, 500),
    customerId: t.customerId,
    contactId: t.contactId ?? null,
    teamId: t.teamId,
    assigneeId: t.assigneeId ?? null,
    channel: t.channel,
    status: t.status,
    priority: t.priority ?? 'normal',
    orderId: t.orderId ?? null,
    shipmentId: t.shipmentId ?? null,
    tags: t.tags ?? [],
    fields: t.fields ?? {},
    firstRespondedAt: t.status === 'pending' ? t.now : null,
    createdAt: t.now,
    updatedAt: t.now,
    lastMessageAt: t.now,
  };
}
