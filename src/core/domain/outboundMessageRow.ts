import type { Channel, MessageRow, TicketRow } from './rows';
import { messageRowDefaults } from './rowDefaults';

export interface NewOutboundMessage {
  id: string;
  ticket: Pick<TicketRow, 'id' | 'subject'>;
  channel: Channel;
  body: string;
  /** The agent who wrote it; null when the hub wrote it (a rule's notification). */
  authorId: string | null;
  now: number;
}

/**
 * A message to the customer, queued: the hub sends it after commit (agent reply, macro
 * notification, rule notification alike). Email carries the ticket's subject; an empty body
 * still goes out as a visible placeholder rather than an empty message.
 */
export function outboundMessageRow(m: NewOutboundMessage): MessageRow {
  return {
    ...messageRowDefaults(),
    id: m.id,
    ticketId: m.ticket.id,
    direction: 'outbound',
    channel: m.channel,
    authorId: m.authorId,
    subject: m.channel === 'email' ? m.ticket.subject : null,
    body: m.body.trim().length > 0 ? m.body : '(empty message)',
    deliveryStatus: 'queued',
    createdAt: m.now,
  };
}
