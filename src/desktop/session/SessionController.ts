import type { Actor, AgentRow, EntityName, SyncStatus } from '../../core';
import type { LocalStore } from '../db/localStore';
import type { EventHub } from '../events/EventHub';
import { IpcFailure } from '../ipc/IpcFailure';
import type { PresenceLink } from '../presence/PresenceLink';
import type { StatusTracker } from '../status/StatusTracker';
import { SyncEngine } from '../sync/SyncEngine';
import type { Logger } from '../sync/Logger';
import { checkHubUrl } from './checkHubUrl';
import { loginToHub } from './loginToHub';
import type { TokenStore } from './TokenStore';
import { wipeReplica } from './wipeReplica';

/** What a session stores instead of an address when it is signed in to the app's embedded hub. */
const EMBEDDED_HUB = 'embedded:';

export interface SessionView {
  hubUrl: string | null;
  agent: AgentRow | null;
}

/** Who is signed in to which hub, and the sync engine that runs while they are. */
export class SessionController {
  private engine: SyncEngine | null = null;
  private paused = false;

  constructor(
    private readonly deps: {
      store: LocalStore;
      tokenStore: TokenStore;
      status: StatusTracker;
      events: EventHub;
      defaultHubUrl: string | null;
      hubIsEmbedded: boolean;
      presence?: PresenceLink;
      now: () => number;
      log: Logger;
    },
  ) {}

  view(): SessionView {
    const stored = this.deps.store.state.session();
    const signedIn = stored !== null && this.deps.tokenStore.load() !== null;
    return { hubUrl: stored ? this.addressOf(stored.hubUrl) : this.deps.defaultHubUrl, agent: signedIn ? stored.agent : null };
  }

  /** The stored hub reference as an address to connect to (null: the embedded hub is not running). */
  private addressOf(hubRef: string): string | null {
    return hubRef === EMBEDDED_HUB ? (this.deps.hubIsEmbedded ? this.deps.defaultHubUrl : null) : hubRef;
  }

  actor(): Actor | null {
    const agent = this.view().agent;
    return agent ? { agentId: agent.id, role: agent.role, teamId: agent.teamId } : null;
  }

  /** Address and token for a direct hub request (history fetch); null when signed out or the hub is unknown. */
  hubAccess(): { hubUrl: string; token: string } | null {
    const stored = this.deps.store.state.session();
    const token = this.deps.tokenStore.load();
    const hubUrl = stored ? this.addressOf(stored.hubUrl) : null;
    return stored && token && hubUrl ? { hubUrl, token } : null;
  }

  /** On start: a stored session and token resume sync with no sign-in. */
  resume(): void {
    this.deps.status.set({ ...this.deps.store.outbox.counts() });
    this.startSync();
  }

  async signIn(input: { hubUrl?: string | undefined; email: string; password: string }): Promise<SessionView> {
    const stored = this.deps.store.state.session();
    const raw = input.hubUrl ?? this.deps.defaultHubUrl ?? stored?.hubUrl ?? null;
    if (!raw) throw new IpcFailure('invalid_input', 'hubUrl: enter the hub address');
    const hubUrl = checkHubUrl(raw);
    const { token, agent } = await loginToHub(hubUrl, input.email, input.password);
    const embedded = this.deps.hubIsEmbedded && hubUrl === this.deps.defaultHubUrl?.replace(/\/+$/, '');
    const hubRef = embedded ? EMBEDDED_HUB : hubUrl;
    await this.stopSync();
    if (stored && (stored.agent.id !== agent.id || stored.hubUrl !== hubRef)) {
      // Another agent's (or hub's) rows must never show under this sign-in.
      wipeReplica(this.deps.store);
      this.dataChanged(['teams', 'agents', 'customers', 'tickets', 'messages']);
    }
    this.deps.store.state.setSession({ hubUrl: hubRef, agent });
    this.deps.tokenStore.save(token);
    this.deps.status.set({ lastError: null, ...this.deps.store.outbox.counts() });
    this.startSync();
    return { hubUrl, agent };
  }

  async signOut(): Promise<void> {
    await this.stopSync();
    this.deps.tokenStore.save(null);
    this.deps.status.set({ connection: 'signed_out', offlineSince: null, syncing: false, progress: null, lastError: null });
  }

  async setPaused(paused: boolean): Promise<SyncStatus> {
    this.paused = paused;
    this.deps.status.set({ paused });
    this.engine?.setPaused(paused);
    return this.deps.status.get();
  }

  /** Sleep/resume, network change or the agent's "retry now": skip the reconnect backoff. */
  reconnectNow(): SyncStatus {
    this.engine?.reconnectNow();
    return this.deps.status.get();
  }

  /** A local write landed: tell the renderer and send it if online. */
  localWrite(entities: EntityName[]): void {
    this.deps.status.set({ ...this.deps.store.outbox.counts() });
    this.dataChanged(entities);
    this.engine?.flushSoon();
  }

  async close(): Promise<void> {
    await this.stopSync();
  }

  private startSync(): void {
    const stored = this.deps.store.state.session();
    const token = this.deps.tokenStore.load();
    const hubUrl = stored ? this.addressOf(stored.hubUrl) : null;
    if (!stored || !token || !hubUrl || this.engine) return;
    const engine = new SyncEngine({
      store: this.deps.store,
      hubUrl,
      token,
      clientId: this.deps.store.state.clientId(),
      actor: () => this.actor(),
      onAgent: (agent) => {
        const current = this.deps.store.state.session();
        if (current && JSON.stringify(current.agent) !== JSON.stringify(agent)) this.deps.store.state.setSession({ ...current, agent });
      },
      status: this.deps.status,
      dataChanged: (entities) => this.dataChanged(entities),
      presence: this.deps.presence,
      now: this.deps.now,
      log: this.deps.log,
    });
    this.engine = engine;
    engine.start(this.paused);
  }

  private async stopSync(): Promise<void> {
    const engine = this.engine;
    this.engine = null;
    if (engine) await engine.stop();
  }

  private dataChanged(entities: EntityName[]): void {
    if (entities.length > 0) this.deps.events.emit('data.changed', { entities: [...new Set(entities)] });
  }
}
