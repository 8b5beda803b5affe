import { exceptionLabels, uuidv7, type ExceptionRow } from '../../core';
import type { HandlerContext } from './HandlerContext';
import { IpcFailure } from './IpcFailure';
import { writeLocally } from './writeLocally';

/**
 * Opens a ticket about an exception through `exception.openTicket`: subject from the type and
 * shipment, first note from the agent (or the detection reason). Returns the new ticket's id.
 */
export function openExceptionTicket(ctx: HandlerContext, exception: ExceptionRow, note: string): { mutationId: string; ticketId: string } {
  const shipment = ctx.store.rows.get('shipments', exception.shipmentId);
  if (!shipment) throw new IpcFailure('failed', 'The shipment of this exception has not arrived in this replica yet; try again in a moment.');
  const now = ctx.now();
  const ticketId = uuidv7(now);
  const label = exceptionLabels.type[exception.type];
  const written = note.trim() || `Opened from the exceptions queue: ${label.toLowerCase()} (${exception.severity}). ${exception.note ?? ''}`.trim();
  const mutationId = writeLocally(ctx, 'exception.openTicket', {
    exceptionId: exception.id,
    ticketId,
    messageId: uuidv7(now),
    shipmentId: exception.shipmentId,
    customerId: exception.customerId,
    linkedTicketId: exception.ticketId,
    subject: `${label} — ${shipment.carrier} ${shipment.trackingNumber}`,
    note: written,
  });
  return { mutationId, ticketId };
}
