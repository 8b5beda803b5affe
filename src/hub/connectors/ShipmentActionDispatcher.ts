import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { idSchema, overtakenBy, type ShipmentActionRow, type ShipmentStatus } from '../../core';
import type { HubContext } from '../HubContext';
import type { HubJobs } from '../jobs/HubJobs';
import { defaultRetryPolicy, retryWithBackoff, type RetryPolicy } from '../outbound/retryWithBackoff';
import { shipmentActions, shipments } from '../store/schema';
import type { CarrierConnectorStore } from './CarrierConnectorStore';
import { connectorCallbackPath } from './connectorCallbackPath';
import { postToConnector } from './postToConnector';
import { settleShipmentAction } from './settleShipmentAction';

export interface ShipmentActionDispatcherOptions {
  /** Tries per send (first included) and backoff; default 4 tries, 0.5 s doubling. */
  retry?: RetryPolicy;
  /** The hub's address as connectors reach it (callback URLs); default env RELAY_PUBLIC_URL, else the address it listens on. */
  publicUrl?: string;
}

const workSchema = z.object({ actionId: idSchema });
const settledByStatus: ReadonlySet<ShipmentStatus> = new Set(['out_for_delivery', 'delivered', 'returned', 'cancelled']);

/**
 * Sends agents' shipment actions to their carrier's connector on the shared job queue
 * (`shipment-actions`): after the commit that records one, at start for any left behind, and
 * for a carrier's waiting ones when an admin configures its connector. Without a connector an
 * action is `waiting`; a send that fails for good is `failed`. Shipment status changes settle
 * pending actions they make moot (core's overtakenBy).
 */
export class ShipmentActionDispatcher {
  private off: (() => void) | null = null;
  private base: string;
  ready: Promise<void> = Promise.resolve();

  constructor(
    private readonly ctx: Pick<HubContext, 'db' | 'lane' | 'now' | 'log'>,
    private readonly jobs: HubJobs,
    private readonly connectors: CarrierConnectorStore,
    private readonly options: ShipmentActionDispatcherOptions = {},
  ) {
    this.base = options.publicUrl ?? process.env.RELAY_PUBLIC_URL ?? '';
  }

  start(): void {
    this.ready = this.jobs.work('shipment-actions', workSchema, (data) => this.dispatch(data.actionId));
    this.off = this.ctx.lane.onCommitted((batches) => {
      const moved = new Map<string, ShipmentStatus>();
      for (const change of batches.flatMap((b) => b.rows)) {
        if (change.op !== 'upsert' || !change.row) continue;
        if (change.entity === 'shipment_actions' && change.row.state === 'requested') void this.send(change.id);
        const status = change.entity === 'shipments' ? (change.row.status as ShipmentStatus) : undefined;
        if (status && settledByStatus.has(status)) moved.set(change.id, status);
      }
      if (moved.size > 0) void this.settleOvertaken(moved).catch((err: unknown) => this.ctx.log.error({ err }, 'shipment actions: settling by tracking failed'));
    });
    void this.resend(['requested']);
  }

  /** The address connectors call back; set once the hub listens unless given. */
  listeningAt(url: string): void {
    if (!this.base) this.base = url;
  }

  /** After a connector is configured: its carrier's waiting actions go out. */
  async retryWaiting(carrier: string): Promise<void> {
    await this.resend(['waiting'], carrier);
  }

  async stop(): Promise<void> {
    this.off?.();
    await this.ready.catch(() => undefined);
    await this.jobs.offWork('shipment-actions');
  }

  private async resend(states: ShipmentActionRow['state'][], carrier?: string): Promise<void> {
    const where = carrier ? and(inArray(shipmentActions.state, states), eq(shipmentActions.carrier, carrier)) : inArray(shipmentActions.state, states);
    const rows = await this.ctx.db.select({ id: shipmentActions.id }).from(shipmentActions).where(where);
    for (const row of rows) await this.send(row.id);
  }

  private async send(actionId: string): Promise<void> {
    await this.jobs.send('shipment-actions', { actionId }).catch((err: unknown) => this.ctx.log.error({ err, actionId }, 'shipment actions: queuing a send failed'));
  }

  private async dispatch(actionId: string): Promise<void> {
    const [action] = await this.ctx.db.select().from(shipmentActions).where(eq(shipmentActions.id, actionId));
    if (!action || (action.state !== 'requested' && action.state !== 'waiting')) return;
    const connector = await this.connectors.get(action.carrier);
    if (!connector || !connector.enabled) {
      const reason = connector
        ? `The connector for ${action.carrier} is disabled on this hub; the request goes out once an admin enables it.`
        : `No connector for ${action.carrier} is configured on this hub yet; the request goes out once an admin adds one.`;
      await settleShipmentAction(this.ctx, { id: actionId, state: 'waiting', reason });
      return;
    }
    const [shipment] = await this.ctx.db.select().from(shipments).where(eq(shipments.id, action.shipmentId));
    if (!shipment) {
      await settleShipmentAction(this.ctx, { id: actionId, state: 'failed', reason: 'The shipment no longer exists on this hub.' });
      return;
    }
    const request = {
      actionId,
      kind: action.kind,
      details: action.details,
      shipment: { id: shipment.id, carrier: shipment.carrier, trackingNumber: shipment.trackingNumber, status: shipment.status, destination: shipment.destination },
      requestedAt: action.requestedAt,
      callbackUrl: `${this.base.replace(/\/$/, '')}${connectorCallbackPath(action.carrier)}`,
    };
    const sent = await retryWithBackoff(() => postToConnector(connector, request, Math.floor(this.ctx.now() / 1000)), this.options.retry ?? defaultRetryPolicy);
    if (!sent.ok) {
      await settleShipmentAction(this.ctx, { id: actionId, state: 'failed', reason: sent.error.message });
      return;
    }
    const reference = sent.value.reference ?? null;
    await settleShipmentAction(this.ctx, { id: actionId, state: 'sent', reason: null, carrierReference: reference });
    if (sent.value.status) await settleShipmentAction(this.ctx, { id: actionId, state: sent.value.status, reason: sent.value.reason ?? null, carrierReference: reference });
  }

  private async settleOvertaken(moved: ReadonlyMap<string, ShipmentStatus>): Promise<void> {
    const open = await this.ctx.db
      .select()
      .from(shipmentActions)
      .where(and(inArray(shipmentActions.shipmentId, [...moved.keys()]), inArray(shipmentActions.state, ['requested', 'waiting', 'sent'])));
    for (const action of open) {
      const status = moved.get(action.shipmentId);
      const outcome = status ? overtakenBy(action, status) : null;
      if (outcome) await settleShipmentAction(this.ctx, { id: action.id, ...outcome });
    }
  }
}
