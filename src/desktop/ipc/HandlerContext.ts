import type { ReplicationWindow } from '../../core';
import type { DemoLogin, FirstRunAdmin } from '../../core/contract/channels/setupChannels';
import type { LocalStore } from '../db/localStore';
import type { PresenceRelay } from '../presence/PresenceRelay';
import type { NoticeBoard } from '../recovery/NoticeBoard';
import type { SessionController } from '../session/SessionController';
import type { StatusTracker } from '../status/StatusTracker';

/** What every IPC handler may use: the replica, the session and the status tracker. */
export interface HandlerContext {
  store: LocalStore;
  session: SessionController;
  status: StatusTracker;
  presence: PresenceRelay;
  /** Notices for the window, taken once (a rebuilt replica). */
  notices: NoticeBoard;
  now: () => number;
  /** What the replica keeps (reports older than it ask the hub); default: core's default window. */
  replicationWindow?: ReplicationWindow;
  /** The lead's SLA at-risk threshold (ms), cached until the automations change (cachedSlaAtRiskMs). */
  slaAtRiskMs: () => number;
  /** A fresh embedded hub's admin login, given out once (setup.firstRunAdmin). */
  firstRunAdmin?: { take(): FirstRunAdmin | null };
  /** The demo world's agent login, when the embedded hub runs it (setup.demoLogin). */
  demoLogin?: DemoLogin | null;
}
