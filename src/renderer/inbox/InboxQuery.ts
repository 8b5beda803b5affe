import type { Channel, FieldFilter, TicketPriority, TicketSort, TicketStatus, TicketView } from '../../core';

/** What the inbox shows: the view picked in the navbar narrowed by the filter bar. */
export interface InboxQuery {
  view: TicketView;
  channel: Channel[];
  status: TicketStatus[];
  priority: TicketPriority[];
  search: string;
  /** Any of these tags; and each custom field with its value (saved views store these too). */
  tags: string[];
  fields: FieldFilter;
  sort: TicketSort;
}
