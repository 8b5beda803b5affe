import { and, asc, eq } from 'drizzle-orm';
import type { HubDb } from '../store/openStore';
import { webhookDeliveries } from './ingestTables';
import type { WebhookSource } from './webhookSources';

export type DeliveryStatus = 'queued' | 'done' | 'failed';

export interface DeliveryRecord {
  status: DeliveryStatus;
  result: Record<string, unknown> | null;
  receivedAt: number;
}

/**
 * The webhook_deliveries table: a delivery id is processed once per source. Not part of the
 * change log (nothing replicates it), so it is written directly, outside the write lane.
 */
export class DeliveryLog {
  constructor(private readonly db: HubDb) {}

  async find(source: WebhookSource, deliveryId: string): Promise<DeliveryRecord | null> {
    const [row] = await this.db
      .select({ status: webhookDeliveries.status, result: webhookDeliveries.result, receivedAt: webhookDeliveries.receivedAt })
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.source, source), eq(webhookDeliveries.deliveryId, deliveryId)));
    return row ?? null;
  }

  /** Records a new delivery as queued, with its raw body; false when the id was already there (a concurrent duplicate). */
  async record(source: WebhookSource, deliveryId: string, receivedAt: number, result: Record<string, unknown>, payload: Buffer): Promise<boolean> {
    const inserted = await this.db
      .insert(webhookDeliveries)
      .values({ source, deliveryId, receivedAt, status: 'queued', result, payload })
      .onConflictDoNothing()
      .returning({ id: webhookDeliveries.deliveryId });
    return inserted.length === 1;
  }

  async finish(source: WebhookSource, deliveryId: string, status: 'done' | 'failed', result: Record<string, unknown>): Promise<void> {
    await this.db
      .update(webhookDeliveries)
      .set({ status, result, payload: null })
      .where(and(eq(webhookDeliveries.source, source), eq(webhookDeliveries.deliveryId, deliveryId)));
  }

  /** A delivery still waiting to run, with its stored body; null once done or failed (a repeated job then does nothing). */
  async pending(source: WebhookSource, deliveryId: string): Promise<{ result: Record<string, unknown> | null; payload: Buffer | null } | null> {
    const [row] = await this.db
      .select({ result: webhookDeliveries.result, payload: webhookDeliveries.payload })
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.source, source), eq(webhookDeliveries.deliveryId, deliveryId), eq(webhookDeliveries.status, 'queued')));
    return row ?? null;
  }

  /** Deliveries accepted but not finished, oldest first (ids only: their jobs load the bodies). */
  async unfinished(): Promise<{ source: string; deliveryId: string }[]> {
    return this.db
      .select({ source: webhookDeliveries.source, deliveryId: webhookDeliveries.deliveryId })
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.status, 'queued'))
      .orderBy(asc(webhookDeliveries.receivedAt));
  }
}
