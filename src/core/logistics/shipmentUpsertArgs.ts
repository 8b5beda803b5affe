import { z } from 'zod';
import { idSchema, timestampSchema } from '../domain/ids';
import { shipmentRowSchema } from '../domain/logisticsRows';
import { customerRowSchema } from '../domain/rows';

const row = shipmentRowSchema.shape;

export const shipmentUpsertArgs = z.object({
  /** The delivery's shipments in feed order; a (carrier, tracking number) sent twice has the same `shipmentId` both times. */
  shipments: z
    .array(
      z.object({
        /** The known shipment with this carrier and tracking number, or the id of the one to create (a hub read). */
        shipmentId: idSchema,
        /** The order the feed named (a hub read); absent: a known shipment keeps its order. */
        orderId: idSchema.optional(),
        /** Its order's customer, or the customer the feed named; absent: a known shipment keeps its customer. */
        customerId: idSchema.optional(),
        carrier: row.carrier,
        trackingNumber: row.trackingNumber,
        mode: row.mode,
        /** Empty: a known shipment keeps its places. */
        origin: row.origin,
        destination: row.destination,
        /** Absent: a known shipment keeps its date / ETA / status. */
        promisedDate: timestampSchema.nullable().optional(),
        eta: timestampSchema.nullable().optional(),
        status: row.status.optional(),
      }),
    )
    .min(1)
    .max(1000),
  /** Customers the feed named that nobody knew (an unknown ERP account or email), written first. */
  newCustomers: z.array(customerRowSchema).max(1000),
});
export type ShipmentUpsertArgs = z.infer<typeof shipmentUpsertArgs>;
