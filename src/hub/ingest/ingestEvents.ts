import type { HubContext } from '../HubContext';

/** What ingest stored, for the rules engine (exception detection, SLA) to react to. */
export type IngestedEvent =
  | { kind: 'message'; ticketId: string; messageId: string; created: boolean; at: number }
  | { kind: 'tracking_event'; shipmentId: string; trackingEventId: string; at: number }
  | { kind: 'shipment'; shipmentId: string; at: number }
  | { kind: 'order'; orderId: string; at: number };

export type IngestListener = (event: IngestedEvent) => void | Promise<void>;

const listeners = new WeakMap<HubContext, Set<IngestListener>>();

/**
 * Subscribes to what ingest stores on this hub (called after each commit, in order). Keyed by
 * the hub's context so two hubs in one process (tests) do not hear each other. Returns unsubscribe.
 */
export function onIngested(ctx: HubContext, listener: IngestListener): () => void {
  let set = listeners.get(ctx);
  if (!set) listeners.set(ctx, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

/** Tells every listener; a failing listener is logged and never fails the ingest that fired it. */
export async function emitIngested(ctx: HubContext, events: readonly IngestedEvent[]): Promise<void> {
  const set = listeners.get(ctx);
  if (!set) return;
  for (const event of events) {
    for (const listener of set) {
      try {
        await listener(event);
      } catch (error) {
        ctx.log.error({ err: error, event }, 'onIngested listener failed');
      }
    }
  }
}
