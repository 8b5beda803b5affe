import type { AgentActor, AgentRow, EntityName, SyncStatus } from '../../core';
import type { PendingSummary } from '../../core/contract/channels/sessionChannels';
import type { LocalStore } from '../db/localStore';
import type { EventHub } from '../events/EventHub';
import { IpcFailure } from '../ipc/IpcFailure';
import { parkedOutbox } from '../outbox/parkedOutbox';
import type { PresenceLink } from '../presence/PresenceLink';
import type { StatusTracker } from '../status/StatusTracker';
import { SESSION_EXPIRED_MESSAGE, SyncEngine } from '../sync/SyncEngine';
import type { Logger } from '../log/Logger';
import { buildPendingExport } from './buildPendingExport';
import { changeHubPassword } from './changeHubPassword';
import { changesPhrase } from './changesPhrase';
import { handOverReplica } from './handOverReplica';
import { checkHubUrl } from './checkHubUrl';
import { loginToHub } from './loginToHub';
import { logoutFromHub } from './logoutFromHub';
import { SESSION_ENDED_MESSAGE } from './sessionEndedMessage';
import type { TokenStore } from './TokenStore';
import { waitForOutboxDrain } from './waitForOutboxDrain';

/** What a session stores instead of an address when it is signed in to the app's embedded hub. */
const EMBEDDED_HUB = 'embedded:';

export interface SessionView {
  hubUrl: string | null;
  agent: AgentRow | null;
}

const actorOf = (agent: AgentRow): AgentActor => ({ agentId: agent.id, role: agent.role, teamId: agent.teamId });

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
  ) {
    // The hub refused the token (revoked, password changed, agent deactivated): the session is over.
    deps.events.on('sync.status', (status) => {
      if (status.lastError === SESSION_EXPIRED_MESSAGE && this.engine) void this.endSession();
    });
  }

  view(): SessionView {
    const stored = this.deps.store.state.session();
    const signedIn = stored !== null && this.deps.tokenStore.load() !== null;
    return { hubUrl: stored ? this.addressOf(stored.hubUrl) : this.deps.defaultHubUrl, agent: signedIn ? stored.agent : null };
  }

  /** The stored hub reference as an address to connect to (null: the embedded hub is not running). */
  private addressOf(hubRef: string): string | null {
    return hubRef === EMBEDDED_HUB ? (this.deps.hubIsEmbedded ? this.deps.defaultHubUrl : null) : hubRef;
  }

  actor(): AgentActor | null {
    const agent = this.view().agent;
    return agent ? actorOf(agent) : null;
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

  async signIn(input: { hubUrl?: string | undefined; email: string; password: string }): Promise<SessionView & { notice: string | null }> {
    const stored = this.deps.store.state.session();
    const raw = input.hubUrl ?? this.deps.defaultHubUrl ?? stored?.hubUrl ?? null;
    if (!raw) throw new IpcFailure('invalid_input', 'hubUrl: enter the hub address');
    const hubUrl = checkHubUrl(raw);
    const { token, agent } = await loginToHub(hubUrl, input.email, input.password);
    const embedded = this.deps.hubIsEmbedded && hubUrl === this.deps.defaultHubUrl?.replace(/\/+$/, '');
    const hubRef = embedded ? EMBEDDED_HUB : hubUrl;
    await this.stopSync();
    // Another agent's (or hub's) rows must never show, nor their changes go out, under this sign-in.
    const switching = stored !== null && (stored.agent.id !== agent.id || stored.hubUrl !== hubRef);
    const from = switching ? { agentId: stored.agent.id, name: stored.agent.name, hubRef: stored.hubUrl } : null;
    const handed = this.deps.store.transaction(() => {
      const result = handOverReplica(this.deps.store, from, { agentId: agent.id, hubRef, actor: actorOf(agent) }, this.deps.now(), this.deps.log);
      // After the hand-over: a wipe clears the stored session with the rest.
      this.deps.store.state.setSession({ hubUrl: hubRef, agent });
      return result;
    });
    this.dataChanged(handed.entities);
    this.deps.tokenStore.save(token);
    this.deps.status.set({ lastError: null, ...this.deps.store.outbox.counts() });
    this.startSync();
    return { hubUrl, agent, notice: handed.notice };
  }

  /** For the sign-out dialog: how much is unsent and whether it can be sent right now. */
  pendingSummary(): PendingSummary {
    const unsent = this.deps.store.outbox.unsentCount();
    const status = this.deps.status.get();
    const reason = !this.engine
      ? 'You are signed out, so nothing can be sent now.'
      : status.paused
        ? 'Work offline is on: switch it off to send.'
        : status.connection !== 'online'
          ? 'The hub cannot be reached right now.'
          : null;
    return { unsent, canSendNow: reason === null, cannotSendReason: reason };
  }

  /**
   * Signs out without losing work: unsent changes are sent first ('send', waiting for the hub's
   * answers) or parked for this agent ('keep'); with neither, it refuses and says how many.
   * The hub is asked to revoke the token (all the agent's tokens: `everywhere`); offline, the
   * sign-out still happens here and `revoked` is false.
   */
  async signOut(input: { everywhere?: boolean; pending?: 'send' | 'keep' | undefined } = {}): Promise<{ ok: true; revoked: boolean }> {
    const unsent = this.deps.store.outbox.unsentCount();
    if (unsent > 0 && input.pending === undefined) {
      throw new IpcFailure('invalid_input', `pending: ${changesPhrase(unsent)} not sent yet; choose "send" (send them now) or "keep" (keep them for later).`);
    }
    if (unsent > 0 && input.pending === 'send') {
      const summary = this.pendingSummary();
      if (!summary.canSendNow) throw new IpcFailure('offline', summary.cannotSendReason ?? 'Cannot send now.');
      await waitForOutboxDrain({ store: this.deps.store, status: this.deps.status, flush: () => this.engine?.flushSoon() });
    }
    const access = this.hubAccess();
    const stored = this.deps.store.state.session();
    await this.stopSync();
    if (input.pending === 'keep' && stored) {
      const owner = { agentId: stored.agent.id, name: stored.agent.name, hubRef: stored.hubUrl };
      const { entities } = parkedOutbox.park(this.deps.store, owner, actorOf(stored.agent), this.deps.now(), this.deps.log);
      this.dataChanged(entities);
    }
    const revoked = access ? await logoutFromHub(access, input.everywhere ?? false, this.deps.log) : false;
    this.deps.tokenStore.save(null);
    this.deps.status.set({ connection: 'signed_out', offlineSince: null, syncing: false, progress: null, lastError: null, ...this.deps.store.outbox.counts() });
    return { ok: true, revoked };
  }

  /** The unsent changes as a JSON file (nothing changes; the agent still chooses how to sign out). */
  exportPending(): { fileName: string; content: string; count: number } {
    const stored = this.deps.store.state.session();
    if (!stored) throw new IpcFailure('unauthorized', 'Sign in first.');
    return buildPendingExport(stored, this.addressOf(stored.hubUrl) ?? stored.hubUrl, this.deps.store.outbox.all(), this.deps.now());
  }

  /**
   * Changes the password on the hub and carries on with the fresh token. Sync pauses meanwhile:
   * the hub revokes the old token at once, and a reconnect with it would end the session.
   */
  async changePassword(input: { currentPassword: string; newPassword: string }): Promise<{ ok: true }> {
    const access = this.hubAccess();
    const stored = this.deps.store.state.session();
    if (!access || !stored) throw new IpcFailure('unauthorized', 'Sign in first.');
    await this.stopSync();
    try {
      const { token, agent } = await changeHubPassword(access, input);
      this.deps.store.state.setSession({ ...stored, agent });
      this.deps.tokenStore.save(token);
    } finally {
      this.startSync();
    }
    return { ok: true };
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

  /** The hub no longer accepts the token: back to sign-in, the outbox kept for this agent. */
  private async endSession(): Promise<void> {
    await this.stopSync();
    this.deps.tokenStore.save(null);
    this.deps.status.set({ connection: 'signed_out', offlineSince: null, syncing: false, progress: null, lastError: SESSION_ENDED_MESSAGE });
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
