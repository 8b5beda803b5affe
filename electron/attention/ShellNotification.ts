import type { TicketStatus } from '../../src/core';
import type { OpenTarget } from '../../src/core/contract/ipcContract';

/** An OS notification the shell shows; clicking it opens `target` in the window. */
export interface ShellNotification {
  target: OpenTarget;
  title: string;
  body: string;
}

/** A ticket assigned to me, reduced to what notifications and the unread count need. */
export interface MyTicket {
  id: string;
  number: number | null;
  subject: string;
  customerName: string;
  status: TicketStatus;
  /** Newest inbound customer message (epoch ms), null if none. */
  lastInboundAt: number | null;
  /** Newest reply I sent to the customer, null if none. */
  lastOwnReplyAt: number | null;
}

/** An open shipment exception, as far as a lead's notification needs it. */
export interface OpenException {
  id: string;
  severity: string;
  status: string;
  title: string;
  /** The ticket about it, opened on click when present. */
  ticketId: string | null;
}
