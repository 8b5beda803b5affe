import { isActiveTicketStatus } from '../../src/core';
import type { MyTicket } from './ShellNotification';

/**
 * My unread count for the dock/taskbar badge: active tickets assigned to me whose newest
 * inbound message is newer than both my last reply and the last time I opened the ticket.
 */
export function unreadCount(tickets: readonly MyTicket[], seenAt: ReadonlyMap<string, number>): number {
  let count = 0;
  for (const t of tickets) {
    if (!isActiveTicketStatus(t.status) || t.lastInboundAt === null) continue;
    const handledAt = Math.max(t.lastOwnReplyAt ?? -Infinity, seenAt.get(t.id) ?? -Infinity);
    if (t.lastInboundAt > handledAt) count += 1;
  }
  return count;
}
