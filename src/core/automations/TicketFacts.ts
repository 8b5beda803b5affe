import type { CustomerTier, TicketRow } from '../domain/rows';

/** What a ticket rule looks at: the ticket, its customer and the latest customer message. */
export interface TicketFacts {
  ticket: Pick<TicketRow, 'id' | 'channel' | 'priority' | 'status' | 'teamId' | 'assigneeId' | 'tags' | 'fields' | 'subject'>;
  customer: { segment: string; tier: CustomerTier; language: string | null } | null;
  /** The latest inbound message's text ('' when none). */
  body: string;
}
