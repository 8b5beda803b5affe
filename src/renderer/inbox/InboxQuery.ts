import type { Channel, TicketPriority, TicketSort, TicketStatus, TicketView } from '../../core';

/** What the inbox shows: the view picked in the navbar narrowed by the filter bar. */
export interface InboxQuery {
  view: TicketView;
  channel: Channel[];
  status: TicketStatus[];
  priority: TicketPriority[];
  search: string;
  sort: TicketSort;
}
