/** Why the shell asks the core to try the hub now. */
export type ReconnectCause = 'resume' | 'unlock-screen' | 'network-online';

/** The Electron parts this needs, injected (powerMonitor, net.isOnline, timers) so tests run without Electron. */
export interface ReconnectTriggerDeps {
  /** powerMonitor.on; returns the matching off. */
  onPowerEvent(event: 'resume' | 'unlock-screen', listener: () => void): () => void;
  /** net.isOnline(): false means surely offline; true only means a network interface is up. */
  isOnline(): boolean;
  /** Calls the core's `sync.reconnectNow` (a no-op there when already connected). */
  reconnect(cause: ReconnectCause): void;
  /** setInterval; returns the matching clear. */
  every(ms: number, tick: () => void): () => void;
  now(): number;
  log(message: string): void;
}

/** How often the network state is sampled (Electron has no change event in the main process). */
export const NETWORK_POLL_MS = 3_000;
/** Resume and unlock usually arrive together: one reconnect is enough. */
const COALESCE_MS = 2_000;

/**
 * After sleep, a screen unlock or when the network comes back, the sync engine may be waiting out
 * its reconnect backoff (or hold a socket the OS silently killed): this asks it to try now.
 */
export class ReconnectTrigger {
  private stops: (() => void)[] = [];
  private lastOnline: boolean | null = null;
  private lastAskedAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly deps: ReconnectTriggerDeps) {}

  start(): void {
    if (this.stops.length > 0) return;
    this.lastOnline = this.deps.isOnline();
    this.stops = [
      this.deps.onPowerEvent('resume', () => this.ask('resume')),
      this.deps.onPowerEvent('unlock-screen', () => this.ask('unlock-screen')),
      this.deps.every(NETWORK_POLL_MS, () => this.sampleNetwork()),
    ];
  }

  stop(): void {
    for (const stop of this.stops.splice(0)) stop();
  }

  private sampleNetwork(): void {
    const online = this.deps.isOnline();
    const cameBack = this.lastOnline === false && online;
    this.lastOnline = online;
    if (cameBack) this.ask('network-online');
  }

  private ask(cause: ReconnectCause): void {
    const now = this.deps.now();
    if (now - this.lastAskedAt < COALESCE_MS) return;
    this.lastAskedAt = now;
    this.deps.log(`reconnecting now (${cause})`);
    this.deps.reconnect(cause);
  }
}
