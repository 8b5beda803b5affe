import type { HubContext } from '../HubContext';
import type { DeliveryLog } from './DeliveryLog';
import type { IngestHandler } from './IngestHandler';
import type { WebhookSource } from './webhookSources';

/**
 * The `ingest-delivery` job: loads the stored body, runs the source's handler and finishes the
 * delivery record. A delivery no longer queued (a repeated or adopted job) does nothing. Processing
 * is idempotent (external ids, upsert keys, repeat checks under the write lock), so a job another
 * node had started before it died stores nothing twice. A failing delivery is recorded as failed and
 * the job completes (a retry would fail the same way, and would hold its key's line meanwhile).
 */
export function runDelivery(ctx: HubContext, deliveries: DeliveryLog, handlers: Record<WebhookSource, IngestHandler>) {
  return async ({ source, deliveryId }: { source: WebhookSource; deliveryId: string }): Promise<void> => {
    const pending = await deliveries.pending(source, deliveryId);
    if (!pending) return;
    const ack = pending.result ?? { deliveryId };
    if (!pending.payload) {
      await deliveries.finish(source, deliveryId, 'failed', { ...ack, error: 'The stored body of this delivery is gone.' });
      return;
    }
    const prepared = handlers[source].prepare(pending.payload, deliveryId);
    if (!prepared.ok) {
      await deliveries.finish(source, deliveryId, 'failed', { ...ack, error: prepared.message });
      return;
    }
    let outcome: { status: 'done' | 'failed'; result: Record<string, unknown> };
    try {
      outcome = { status: 'done', result: { ...ack, ...(await prepared.run()) } };
    } catch (error) {
      ctx.log.error({ err: error, source, deliveryId }, 'ingest delivery failed');
      outcome = { status: 'failed', result: { ...ack, error: error instanceof Error ? error.message : String(error) } };
    }
    await deliveries.finish(source, deliveryId, outcome.status, outcome.result);
  };
}
