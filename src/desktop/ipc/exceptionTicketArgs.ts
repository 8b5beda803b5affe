import { exceptionLabels, uuidv7, type ExceptionOpenTicketArgs, type ExceptionRow, type ShipmentRow } from '../../core';

/**
 * The `exception.openTicket` arguments for a ticket about this exception: subject from the
 * type and shipment, first note from the agent (or the detection reason when they wrote none).
 */
export function exceptionTicketArgs(exception: ExceptionRow, shipment: ShipmentRow, note: string, now: number): ExceptionOpenTicketArgs {
  const label = exceptionLabels.type[exception.type];
  return {
    exceptionId: exception.id,
    ticketId: uuidv7(now),
    messageId: uuidv7(now),
    shipmentId: exception.shipmentId,
    customerId: exception.customerId,
    linkedTicketId: exception.ticketId,
    subject: `${label} — ${shipment.carrier} ${shipment.trackingNumber}`,
    note: note.trim() || `Opened from the exceptions queue: ${label.toLowerCase()} (${exception.severity}). ${exception.note ?? ''}`.trim(),
  };
}
