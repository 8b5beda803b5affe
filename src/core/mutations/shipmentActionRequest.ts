import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { tenantScope } from '../domain/scopes';
import type { ShipmentActionRow } from '../domain/shipmentActionRow';
import { shipmentActionRequestSchema } from '../shipmentActions/shipmentActionKinds';
import { shipmentActionRefusal } from '../shipmentActions/shipmentActionRefusal';
import { defineMutation, type RowRef } from './MutationDef';
import { MutationRejection } from './MutationRejection';
import { requireAgent, requireTicketAccess } from './access';

export const shipmentActionRequestArgs = z.object({
  id: idSchema,
  shipmentId: idSchema,
  /** The ticket asked from (agents need its team); null from the customer 360. */
  ticketId: idSchema.nullable().default(null),
  action: shipmentActionRequestSchema,
});
export type ShipmentActionRequestArgs = z.input<typeof shipmentActionRequestArgs>;

/**
 * An agent asks the shipment's carrier for something (reschedule, redirect, claim…): recorded
 * on the shipment as `requested`; the hub then sends it to the carrier's connector. Refused here
 * when the shipment's state rules it out (address change after dispatch, anything after delivery).
 */
export const shipmentActionRequest = defineMutation({
  name: 'shipmentAction.request',
  callers: 'agents',
  args: shipmentActionRequestArgs,
  reads: (args) => {
    const refs: RowRef[] = [
      { entity: 'shipment_actions', id: args.id },
      { entity: 'shipments', id: args.shipmentId },
    ];
    if (args.ticketId) refs.push({ entity: 'tickets', id: args.ticketId });
    if (args.action.kind === 'claim') for (const photo of args.action.details.photos) refs.push({ entity: 'messages', id: photo.messageId });
    return refs;
  },
  apply(args, rows, ctx) {
    const agent = requireAgent(ctx.actor);
    if (rows.get('shipment_actions', args.id)) throw new MutationRejection('conflict', 'This request was already made.');
    const shipment = rows.get('shipments', args.shipmentId);
    if (!shipment) throw new MutationRejection('not_found', `Shipment ${args.shipmentId} does not exist.`);
    const ticket = args.ticketId ? requireTicketAccess(ctx.actor, rows.get('tickets', args.ticketId), args.ticketId) : null;
    if (ticket && ticket.customerId !== shipment.customerId) throw new MutationRejection('invalid_args', 'The shipment belongs to another customer than the ticket.');
    if (args.action.kind === 'claim') {
      if (!ticket && args.action.details.photos.length > 0) throw new MutationRejection('invalid_args', 'Claim photos come from a ticket: open the claim from the ticket.');
      for (const photo of args.action.details.photos) {
        const message = rows.get('messages', photo.messageId);
        const found = message && message.ticketId === ticket?.id && message.attachments.some((a) => a.storageKey === photo.storageKey);
        if (!found) throw new MutationRejection('invalid_args', `Photo ${photo.name} is not an attachment of this ticket.`);
      }
    }
    const refusal = shipmentActionRefusal(shipment, args.action, ctx.now);
    if (refusal) throw new MutationRejection('conflict', refusal);
    const row: ShipmentActionRow = {
      id: args.id,
      shipmentId: shipment.id,
      customerId: shipment.customerId,
      ticketId: ticket?.id ?? null,
      carrier: shipment.carrier,
      kind: args.action.kind,
      details: args.action.details,
      state: 'requested',
      reason: null,
      carrierReference: null,
      requestedBy: agent.agentId,
      requestedAt: ctx.now,
      settledAt: null,
      updatedAt: ctx.now,
    };
    return [{ op: 'upsert', entity: 'shipment_actions', id: row.id, scope: tenantScope, row }];
  },
});
