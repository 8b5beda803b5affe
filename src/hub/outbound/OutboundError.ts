/**
 * A failed send. `permanent` means retrying cannot help (bad address, rejected by the
 * provider); transient ones (timeouts, 4xx SMTP, 5xx HTTP) are retried with backoff.
 */
export class OutboundError extends Error {
  readonly permanent: boolean;

  constructor(message: string, permanent: boolean) {
    super(message);
    this.name = 'OutboundError';
    this.permanent = permanent;
  }
}
