import { z } from 'zod';
import { idSchema, timestampSchema } from '../domain/ids';
import { shipmentRowSchema, type ShipmentRow } from '../domain/logisticsRows';
import { shipmentFromUpsert } from '../logistics/shipmentFromUpsert';
import { customerRowSchema } from '../domain/rows';
import { tenantScope } from '../domain/scopes';
import { defineMutation, type RowChange } from './MutationDef';
import { requireSystemActor } from './access';

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

/**
 * A delivery of the TMS's shipments (ingest), upserted by (carrier, tracking number): a known
 * shipment keeps its id, creation time, last scan, and whatever the feed leaves out; a later item
 * of the same shipment updates the earlier one. Which shipment, order and customer the feed
 * meant are hub reads passed in. Each shipment is written once, in its final state.
 */
export const shipmentUpsert = defineMutation({
  name: 'shipment.upsert',
  callers: 'system',
  args: shipmentUpsertArgs,
  reads: (args) => [...new Set(args.shipments.map((s) => s.shipmentId))].map((id) => ({ entity: 'shipments' as const, id })),
  apply(args, rows, ctx) {
    requireSystemActor(ctx.actor, ['system:ingest']);
    const current = new Map<string, ShipmentRow>();
    for (const s of args.shipments) {
      const existing = current.get(s.shipmentId) ?? rows.get('shipments', s.shipmentId);
      current.set(s.shipmentId, shipmentFromUpsert(s, existing, ctx.now));
    }
    return [
      ...args.newCustomers.map((c): RowChange => ({ op: 'upsert', entity: 'customers', id: c.id, scope: tenantScope, row: c })),
      ...[...current.values()].map((x): RowChange => ({ op: 'upsert', entity: 'shipments', id: x.id, scope: tenantScope, row: x })),
    ];
  },
});
