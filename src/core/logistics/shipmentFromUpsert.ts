import { shipmentRowSchema, type ShipmentRow } from '../domain/logisticsRows';
import type { ShipmentUpsertArgs } from './shipmentUpsertArgs';
import { MutationRejection } from '../mutations/MutationRejection';

/**
 * A shipment as a feed describes it, merged into the known one: the known shipment keeps its id,
 * creation time, last scan and whatever the feed leaves out. The one birth of a shipment, shared
 * by the shipments feed (shipment.upsert) and the warehouse's "shipped" (warehouse.record).
 */
export function shipmentFromUpsert(s: ShipmentUpsertArgs['shipments'][number], existing: ShipmentRow | undefined, now: number): ShipmentRow {
  const customerId = s.customerId ?? existing?.customerId;
  if (!customerId) throw new MutationRejection('invalid_args', `New shipment ${s.carrier} ${s.trackingNumber} has no customer.`);
  return shipmentRowSchema.parse({
    id: s.shipmentId,
    orderId: s.orderId ?? existing?.orderId ?? null,
    customerId,
    carrier: s.carrier,
    trackingNumber: s.trackingNumber,
    mode: s.mode,
    origin: s.origin || existing?.origin || '',
    destination: s.destination || existing?.destination || '',
    promisedDate: s.promisedDate === undefined ? (existing?.promisedDate ?? null) : s.promisedDate,
    eta: s.eta === undefined ? (existing?.eta ?? null) : s.eta,
    status: s.status ?? existing?.status ?? 'pending',
    lastEventAt: existing?.lastEventAt ?? null,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  });
}
