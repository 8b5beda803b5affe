import { and, asc, eq, gt, inArray, lt, notInArray, or } from 'drizzle-orm';
import { channelSchema, defaultStaleThresholds, slaAtRiskSetting, uuidv7, type Channel, type LiveChanges } from '../../core';
import type { HubContext } from '../HubContext';
import type { HubJobs } from '../jobs/HubJobs';
import { breachEventsSince } from '../automations/breachEventsSince';
import { ticketEventsOfCommit } from '../automations/ticketEventsOfCommit';
import type { TicketRuleEventRef } from '../automations/ticketRuleEventSchema';
import { dueSurveys } from '../csat/dueSurveys';
import { runSurvey } from '../csat/runSurvey';
import { pruneOutboundClaims } from '../outbound/pruneOutboundClaims';
import { exceptions, messages, orders, shipments } from '../store/schema';
import type { ShipmentTrigger } from './ShipmentTrigger';
import { dueDeferrals } from './dueDeferrals';
import { reactToBatch } from './reactToBatch';
import { resolveStatusTriggers } from './resolveStatusTriggers';
import { runDeferral } from './runDeferral';
import { runRulesWrite } from './runRulesWrite';
import { rulesWorkSchema, type RulesWork } from './rulesWorkSchema';
import { defaultSweepBatch, defaultSweepIntervalMs, type RulesOptions } from './RulesOptions';
import { SendQueue } from './SendQueue';
import { ScanHistory } from './ScanHistory';
import { sweepSlaBreaches } from './sweepSlaBreaches';
import { unsolvedTicketIds } from './unsolvedTicketIds';
import { guardRulesWork } from './guardRulesWork';

/** What ingest reports after a commit (see src/hub/ingest/ingestEvents.ts); only the ids matter here. */
export type IngestSubscription = (listener: (event: { kind: string; shipmentId?: string; ticketId?: string }) => void) => () => void;

/**
 * The hub's rules: reacts after commit to every write (lane.onCommitted) and to ingest, and
 * sweeps on a timer for what time alone changes. What commits touch is collected into sets and
 * sent as one `rules-reaction` job per round (src/hub/jobs: durable, any node with rules claims
 * it; without a job queue it runs here). Reactions run one at a time on a rules chain; sends run (SendQueue)
 * on their own chain so a slow SMTP server never holds up exception detection. Every write goes
 * through the write lane and change log.
 */
export class RulesEngine {
  private readonly shipments = new Set<string>();
  private readonly tickets = new Set<string>();
  /** Triggers to notify about (deferred ones live in the database, see dueDeferrals). */
  private readonly triggers: ShipmentTrigger[] = [];
  /** Ticket-rule events waiting for the next round. */
  private readonly ticketEvents: TicketRuleEventRef[] = [];
  /** SLA breaches recorded from here on are ticket-rule events (breachEventsSince). */
  private breachCursor: number;
  private rulesChain: Promise<void> = Promise.resolve();
  private rulesScheduled = false;
  private readonly unsubscribe: Array<() => void> = [];
  /** What commits touched since the last dispatch (the drain's own sets above are filled by `react`). */
  private readonly collected = { shipmentIds: new Set<string>(), ticketIds: new Set<string>(), triggers: [] as RulesWork['triggers'], ticketEvents: [] as TicketRuleEventRef[] };
  private dispatchChain: Promise<void> = Promise.resolve();
  private dispatchScheduled = false;
  private jobs: HubJobs | null = null;
  /** Settles once this node works the rules queue (startHub waits for it). */
  ready: Promise<void> = Promise.resolve();
  private timer: ReturnType<typeof setInterval> | undefined;
  private stopped = false;
  private sweepCursor: string | null = null;
  /** Scan histories of recently checked shipments (a round reads only new scans). */
  private readonly scans = new ScanHistory();
  readonly now: () => number;
  /** This engine's name in outbound_claims (one per process: a restart is a new node). */
  readonly nodeId: string;
  /** Outbound messages waiting to go out (held or sent), on their own chain. */
  private readonly sends: SendQueue;

  constructor(
    private readonly ctx: HubContext,
    private readonly options: RulesOptions,
  ) {
    this.now = options.now ?? ctx.now;
    this.nodeId = options.nodeId ?? `node-${uuidv7()}`;
    this.sends = new SendQueue(ctx, options, this.nodeId, this.now);
    this.breachCursor = this.now();
  }

  /** With `jobs`, reactions become jobs any node may run, and this node works that queue too. */
  start(ingest?: IngestSubscription, jobs?: HubJobs): void {
    this.jobs = jobs ?? null;
    // Many waiting reactions are claimed together and joined into one round.
    if (jobs) this.ready = jobs.workBatches('rules-reaction', rulesWorkSchema, (items) => this.react(joinWork(items.map((i) => i.data))), { batchSize: reactionJobsPerRound });
    this.unsubscribe.push(this.ctx.lane.onCommitted((batches) => this.onCommitted(batches)));
    if (ingest) {
      this.unsubscribe.push(
        ingest((event) => {
          if (event.shipmentId) this.collected.shipmentIds.add(event.shipmentId);
          if (event.ticketId) this.collected.ticketIds.add(event.ticketId);
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

  /**
   * Stops listening and waits for work in flight; the store may be closed afterwards. With jobs,
   * reactions collected but not yet run are left queued (durable) for any node, or the next start.
   */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    if (this.jobs) {
      await this.ready.catch(() => undefined);
      await this.jobs.offWork('rules-reaction');
    }
    this.stopped = true;
    for (const off of this.unsubscribe.splice(0)) off();
    if (this.jobs) {
      this.dispatchScheduled = false;
      this.scheduleRules(true);
      await Promise.all([this.dispatchChain, this.rulesChain, this.sends.chain]);
    } else {
      await this.idle();
    }
    for (const connector of Object.values(this.options.connectors)) connector?.close?.();
  }

  /**
   * Resolves once every reaction queued so far (by any node, with jobs) and every send has
   * finished (tests wait on this).
   */
  async idle(): Promise<void> {
    await this.ready;
    for (;;) {
      const rules = this.rulesChain;
      const send = this.sends.chain;
      const dispatch = this.dispatchChain;
      await Promise.all([rules, send, dispatch]);
      if (this.jobs) await this.jobs.idle(['rules-reaction']);
      // Forced: stop() waits here after it stopped listening, and what was collected must still run.
      if (this.hasCollected()) this.scheduleRules(true);
      if (this.hasRulesWork()) this.rulesChain = this.rulesChain.then(() => this.drainRules()).catch((err: unknown) => this.ctx.log.error({ err }, 'rules failed'));
      const settled = rules === this.rulesChain && send === this.sends.chain && dispatch === this.dispatchChain;
      if (settled && !this.hasCollected() && !this.hasRulesWork() && this.sends.size === 0) return;
    }
  }

  /**
   * What time alone changes: every shipment still moving (stale scans, promised dates passing),
   * SLA breaches (paged), deferred notifications and satisfaction surveys that came due (from the
   * database, so any node or a restarted one sends them), and messages still waiting: queued ones not yet in flight,
   * held ones whose channel now has a connector.
   */
  sweep(): Promise<void> {
    const run = this.rulesChain.then(async () => {
      const now = this.now();
      if (this.options.sweepShipments !== false) await this.pickSweepShipments(now);
      await this.sweepSla(now);
      for (const id of await dueDeferrals(this.ctx.db, now, this.options.sweepBatch ?? defaultSweepBatch)) {
        await guardRulesWork(this.ctx.log, `deferral ${id}`, () => runRulesWrite(this.ctx, now, (tx) => runDeferral(tx, id, now)));
      }
      for (const id of await dueSurveys(this.ctx.db, now, this.options.sweepBatch ?? defaultSweepBatch)) {
        await guardRulesWork(this.ctx.log, `survey ${id}`, () => this.ctx.lane.transact(async (tx) => ({ value: null, batches: await runSurvey(this.ctx, tx, id, now) })));
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
      if (page.done || this.stopped) break;
      after = page.last;
    }
    const breaches = await breachEventsSince(this.ctx.db, this.breachCursor);
    this.breachCursor = breaches.next;
    this.ticketEvents.push(...breaches.events);
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
        if (change.entity === 'teams' || change.entity === 'sla_policies') this.retime(change.entity === 'teams' ? change.id : null);
        // A new at-risk threshold (or a removed automation) moves every running ticket's at-risk instant.
        if (change.entity === 'automations' && (!row || row.trigger === slaAtRiskSetting.trigger)) this.retime(null);
        if (change.op !== 'upsert' || !row) continue;
        if (change.entity === 'shipments') this.collected.shipmentIds.add(change.id);
        if (change.entity === 'tracking_events' && typeof row.shipmentId === 'string') {
          this.collected.shipmentIds.add(row.shipmentId);
          const trigger = row.status === 'delivered' ? 'shipment.delivered' : row.status === 'out_for_delivery' ? 'shipment.out_for_delivery' : null;
          if (trigger) this.collected.triggers.push({ shipmentId: row.shipmentId, trigger });
        }
        if (change.entity === 'tickets') this.collected.ticketIds.add(change.id);
        // Only shipmentAction.settle writes a final state, once (the first final answer wins).
        if (change.entity === 'shipment_actions' && typeof row.shipmentId === 'string' && (row.state === 'accepted' || row.state === 'refused' || row.state === 'failed')) {
          this.collected.triggers.push({ shipmentId: row.shipmentId, trigger: 'shipment_action.settled', actionId: change.id });
        }
        if (change.entity === 'messages' && row.direction === 'outbound') {
          if (typeof row.ticketId === 'string') this.collected.ticketIds.add(row.ticketId);
          if (row.deliveryStatus === 'queued') this.queueSend(change.id);
        }
      }
    }
    this.collected.ticketEvents.push(...ticketEventsOfCommit(batches, this.now()));
    this.scheduleRules();
  }

  /**
   * A team's hours, the SLA policy or the at-risk threshold changed: that team's (for a policy, every team's) unsolved
   * tickets get their clocks again, on the dispatch chain so idle() waits for it.
   */
  private retime(teamId: string | null): void {
    this.dispatchChain = this.dispatchChain
      .then(async () => {
        for (const id of await unsolvedTicketIds(this.ctx.db, teamId)) this.collected.ticketIds.add(id);
        this.scheduleRules();
      })
      .catch((err: unknown) => this.ctx.log.error({ err }, 'rules: re-timing SLA clocks failed'));
  }

  /** Delivered / out-for-delivery scans and settled actions, resolved to their customer when the rules chain runs. */
  private readonly pendingStatusTriggers: RulesWork['triggers'] = [];

  private hasRulesWork(): boolean {
    return this.shipments.size + this.tickets.size + this.triggers.length + this.pendingStatusTriggers.length + this.ticketEvents.length > 0;
  }

  private hasCollected(): boolean {
    return this.collected.shipmentIds.size + this.collected.ticketIds.size + this.collected.triggers.length + this.collected.ticketEvents.length > 0;
  }

  /**
   * Sends what was collected as one job, on the next turn of the event loop so the events of one
   * commit (and of one ingest delivery's emits) travel together; while a send is in flight, more
   * collects for the next one. Without jobs the work runs here, as before. `force` runs even stopped.
   */
  private scheduleRules(force = false): void {
    if ((this.stopped && !force) || this.dispatchScheduled || !this.hasCollected()) return;
    this.dispatchScheduled = true;
    this.dispatchChain = this.dispatchChain
      .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
      .then(async () => {
        this.dispatchScheduled = false;
        const work: RulesWork = {
          shipmentIds: take(this.collected.shipmentIds),
          ticketIds: take(this.collected.ticketIds),
          triggers: this.collected.triggers.splice(0),
          ticketEvents: this.collected.ticketEvents.splice(0),
        };
        if (this.jobs) await this.jobs.send('rules-reaction', work);
        else void this.react(work).catch(() => undefined);
      })
      .catch((err: unknown) => this.ctx.log.error({ err }, 'rules: queuing a reaction failed'));
  }

  /**
   * One reaction round on this node's rules chain: the job's work joins whatever this node has
   * coalesced, and the drain reacts to all of it as one batch (reactToBatch).
   */
  private react(work: RulesWork): Promise<void> {
    const run = this.rulesChain.then(() => {
      for (const id of work.shipmentIds) this.shipments.add(id);
      for (const id of work.ticketIds) this.tickets.add(id);
      this.pendingStatusTriggers.push(...work.triggers);
      this.ticketEvents.push(...work.ticketEvents);
      return this.drainRules();
    });
    this.rulesChain = run.catch((err: unknown) => this.ctx.log.error({ err }, 'rules failed'));
    return run;
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
      const triggers = [...this.triggers.splice(0), ...(await resolveStatusTriggers(this.ctx.db, this.pendingStatusTriggers.splice(0)))];
      const ticketEvents = this.ticketEvents.splice(0);
      const options = { now, staleThresholds: this.options.staleThresholds, scans: this.scans };
      const done = await guardRulesWork(this.ctx.log, 'batch', () => reactToBatch(this.ctx, { shipmentIds, ticketIds, triggers, ticketEvents }, options));
      if (done !== undefined) continue;
      for (const id of shipmentIds) await guardRulesWork(this.ctx.log, `shipment ${id}`, () => reactToBatch(this.ctx, { shipmentIds: [id], ticketIds: [], triggers: [] }, options));
      for (const trigger of triggers) await guardRulesWork(this.ctx.log, `notification ${trigger.event.trigger}`, () => reactToBatch(this.ctx, { shipmentIds: [], ticketIds: [], triggers: [trigger] }, options));
      for (const id of ticketIds) await guardRulesWork(this.ctx.log, `ticket ${id}`, () => reactToBatch(this.ctx, { shipmentIds: [], ticketIds: [id], triggers: [] }, options));
      for (const event of ticketEvents) await guardRulesWork(this.ctx.log, `ticket rule ${event.event}`, () => reactToBatch(this.ctx, { shipmentIds: [], ticketIds: [], triggers: [], ticketEvents: [event] }, options));
    }
  }

  private queueSend(messageId: string): void {
    if (!this.stopped) this.sends.add(messageId);
  }
}

/** Rule-reaction jobs claimed at once and joined into one round. */
const reactionJobsPerRound = 50;

/** Several reactions' work as one: the union of their ids, their triggers in order. */
function joinWork(works: readonly RulesWork[]): RulesWork {
  return {
    shipmentIds: [...new Set(works.flatMap((w) => w.shipmentIds))],
    ticketIds: [...new Set(works.flatMap((w) => w.ticketIds))],
    triggers: works.flatMap((w) => w.triggers),
    ticketEvents: works.flatMap((w) => w.ticketEvents),
  };
}

function take(set: Set<string>): string[] {
  const items = [...set];
  set.clear();
  return items;
}
