import { waitFor } from '../../fixtures/desktop/waitFor';

/** `waitFor` with a short interval: the property test waits for convergence hundreds of times. */
export function pollUntil<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  return waitFor(what, probe, timeoutMs, 5);
}
