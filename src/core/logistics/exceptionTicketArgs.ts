import type { ExceptionOpenTicketArgs } from '../mutations/exceptionOpenTicket';
import type { ExceptionRow, OrderRow, ShipmentRow } from '../domain/logisticsRows';
import { uuidv7 } from '../util/uuidv7';
import { exceptionLabels } from './exceptionLabels';

/**
 * The `exception.openTicket` arguments for a ticket about this exception, as the caller sees
 * it: subject from the type and shipment (the order, for a warehouse exception), first note from the agent (or the detection reason
 * when they wrote none), fresh ids for the ticket and its note. In core so the renderer (Create
 * ticket) and the desktop (bulk notify) build the same ticket.
 */
export function exceptionTicketArgs(exception: ExceptionRow, about: ShipmentRow | OrderRow, note: string, now: number): ExceptionOpenTicketArgs {
  const label = exceptionLabels.type[exception.type];
  const what = 'trackingNumber' in about ? `${about.carrier} ${about.trackingNumber}` : `order ${about.number}`;
  return {
    exceptionId: exception.id,
    ticketId: uuidv7(now),
    messageId: uuidv7(now),
    shipmentId: exception.shipmentId,
    orderId: exception.orderId,
    customerId: exception.customerId,
    linkedTicketId: exception.ticketId,
    subject: `${label} — ${what}`,
    note: note.trim() || `Opened from the exceptions queue: ${label.toLowerCase()} (${exception.severity}). ${exception.note ?? ''}`.trim(),
  };
}
