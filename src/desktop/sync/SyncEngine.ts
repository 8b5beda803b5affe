import { io, type Socket } from 'socket.io-client';
import { helloResponseSchema, liveChangesSchema, SYNC_PROTOCOL_VERSION, type LiveChanges, type Scope } from '../../core';
import { Connection, ConnectionClosedError } from './Connection';
import { hubRequest } from './hubRequest';
import { SerialQueue } from './SerialQueue';
import { pullUntilCurrent } from './pullUntilCurrent';
import { snapshotScopes } from './snapshotScopes';
import { flushOutbox } from './flushOutbox';
import { RetrySchedule } from './RetrySchedule';
import { applyLiveBatches } from './applyLiveBatches';
import { offlineSinceStore } from './offlineSinceStore';
import { writeHubState } from './writeHubState';
import { removeScopeRows } from './removeScopeRows';
import { heldSinceStore } from './heldSinceStore';
import { HydrationRunner } from './HydrationRunner';
import type { SyncEngineOptions } from './SyncEngineOptions';
import type { SyncStepContext } from './SyncStepContext';

export const SESSION_EXPIRED_MESSAGE = 'Your session has expired; sign in again';

/** socket.io's disconnect reasons, in words a support agent can act on. */
const disconnectReasons: Record<string, string> = {
  'io server disconnect': 'The hub closed the connection',
  'ping timeout': 'The hub stopped answering',
  'transport close': 'The connection to the hub was lost',
  'transport error': 'The connection to the hub failed',
};

/**
 * Keeps the replica in step with the hub over socket.io: catch-up on every connect (hello,
 * dropped scopes, snapshots, pull, flush), then live batches. Every failure (no connection,
 * catch-up or send failed, hub error, timeout) is retried on one jittered exponential backoff
 * (status `lastError` + `retryAt`), reset by a success and skipped by `reconnectNow`; socket.io's
 * own reconnection is off so there is one schedule to show. Stops for good on an auth refusal.
 */
export class SyncEngine {
  private readonly socket: Socket;
  private readonly queue: SerialQueue;
  private connection: Connection | null = null;
  private stopped = false;
  private paused = false;
  private readonly liveBacklog: { connection: Connection; batch: LiveChanges }[] = [];
  private readonly hydration: HydrationRunner;
  private readonly retry: RetrySchedule;

  constructor(private readonly options: SyncEngineOptions) {
    this.queue = new SerialQueue(options.log);
    this.retry = new RetrySchedule(options.status, options.now, options.backoff);
    const { store, hubUrl, token, dataChanged, log } = options;
    this.hydration = new HydrationRunner(() => ({ store, actor: options.actor(), access: { hubUrl, token }, dataChanged, log }));
    this.socket = io(options.hubUrl, {
      auth: { token: options.token },
      transports: ['websocket'],
      // Each core owns its connection; never share a Manager with another core in the process.
      forceNew: true,
      autoConnect: false,
      reconnection: false,
    });
    this.socket.on('connect', () => this.onConnect());
    this.socket.on('disconnect', (reason) => this.onDisconnect(reason));
    this.socket.on('connect_error', (error) => this.onConnectError(error));
    this.socket.on('changes', (batch: unknown) => this.onChanges(batch));
  }

  start(paused: boolean): void {
    this.paused = paused;
    this.options.status.set({ paused, lastError: null, retryAt: null, offlineSince: offlineSinceStore.read(this.options.store) });
    if (paused) this.goOffline();
    else this.connectNow();
  }

  /** "Work offline": disconnect and stay so; unpausing reconnects right away. */
  setPaused(paused: boolean): void {
    if (this.stopped) return;
    this.paused = paused;
    this.options.status.set({ paused });
    if (paused) {
      this.retry.cancel();
      this.socket.disconnect();
      this.goOffline();
    } else {
      // The agent asked for the hub now: no leftover wait from before the pause.
      this.retry.restart();
      this.connectNow();
    }
  }

  /** A local write was queued: send it now if we are live. */
  flushSoon(): void {
    const connection = this.connection;
    if (!connection?.live) return;
    void this.queue.run(() => this.flush(connection));
  }

  /**
   * Sleep/resume, a network change or the agent's "Retry now": the next attempt starts now
   * instead of waiting out the backoff (a reconnect when offline, a send when online).
   */
  reconnectNow(): void {
    if (this.stopped || this.paused) return;
    this.retry.cancel();
    if (this.connection?.live) this.flushSoon();
    else if (!this.socket.connected) {
      this.socket.disconnect();
      this.connectNow();
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.retry.cancel();
    // Closing while online: the replica stops hearing the hub now, whatever the next start finds.
    if (this.socket.connected) offlineSinceStore.write(this.options.store, this.options.now());
    this.connection?.close();
    this.connection = null;
    this.options.presence?.disconnected();
    this.socket.removeAllListeners();
    this.socket.disconnect();
    await this.queue.idle();
  }

  private connectNow(): void {
    this.retry.cancel();
    if (this.socket.connected) return;
    this.options.status.set({ connection: 'connecting' });
    this.socket.connect();
  }

  private goOffline(): void {
    const current = this.options.status.get();
    const since = current.offlineSince ?? offlineSinceStore.read(this.options.store) ?? this.options.now();
    if (current.offlineSince === null) offlineSinceStore.write(this.options.store, since);
    this.options.status.set({ connection: 'offline', offlineSince: since, syncing: false, progress: null });
  }

  private stepContext(connection: Connection): SyncStepContext {
    return { ...this.options, socket: this.socket, connection };
  }

  private onConnect(): void {
    if (this.stopped) return;
    this.connection?.close();
    const connection = new Connection(this.options.requestTimeoutMs);
    this.connection = connection;
    offlineSinceStore.write(this.options.store, null);
    this.options.status.set({ connection: 'online', offlineSince: null, lastError: null, retryAt: null, syncing: true });
    void this.queue.run(() => this.catchUp(connection));
  }

  private onDisconnect(reason: string): void {
    this.connection?.close();
    this.connection = null;
    this.options.presence?.disconnected();
    if (this.stopped) return;
    this.goOffline();
    // We closed it ourselves (pause, sign-out, failed catch-up): whoever did decides what comes next.
    if (reason === 'io client disconnect') return;
    this.scheduleRetry(disconnectReasons[reason] ?? `The connection to the hub was lost (${reason})`);
  }

  private onConnectError(error: Error): void {
    if (this.stopped) return;
    if (error.message.startsWith('unauthorized')) {
      // Retrying a refused token only hammers the hub: stop until the agent signs in again.
      this.retry.cancel();
      this.socket.disconnect();
      this.goOffline();
      this.options.status.set({ lastError: SESSION_EXPIRED_MESSAGE });
      return;
    }
    this.goOffline();
    this.scheduleRetry(`Cannot reach the hub (${error.message})`);
  }

  private onChanges(raw: unknown): void {
    const parsed = liveChangesSchema.safeParse(raw);
    if (!parsed.success) {
      this.options.log('ignored a malformed live batch', parsed.error.issues);
      return;
    }
    const connection = this.connection;
    if (!connection) return;
    // Batches that arrive while another step runs wait here and are applied together, in order.
    this.liveBacklog.push({ connection, batch: parsed.data });
    if (this.liveBacklog.length > 1) return;
    void this.queue.run(async () => {
      const taken = this.liveBacklog.splice(0);
      const current = this.connection;
      // Before catch-up finished (or after it failed) the next catch-up's pull brings these rows.
      if (!current || current.closed || !current.live) return;
      const batches = taken.filter((t) => t.connection === current).map((t) => t.batch);
      if (batches.length > 0) await applyLiveBatches(this.stepContext(current), batches);
      this.hydration.soon(current);
    });
  }

  private async catchUp(connection: Connection): Promise<void> {
    const ctx = this.stepContext(connection);
    const { store } = ctx;
    try {
      const hello = await hubRequest(
        this.socket,
        connection,
        'hello',
        { protocol: SYNC_PROTOCOL_VERSION, clientId: ctx.clientId, cursors: store.state.cursors() },
        helloResponseSchema,
      );
      if (connection.closed) return;
      ctx.onAgent(hello.agent);
      ctx.presence?.connected(this.socket);
      for (const scope of hello.dropped) this.forgetScope(ctx, scope);
      if (!(await snapshotScopes(ctx, hello.snapshot, (s) => this.forgetScope(ctx, s)))) return;
      await pullUntilCurrent(ctx);
      if (connection.closed) return;
      ctx.status.set({ syncing: false, progress: null });
      connection.live = true;
      await this.flush(connection);
      this.hydration.soon(connection);
    } catch (error) {
      if (error instanceof ConnectionClosedError || connection.closed) return;
      ctx.log('catch-up failed', error);
      this.socket.disconnect();
      this.goOffline();
      this.scheduleRetry(`Sync failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Sends the outbox; a failed send stays connected and is tried again after the backoff. */
  private async flush(connection: Connection): Promise<void> {
    const outcome = await flushOutbox(this.stepContext(connection));
    if (outcome.kind === 'closed' || connection.closed) return;
    if (outcome.kind === 'done') {
      this.retry.succeeded();
      return;
    }
    this.options.log('sending the outbox failed', outcome.reason);
    this.scheduleRetry(outcome.reason);
  }

  /** Removes a scope's rows and cursor (rebasing the outbox over the removal). */
  private forgetScope(ctx: SyncStepContext, scope: Scope): void {
    const entities = writeHubState(
      ctx.store,
      ctx.actor(),
      () => {
        const cursors = ctx.store.state.cursors();
        delete cursors[scope];
        ctx.store.state.setCursors(cursors);
        heldSinceStore.set(ctx.store, scope, null);
        return removeScopeRows(ctx.store, scope);
      },
      ctx.log,
    );
    ctx.dataChanged(entities);
  }

  /** Tries again after the next backoff wait: a send if still live, else a reconnect. */
  private scheduleRetry(reason: string): void {
    if (this.stopped || this.paused) return;
    this.retry.schedule(reason, () => {
      if (this.stopped || this.paused) return;
      if (this.connection?.live) this.flushSoon();
      else if (!this.socket.connected) this.connectNow();
    });
  }
}
