import { isActiveTicketStatus } from '../../src/core';
import type { MyTicket, ShellNotification } from './ShellNotification';

/** More new tickets than this at once (e.g. after a night offline) become one summary notification. */
export const MAX_SEPARATE_NOTIFICATIONS = 3;

const label = (t: MyTicket) => (t.number === null ? t.subject : `#${t.number} ${t.subject}`);

/**
 * Notifications for tickets newly assigned to me: in `next` but not in `previous`, still
 * active, and not assigned by me on this computer (`ownAssignments`). `previous` null means
 * this is the first look (a start or a fresh sign-in): that baseline never notifies.
 */
export function ticketNotifications(
  previous: ReadonlySet<string> | null,
  next: readonly MyTicket[],
  ownAssignments: ReadonlySet<string>,
): ShellNotification[] {
  if (previous === null) return [];
  const fresh = next.filter((t) => !previous.has(t.id) && isActiveTicketStatus(t.status) && !ownAssignments.has(t.id));
  if (fresh.length > MAX_SEPARATE_NOTIFICATIONS) {
    return [
      {
        target: { kind: 'ticket', id: fresh[0]!.id },
        title: `${fresh.length} tickets assigned to you`,
        body: fresh.slice(0, MAX_SEPARATE_NOTIFICATIONS).map(label).join('\n') + '\n…',
      },
    ];
  }
  return fresh.map((t) => ({
    target: { kind: 'ticket', id: t.id },
    title: t.number === null ? 'New ticket assigned to you' : `Ticket #${t.number} assigned to you`,
    body: `${t.customerName}: ${t.subject}`,
  }));
}
