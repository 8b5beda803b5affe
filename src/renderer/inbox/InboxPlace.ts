import type { Channel, TicketStatus, TicketView } from '../../core';

/**
 * A navbar entry of the inbox: a view, a channel / status group over all tickets, or a saved
 * view (`saved-<id>`). Each has its own address (`#/inbox/<place>`) and its own remembered filters.
 */
export type InboxPlace = TicketView | `channel-${Channel}` | `status-${TicketStatus}` | `saved-${string}`;
