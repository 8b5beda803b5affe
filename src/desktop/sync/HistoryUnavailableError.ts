/** Why older rows could not be fetched from the hub: offline, not there (or not yours), refused, or a hub fault. */
export class HistoryUnavailableError extends Error {
  constructor(
    readonly reason: 'offline' | 'not_found' | 'unauthorized' | 'failed',
    message: string,
  ) {
    super(message);
    this.name = 'HistoryUnavailableError';
  }
}
