import type { TicketStatus } from './rows';

/** Tickets that still need the desk (queues, open counts, notifications); solved and closed need nothing. */
export const activeTicketStatuses: readonly TicketStatus[] = ['new', 'open', 'pending', 'on_hold'];

/** Whether a ticket in this status still needs the desk. */
export function isActiveTicketStatus(status: TicketStatus): boolean {
  return activeTicketStatuses.includes(status);
}
