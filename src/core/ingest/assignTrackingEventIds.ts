import type { ResolvedTrackingEvent } from './ResolvedTrackingEvent';
import { trackingRepeatKey } from './trackingRepeatKey';

/** Per event of a delivery: the tracking event row it is, and whether that row was there already. */
export interface TrackingEventId {
  trackingEventId: string;
  duplicate: boolean;
}

/**
 * The repeat rule alone: an event whose (shipment, code, time) was stored before (`repeats`) or
 * earlier in the batch is that event again; any other takes the next id of `newId`. Pure and
 * independent of shipment state, so the hub can tell each item's outcome from the args it passes.
 */
export function assignTrackingEventIds(
  items: readonly Pick<ResolvedTrackingEvent, 'event' | 'shipmentId'>[],
  repeats: ReadonlyMap<string, string>,
  now: number,
  newId: () => string,
): TrackingEventId[] {
  const seen = new Map(repeats);
  return items.map(({ event, shipmentId }) => {
    const key = trackingRepeatKey(shipmentId, event.rawCode, event.occurredAt ?? now);
    const repeat = seen.get(key);
    if (repeat !== undefined) return { trackingEventId: repeat, duplicate: true };
    const trackingEventId = newId();
    seen.set(key, trackingEventId);
    return { trackingEventId, duplicate: false };
  });
}
