import { and, asc, eq, gt, inArray, lt, notInArray, or } from 'drizzle-orm';
import { channelSchema, defaultStaleThresholds, uuidv7, type Channel, type LiveChanges } from '../../core';
import type { HubContext } from '../HubContext';
import { pruneOutboundClaims } from '../outbound/pruneOutboundClaims';
import { defaultRetryPolicy } from '../outbound/retryWithBackoff';
import { exceptions, messages, orders, shipments } from '../store/schema';
import type { ShipmentTrigger } from './checkShipment';
import { dueDeferrals } from './dueDeferrals';
import { reactToBatch } from './reactToBatch';
import { runDeferral } from './runDeferral';
import { runRulesWrite } from './runRulesWrite';
import { defaultSweepBatch, defaultSweepIntervalMs, type RulesOptions } from './RulesOptions';
import { sendQueuedMessage } from './sendQueuedMessage';
import { sweepSlaBreaches } from './sweepSlaBreaches';

/** What ingest reports after a commit (see src/hub/ingest/ingestEvents.ts); only the ids matter here. */
export type IngestSubscription = (listener: (event: { kind: string; shipmentId?: string; ticketId?: string }) => void) => () => void;

/**
 * The hub's rules: reacts after commit to every write (lane.onCommitted) and to ingest, and
 * sweeps on a timer for what time alone changes. Work is coalesced into sets and run one
 * piece at a time on a rules chain; sends run on their own chain so a slow SMTP server never
 * holds up exception detection. Every write goes through the write lane and change log.
 */
export class RulesEngine {
  private readonly shipments = new Set<string>();
  private readonly tickets = new Set<string>();
  /** Triggers to notify about (deferred ones live in the database, see dueDeferrals). */
  private readonly triggers: ShipmentTrigger[] = [];
  private readonly outbox = new Set<string>();
  private readonly sending = new Set<string>();
  private rulesChain: Promise<void> = Promise.resolve();
  private sendChain: Promise<void> = Promise.resolve();
  private rulesScheduled = false;
  private readonly unsubscribe: Array<() => void> = [];
  private timer: ReturnType<typeof setInterval> | undefined;
  private stopped = false;
  private sweepCursor: string | null = null;
  readonly now: () => number;
  /** This engine's name in outbound_claims (one per process: a restart is a new node). */
  readonly nodeId: string;

  constructor(
    private readonly ctx: HubContext,
    private readonly options: RulesOptions,
  ) {
    this.now = options.now ?? ctx.now;
    this.nodeId = options.nodeId ?? `node-${uuidv7()}`;
  }

  start(ingest?: IngestSubscription): void {
    this.unsubscribe.push(this.ctx.lane.onCommitted((batches) => this.onCommitted(batches)));
    if (ingest) {
      this.unsubscribe.push(
        ingest((event) => {
          if (event.shipmentId) this.shipments.add(event.shipmentId);
          if (event.ticketId) this.tickets.add(event.ticketId);
          this.scheduleRules();
        }),
      );
    }
    const interval = this.options.sweepIntervalMs ?? defaultSweepIntervalMs;
    if (interval > 0) {
      this.timer = setInterval(() => void this.sweep().catch((err: unknown) => this.ctx.log.error({ err }, 'rules sweep failed')), interval);
      this.timer.unref();
    }
  }

  /** Stops listening and waits for work in flight; the store may be closed afterwards. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    for (const off of this.unsubscribe.splice(0)) off();
    await this.idle();
    for (const connector of Object.values(this.options.connectors)) connector?.close?.();
  }

  /** Resolves once every queued reaction and send has finished (tests wait on this). */
  async idle(): Promise<void> {
    for (;;) {
      const rules = this.rulesChain;
      const send = this.sendChain;
      await Promise.all([rules, send]);
      if (this.hasRulesWork()) this.scheduleRules();
      if (rules === this.rulesChain && send === this.sendChain && !this.hasRulesWork() && this.outbox.size === 0) return;
    }
  }

  /**
   * What time alone changes: every shipment still moving (stale scans, promised dates passing),
   * SLA breaches (paged), deferred notifications that came due (from the database, so any node
   * or a restarted one sends them), and messages still waiting: queued ones not yet in flight,
   * held ones whose channel now has a connector.
   */
  sweep(): Promise<void> {
    const run = this.rulesChain.then(async () => {
      const now = this.now();
      if (this.options.sweepShipments !== false) await this.pickSweepShipments(now);
      await this.sweepSla(now);
      for (const id of await dueDeferrals(this.ctx.db, now, this.options.sweepBatch ?? defaultSweepBatch)) {
        await this.guard(`deferral ${id}`, () => runRulesWrite(this.ctx, now, (tx) => runDeferral(tx, id, now)));
      }
      const connected = channelSchema.options.filter((c): c is Channel => this.options.connectors[c] !== undefined);
      const waiting = await this.ctx.db
        .select({ id: messages.id })
        .from(messages)
        .where(
          and(
            eq(messages.direction, 'outbound'),
            or(eq(messages.deliveryStatus, 'queued'), and(eq(messages.deliveryStatus, 'held'), connected.length > 0 ? inArray(messages.channel, connected) : undefined)),
          ),
        )
        .orderBy(asc(messages.createdAt))
        .limit(this.options.sweepBatch ?? defaultSweepBatch);
      for (const { id } of waiting) this.queueSend(id);
      await pruneOutboundClaims(this.ctx.db, now);
      await this.drainRules();
    });
    this.rulesChain = run.catch((err: unknown) => this.ctx.log.error({ err }, 'rules sweep failed'));
    return run;
  }

  /** The next round-robin batch of shipments time may have changed something for (stale, late, escalating). */
  private async pickSweepShipments(now: number): Promise<void> {
    const active = await this.ctx.db
      .selectDistinct({ id: shipments.id })
      .from(shipments)
      .leftJoin(orders, eq(orders.id, shipments.orderId))
      .leftJoin(exceptions, and(eq(exceptions.shipmentId, shipments.id), notInArray(exceptions.status, ['resolved'])))
      .where(
        and(
          this.sweepCursor === null ? undefined : gt(shipments.id, this.sweepCursor),
          or(
            // Open exceptions may escalate or clear; unfinished shipments only matter once time can
            // have changed something: a promise passed, an ETA past it, or silence past a threshold.
            inArray(exceptions.status, ['open', 'acknowledged']),
            and(
              notInArray(shipments.status, ['delivered', 'returned', 'cancelled']),
              or(lt(shipments.promisedDate, now), lt(orders.promisedDate, now), gt(shipments.eta, shipments.promisedDate), lt(shipments.lastEventAt, now - this.minStaleMs())),
            ),
          ),
        ),
      )
      .orderBy(asc(shipments.id))
      .limit(this.options.sweepBatch ?? defaultSweepBatch);
    // Round-robin in id order: a huge fleet is covered over several sweeps, never in one burst.
    this.sweepCursor = active.length < (this.options.sweepBatch ?? defaultSweepBatch) ? null : (active.at(-1)?.id ?? null);
    for (const { id } of active) this.shipments.add(id);
  }

  /** SLA breaches page by page (keyset on ticket id), each page its own short write. */
  private async sweepSla(now: number): Promise<void> {
    let after: string | null = null;
    for (;;) {
      const page = await runRulesWrite(this.ctx, now, (tx) => sweepSlaBreaches(tx, now, after, this.options.slaPageSize));
      if (page.done || this.stopped) return;
      after = page.last;
    }
  }

  /** The shortest silence any mode tolerates: shipments quieter than this are worth a look. */
  private minStaleMs(): number {
    return Math.min(...Object.values({ ...defaultStaleThresholds, ...this.options.staleThresholds }).filter((v): v is number => v !== undefined));
  }

  private onCommitted(batches: readonly LiveChanges[]): void {
    if (this.stopped) return;
    for (const batch of batches) {
      for (const change of batch.rows) {
        const row = change.row;
        if (change.op !== 'upsert' || !row) continue;
        if (change.entity === 'shipments') this.shipments.add(change.id);
        if (change.entity === 'tracking_events' && typeof row.shipmentId === 'string') {
          this.shipments.add(row.shipmentId);
          const trigger = row.status === 'delivered' ? 'shipment.delivered' : row.status === 'out_for_delivery' ? 'shipment.out_for_delivery' : null;
          if (trigger) this.pendingStatusTriggers.push({ shipmentId: row.shipmentId, trigger });
        }
        if (change.entity === 'tickets') this.tickets.add(change.id);
        if (change.entity === 'messages' && row.direction === 'outbound') {
          if (typeof row.ticketId === 'string') this.tickets.add(row.ticketId);
          if (row.deliveryStatus === 'queued') this.queueSend(change.id);
        }
      }
    }
    this.scheduleRules();
  }

  /** Delivered / out-for-delivery scans, resolved to their customer when the rules chain runs. */
  private readonly pendingStatusTriggers: Array<{ shipmentId: string; trigger: 'shipment.delivered' | 'shipment.out_for_delivery' }> = [];

  private hasRulesWork(): boolean {
    return this.shipments.size + this.tickets.size + this.triggers.length + this.pendingStatusTriggers.length > 0;
  }

  private scheduleRules(): void {
    if (this.rulesScheduled || !this.hasRulesWork()) return;
    this.rulesScheduled = true;
    this.rulesChain = this.rulesChain
      .then(() => this.drainRules())
      .catch((err: unknown) => this.ctx.log.error({ err }, 'rules failed'));
  }

  /**
   * One round per loop: everything coalesced so far reacted to as one batch (reactToBatch: one
   * write-lane transaction). Should the batch fail, its pieces are retried one by one so one bad
   * shipment cannot hold up the rest.
   */
  private async drainRules(): Promise<void> {
    this.rulesScheduled = false;
    while (this.hasRulesWork()) {
      const now = this.now();
      const shipmentIds = take(this.shipments);
      const ticketIds = take(this.tickets);
      const triggers = [...this.triggers.splice(0), ...(await this.statusTriggers(this.pendingStatusTriggers.splice(0)))];
      const options = { now, staleThresholds: this.options.staleThresholds };
      const done = await this.guard('batch', () => reactToBatch(this.ctx, { shipmentIds, ticketIds, triggers }, options));
      if (done !== undefined) continue;
      for (const id of shipmentIds) await this.guard(`shipment ${id}`, () => reactToBatch(this.ctx, { shipmentIds: [id], ticketIds: [], triggers: [] }, options));
      for (const trigger of triggers) await this.guard(`notification ${trigger.event.trigger}`, () => reactToBatch(this.ctx, { shipmentIds: [], ticketIds: [], triggers: [trigger] }, options));
      for (const id of ticketIds) await this.guard(`ticket ${id}`, () => reactToBatch(this.ctx, { shipmentIds: [], ticketIds: [id], triggers: [] }, options));
    }
  }

  /** Delivered / out-for-delivery scans resolved to their customers in one query. */
  private async statusTriggers(pending: readonly { shipmentId: string; trigger: 'shipment.delivered' | 'shipment.out_for_delivery' }[]): Promise<ShipmentTrigger[]> {
    if (pending.length === 0) return [];
    const ids = [...new Set(pending.map((p) => p.shipmentId))];
    const rows = await this.ctx.db.select({ id: shipments.id, customerId: shipments.customerId }).from(shipments).where(inArray(shipments.id, ids));
    const customerOf = new Map(rows.map((r) => [r.id, r.customerId]));
    return pending.flatMap(({ shipmentId, trigger }) => {
      const customerId = customerOf.get(shipmentId);
      return customerId ? [{ event: { trigger, shipmentId, customerId, exceptionType: null }, exceptionId: null }] : [];
    });
  }

  private queueSend(messageId: string): void {
    if (this.stopped || this.sending.has(messageId) || this.outbox.has(messageId)) return;
    this.outbox.add(messageId);
    this.sendChain = this.sendChain.then(async () => {
      this.outbox.delete(messageId);
      this.sending.add(messageId);
      try {
        await this.guard(`send ${messageId}`, () =>
          sendQueuedMessage(this.ctx, this.options.connectors, messageId, this.now, this.options.retry ?? defaultRetryPolicy, {
            nodeId: this.nodeId,
            ...(this.options.claimTimeoutMs !== undefined ? { timeoutMs: this.options.claimTimeoutMs } : {}),
          }),
        );
      } finally {
        this.sending.delete(messageId);
      }
    });
  }

  /** One failing piece is logged and skipped; it must not stop the rest. */
  private async guard<T>(what: string, work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await work();
    } catch (err) {
      this.ctx.log.error({ err }, `rules: ${what} failed`);
      return undefined;
    }
  }
}

function take(set: Set<string>): string[] {
  const items = [...set];
  set.clear();
  return items;
}
