import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { teamScope } from '../domain/scopes';
import { ticketPrioritySchema, ticketStatusSchema, type TicketRow } from '../domain/rows';
import { defineMutation } from './MutationDef';
import { requireTicketAccess } from './access';
import { MutationRejection } from './MutationRejection';

export const ticketUpdateArgs = z
  .object({
    id: idSchema,
    status: ticketStatusSchema.optional(),
    priority: ticketPrioritySchema.optional(),
    /** null unassigns. */
    assigneeId: idSchema.nullable().optional(),
    /** Link the ticket to one of its customer's orders or shipments; null removes the link. */
    orderId: idSchema.nullable().optional(),
    shipmentId: idSchema.nullable().optional(),
  })
  .refine(
    (a) =>
      a.status !== undefined || a.priority !== undefined || a.assigneeId !== undefined || a.orderId !== undefined || a.shipmentId !== undefined,
    { message: 'nothing to change: give status, priority, assigneeId, orderId or shipmentId' },
  );
export type TicketUpdateArgs = z.infer<typeof ticketUpdateArgs>;

/** Changes a ticket's status, priority, assignee or order/shipment link; each field left out stays as it is. */
export const ticketUpdate = defineMutation({
  name: 'ticket.update',
  callers: 'agents',
  args: ticketUpdateArgs,
  reads: (args) => [
    { entity: 'tickets', id: args.id },
    ...(args.assigneeId ? [{ entity: 'agents' as const, id: args.assigneeId }] : []),
    ...(args.orderId ? [{ entity: 'orders' as const, id: args.orderId }] : []),
    ...(args.shipmentId ? [{ entity: 'shipments' as const, id: args.shipmentId }] : []),
  ],
  apply(args, rows, ctx) {
    const ticket = requireTicketAccess(ctx.actor, rows.get('tickets', args.id), args.id);
    if (args.assigneeId) {
      const assignee = rows.get('agents', args.assigneeId);
      if (!assignee) throw new MutationRejection('not_found', `Agent ${args.assigneeId} does not exist.`);
      if (assignee.teamId !== ticket.teamId) {
        throw new MutationRejection('conflict', `${assignee.name} is not in this ticket's team.`);
      }
    }
    if (ticket.mergedIntoId !== null && args.status !== undefined && args.status !== 'closed') {
      throw new MutationRejection('conflict', 'This ticket was merged into another one; work on that ticket instead.');
    }
    if (args.orderId) {
      const order = rows.get('orders', args.orderId);
      if (!order) throw new MutationRejection('not_found', `Order ${args.orderId} does not exist.`);
      if (order.customerId !== ticket.customerId) throw new MutationRejection('conflict', `Order ${order.number} belongs to another customer.`);
    }
    if (args.shipmentId) {
      const shipment = rows.get('shipments', args.shipmentId);
      if (!shipment) throw new MutationRejection('not_found', `Shipment ${args.shipmentId} does not exist.`);
      if (shipment.customerId !== ticket.customerId) {
        throw new MutationRejection('conflict', `Shipment ${shipment.trackingNumber} belongs to another customer.`);
      }
    }
    const updated: TicketRow = {
      ...ticket,
      orderId: args.orderId === undefined ? ticket.orderId : args.orderId,
      shipmentId: args.shipmentId === undefined ? ticket.shipmentId : args.shipmentId,
      status: args.status ?? ticket.status,
      priority: args.priority ?? ticket.priority,
      assigneeId: args.assigneeId === undefined ? ticket.assigneeId : args.assigneeId,
      updatedAt: ctx.now,
    };
    return [{ op: 'upsert', entity: 'tickets', id: ticket.id, scope: teamScope(ticket.teamId), row: updated }];
  },
});
