/**
 * One connected period of the socket. Work started during it checks `closed` before each
 * write, and requests in flight are abandoned the moment it ends, so a stale answer never
 * lands after a reconnect (or after the database has been closed).
 */
export class Connection {
  closed = false;
  /** True once catch-up finished: live batches and flushes may run. */
  live = false;
  readonly cancelled: Promise<never>;
  private cancel: (error: Error) => void = () => {};

  constructor() {
    this.cancelled = new Promise<never>((_, reject) => {
      this.cancel = reject;
    });
    // Nobody may be racing against it when it fires; that is fine.
    this.cancelled.catch(() => {});
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.cancel(new ConnectionClosedError());
  }
}

export class ConnectionClosedError extends Error {
  constructor() {
    super('connection closed');
    this.name = 'ConnectionClosedError';
  }
}
