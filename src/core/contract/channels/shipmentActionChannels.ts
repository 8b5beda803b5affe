import { z } from 'zod';
import { idSchema } from '../../domain/ids';
import { shipmentActionRowSchema } from '../../domain/shipmentActionRow';

/** A shipment action as the ticket thread shows it: the row, who asked, and whether the hub has it yet. */
export const shipmentActionItemSchema = shipmentActionRowSchema.extend({
  requestedByName: z.string().nullable(),
  trackingNumber: z.string().nullable(),
  /** True while the request waits in this computer's outbox (offline or not yet confirmed). */
  pending: z.boolean(),
});
export type ShipmentActionItem = z.infer<typeof shipmentActionItemSchema>;

/** IPC channels of shipment actions, merged into ipcContract (requests are the `shipmentAction.request` write). */
export const shipmentActionChannels = {
  /** Actions asked from a ticket, or on a shipment (customer 360), oldest first. */
  'shipmentActions.list': {
    input: z.union([z.object({ ticketId: idSchema }), z.object({ shipmentId: idSchema })]),
    output: z.array(shipmentActionItemSchema),
  },
} as const;
