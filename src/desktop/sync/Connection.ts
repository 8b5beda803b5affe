/**
 * One connected period of the socket. Work started during it checks `closed` before each
 * write, and requests in flight are abandoned the moment it ends, so a stale answer never
 * lands after a reconnect (or after the database has been closed).
 */
export class Connection {
  closed = false;

  /** @param requestTimeoutMs how long a request may wait for the hub's answer before it fails. */
  constructor(readonly requestTimeoutMs = 20_000) {}

  /** True once catch-up finished: live batches and flushes may run. */
  live = false;
  // Per-request listeners, removed when the request settles. (Racing every request against one
  // long-lived promise kept each answer reachable from it: ~400 bytes per synced row.)
  private readonly closeListeners = new Set<() => void>();

  /** Calls `listener` once when the connection ends (at once if it has); returns the unsubscribe. */
  onClose(listener: () => void): () => void {
    if (this.closed) {
      listener();
      return () => {};
    }
    this.closeListeners.add(listener);
    return () => {
      this.closeListeners.delete(listener);
    };
  }

  /** Requests waiting on this connection right now. */
  get waiting(): number {
    return this.closeListeners.size;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    const listeners = [...this.closeListeners];
    this.closeListeners.clear();
    for (const listener of listeners) listener();
  }
}

export class ConnectionClosedError extends Error {
  constructor() {
    super('connection closed');
    this.name = 'ConnectionClosedError';
  }
}
