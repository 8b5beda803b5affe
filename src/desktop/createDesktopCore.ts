import { defaultReplicationWindow, type IpcChannel, type IpcEventName, type IpcEventPayload, type IpcReply, type ReplicationWindow } from '../core';
import type { DemoLogin, FirstRunAdmin } from '../core/contract/channels/setupChannels';
import { EventHub } from './events/EventHub';
import { createIpcHandlers } from './ipc/createIpcHandlers';
import { dispatchIpc } from './ipc/dispatchIpc';
import type { Logger } from './log/Logger';
import { PresenceRelay } from './presence/PresenceRelay';
import type { PruneReport } from './prune/pruneReplica';
import { ReplicaPruner } from './prune/ReplicaPruner';
import { cachedSlaAtRiskMs } from './queries/tickets/cachedSlaAtRiskMs';
import { guardDiskFull } from './recovery/guardDiskFull';
import { NoticeBoard } from './recovery/NoticeBoard';
import { openStoreWithRecovery } from './recovery/openStoreWithRecovery';
import { memoryTokenStore } from './session/memoryTokenStore';
import { SessionController } from './session/SessionController';
import type { TokenStore } from './session/TokenStore';
import { OneTimeSecret } from './setup/OneTimeSecret';
import { StatusTracker } from './status/StatusTracker';

export type { TokenStore } from './session/TokenStore';

export interface DesktopCoreOptions {
  /** SQLite file of the replica (':memory:' allowed in unit tests). */
  dbPath: string;
  /** Default hub address used by session.signIn when the input has none. */
  hubUrl?: string | null;
  /**
   * `hubUrl` is this app's own embedded hub, whose port changes from run to run: a session
   * signed in to it follows it to its new address instead of losing it. Default false.
   */
  hubIsEmbedded?: boolean;
  /** Default: in-memory (Electron passes a safeStorage-backed one; browser mode a 0600 file). */
  tokenStore?: TokenStore;
  now?: () => number;
  /** Where migrations/local lives when bundled; default resolves from this source file. */
  migrationsFolder?: string;
  /** Diagnostics sink; default console.warn. */
  log?: Logger;
  /** The hub's replication window, which the prune keeps; default core's defaultReplicationWindow. */
  replicationWindow?: ReplicationWindow;
  /** Caps the replica file (SQLite max_page_count): a quota, and how tests reproduce a full disk. */
  replicaMaxBytes?: number;
  /** The admin login of an embedded hub created on this run: the window shows it once (setup.firstRunAdmin). */
  firstRunAdmin?: FirstRunAdmin | null;
  /** The demo world's agent login, when the embedded hub runs it: the sign-in screen suggests it. */
  demoLogin?: DemoLogin | null;
}

export interface DesktopCore {
  /** Validates channel + input with the core ipcContract; never throws. */
  invoke(channel: string, input: unknown): Promise<IpcReply<IpcChannel>>;
  on<E extends IpcEventName>(event: E, listener: (payload: IpcEventPayload<E>) => void): () => void;
  /** Removes replica rows that left the window now (it also runs after the first sync and daily). */
  pruneNow(): Promise<PruneReport>;
  /** Stops sync, closes the db. */
  close(): Promise<void>;
}

/** The app's local backend: replica, sync and the IPC contract's handlers, hosted by Electron or Node. */
export async function createDesktopCore(options: DesktopCoreOptions): Promise<DesktopCore> {
  const now = options.now ?? Date.now;
  const log = options.log ?? ((message: string, detail?: unknown) => console.warn(`[relay desktop] ${message}`, detail ?? ''));
  const { store, recovery } = openStoreWithRecovery(options.dbPath, { migrationsFolder: options.migrationsFolder, now, log });
  if (options.replicaMaxBytes !== undefined) {
    const pageSize = Number(store.sqlite.pragma('page_size', { simple: true }));
    store.sqlite.pragma(`max_page_count = ${Math.max(1, Math.floor(options.replicaMaxBytes / pageSize))}`);
  }
  const notices = new NoticeBoard();
  if (recovery) notices.post({ kind: 'replica_rebuilt', message: recovery.message, detail: `The damaged file is kept at ${recovery.keptAt} for support.` });
  const events = new EventHub();
  const status = new StatusTracker((s) => events.emit('sync.status', s));
  const presence = new PresenceRelay({ changed: (ticketId) => events.emit('presence.changed', { ticketId }), now, log });
  const session = new SessionController({
    store,
    tokenStore: options.tokenStore ?? memoryTokenStore(),
    status,
    events,
    defaultHubUrl: options.hubUrl ?? null,
    hubIsEmbedded: options.hubIsEmbedded ?? false,
    presence,
    now,
    log,
  });
  const handlers = guardDiskFull(createIpcHandlers({ store, session, status, presence, notices, now, replicationWindow: options.replicationWindow, slaAtRiskMs: cachedSlaAtRiskMs(store.db, events), firstRunAdmin: new OneTimeSecret(options.firstRunAdmin ?? null), demoLogin: options.demoLogin ?? null }));
  const pruner = new ReplicaPruner({
    store,
    window: options.replicationWindow ?? defaultReplicationWindow,
    now,
    busy: () => status.get().syncing,
    dataChanged: (entities) => events.emit('data.changed', { entities }),
    log,
  });
  events.on('sync.status', (s) => pruner.statusChanged(s));
  session.resume();
  let closed: Promise<void> | null = null;
  return {
    invoke: (channel, input) =>
      closed
        ? Promise.resolve({ ok: false, error: { code: 'failed', message: 'The desktop core is closed.' } })
        : dispatchIpc(handlers, channel, input),
    on: (event, listener) => events.on(event, listener),
    pruneNow: () => pruner.runNow(),
    close() {
      closed ??= Promise.all([pruner.close(), session.close()]).then(() => {
        presence.close();
        store.close();
      });
      return closed;
    },
  };
}
