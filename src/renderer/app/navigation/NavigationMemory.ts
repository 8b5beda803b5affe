import type { InboxPlace } from '../../inbox/InboxPlace';

/** The open item of every workspace, including those not shown now. */
export interface NavigationMemory {
  place: InboxPlace;
  ticketId: string | null;
  customerId: string | null;
  shipmentId: string | null;
  exceptionId: string | null;
  articleId: string | null;
}
