import type { Actor, AgentRow, EntityName } from '../../core';
import type { LocalStore } from '../db/localStore';
import type { Logger } from '../log/Logger';
import type { PresenceLink } from '../presence/PresenceLink';
import type { StatusTracker } from '../status/StatusTracker';
import type { BackoffPolicy } from './RetryBackoff';

/** What a SyncEngine is started with: the replica, the hub to follow and the desktop's callbacks. */
export interface SyncEngineOptions {
  store: LocalStore;
  hubUrl: string;
  token: string;
  clientId: string;
  actor(): Actor | null;
  /** The hub's current view of the signed-in agent (from hello). */
  onAgent(agent: AgentRow): void;
  status: StatusTracker;
  dataChanged(entities: EntityName[]): void;
  /** Told when the socket can carry presence (after hello) and when it no longer can. */
  presence?: PresenceLink | undefined;
  now(): number;
  log: Logger;
  /** Waits between automatic attempts after a failure; default 1 s doubling up to 60 s, jittered. */
  backoff?: BackoffPolicy;
  /** How long one request may wait for the hub's answer; default 20 s. */
  requestTimeoutMs?: number;
}
