import type { ExceptionRow } from '../../core';
import { exceptionTicketArgs } from './exceptionTicketArgs';
import type { HandlerContext } from './HandlerContext';
import { IpcFailure } from './IpcFailure';
import { writeLocally } from './writeLocally';

/**
 * Opens a ticket about an exception with its first note: one `exception.openTicket` mutation
 * (ticket, note and link in one local transaction and one outbox entry). Returns the new ticket's id.
 */
export function openExceptionTicket(ctx: HandlerContext, exception: ExceptionRow, note: string): { mutationId: string; ticketId: string } {
  const shipment = ctx.store.rows.get('shipments', exception.shipmentId);
  if (!shipment) throw new IpcFailure('failed', 'The shipment of this exception has not arrived in this replica yet; try again in a moment.');
  const args = exceptionTicketArgs(exception, shipment, note, ctx.now());
  const mutationId = writeLocally(ctx, 'exception.openTicket', args);
  return { mutationId, ticketId: args.ticketId };
}
