import type { HubContext } from '../HubContext';
import type { DeliveryLog } from './DeliveryLog';
import type { IngestHandler } from './IngestHandler';
import type { PreparedDeliveries } from './PreparedDeliveries';
import type { WebhookSource } from './webhookSources';

/**
 * The `ingest-delivery` job: loads the stored body, runs the source's handler and finishes the
 * delivery record. A delivery no longer queued (a repeated or adopted job) does nothing. Processing
 * is idempotent (external ids, upsert keys, repeat checks under the write lock), so a job another
 * node had started before it died stores nothing twice. A failing delivery is recorded as failed and
 * the job completes (a retry would fail the same way, and would hold its key's line meanwhile).
 * `prepare` runs once per delivery: the work the route made of the body is taken from `prepared`
 * when this node answered it; only a delivery answered elsewhere (or before a restart) is prepared here.
 */
export function runDelivery(ctx: HubContext, deliveries: DeliveryLog, handlers: Record<WebhookSource, IngestHandler>, prepared: PreparedDeliveries) {
  return async ({ source, deliveryId }: { source: WebhookSource; deliveryId: string }): Promise<void> => {
    const kept = prepared.take(source, deliveryId);
    const pending = await deliveries.pending(source, deliveryId);
    if (!pending) return;
    const ack = pending.result ?? { deliveryId };
    let run = kept;
    if (!run) {
      if (!pending.payload) {
        await deliveries.finish(source, deliveryId, 'failed', { ...ack, error: 'The stored body of this delivery is gone.' });
        return;
      }
      const again = handlers[source].prepare(pending.payload, deliveryId);
      if (!again.ok) {
        await deliveries.finish(source, deliveryId, 'failed', { ...ack, error: again.message });
        return;
      }
      run = again.run;
    }
    let outcome: { status: 'done' | 'failed'; result: Record<string, unknown> };
    try {
      outcome = { status: 'done', result: { ...ack, ...(await run()) } };
    } catch (error) {
      ctx.log.error({ err: error, source, deliveryId }, 'ingest delivery failed');
      outcome = { status: 'failed', result: { ...ack, error: error instanceof Error ? error.message : String(error) } };
    }
    await deliveries.finish(source, deliveryId, outcome.status, outcome.result);
  };
}
