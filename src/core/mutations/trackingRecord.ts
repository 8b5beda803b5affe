import { z } from 'zod';
import { idSchema, timestampSchema } from '../domain/ids';
import { trackingEventRowSchema, type ShipmentRow } from '../domain/logisticsRows';
import { tenantScope } from '../domain/scopes';
import { planTrackingEvents } from '../ingest/planTrackingEvents';
import { trackingRepeatKey } from '../ingest/trackingRepeatKey';
import { defineMutation, type RowChange } from './MutationDef';
import { requireSystemActor } from './access';
import { MutationRejection } from './MutationRejection';

const row = trackingEventRowSchema.shape;

/** A feed's tracking event as ingest normalised it (InboundTrackingEvent without the lookup references). */
const recordedEvent = z.object({
  carrier: row.carrier,
  trackingNumber: z.string().min(1).max(1000),
  status: row.status,
  rawCode: row.rawCode,
  rawReason: row.rawReason,
  flagged: row.flagged,
  /** Null: the feed gave no usable time; the event happened when the hub recorded it. */
  occurredAt: timestampSchema.nullable(),
  location: row.location,
  eta: timestampSchema.nullable(),
  source: z.enum(['x12_214', 'json']),
});

/** Largest delivery: a JSON batch is capped at 1000 items, an X12 interchange may carry more scans. */
const MAX_EVENTS = 10_000;

export const trackingRecordArgs = z.object({
  /** The delivery's events in feed order, each with the shipment the hub matched it to. */
  events: z.array(z.object({ index: z.number().int().nonnegative(), shipmentId: idSchema, event: recordedEvent })).min(1).max(MAX_EVENTS),
  /** Events already stored with the same shipment, code and time as one of the delivery's (a hub read). */
  repeats: z.array(z.object({ shipmentId: idSchema, rawCode: row.rawCode, occurredAt: timestampSchema, trackingEventId: idSchema })).max(MAX_EVENTS),
  /** Ids for the new event rows, taken in order by the events that are not repeats. */
  eventIds: z.array(idSchema).max(MAX_EVENTS),
});
export type TrackingRecordArgs = z.infer<typeof trackingRecordArgs>;

/** The id source `apply` and the hub both use, so both name the same rows. */
function trackingRecordIds(args: Pick<TrackingRecordArgs, 'eventIds'>): () => string {
  let next = 0;
  return () => {
    const id = args.eventIds[next++];
    if (id === undefined) throw new MutationRejection('invalid_args', 'tracking.record: fewer eventIds than new events.');
    return id;
  };
}

/** The repeats of the args, keyed as core's repeat rule looks them up. */
function trackingRecordRepeats(args: Pick<TrackingRecordArgs, 'repeats'>): Map<string, string> {
  return new Map(args.repeats.map((r) => [trackingRepeatKey(r.shipmentId, r.rawCode, r.occurredAt), r.trackingEventId]));
}

/**
 * A delivery of tracking events (ingest): each is stored on its shipment unless it repeats one
 * stored before or earlier in the delivery, and moves the shipment on (planTrackingEvents).
 * Which shipment each event is about, and which stored events it repeats, are hub reads passed in.
 */
export const trackingRecord = defineMutation({
  name: 'tracking.record',
  callers: 'system',
  args: trackingRecordArgs,
  reads: (args) => [...new Set(args.events.map((e) => e.shipmentId))].map((id) => ({ entity: 'shipments' as const, id })),
  apply(args, rows, ctx) {
    requireSystemActor(ctx.actor, ['system:ingest']);
    const shipments = new Map<string, ShipmentRow>();
    for (const { shipmentId } of args.events) {
      const shipment = rows.get('shipments', shipmentId);
      if (!shipment) throw new MutationRejection('not_found', `Shipment ${shipmentId} does not exist.`);
      shipments.set(shipmentId, shipment);
    }
    const plan = planTrackingEvents(args.events, shipments, trackingRecordRepeats(args), ctx.now, trackingRecordIds(args));
    return [
      ...plan.shipments.map((s): RowChange => ({ op: 'upsert', entity: 'shipments', id: s.id, scope: tenantScope, row: s })),
      ...plan.events.map((e): RowChange => ({ op: 'upsert', entity: 'tracking_events', id: e.id, scope: tenantScope, row: e })),
    ];
  },
});
