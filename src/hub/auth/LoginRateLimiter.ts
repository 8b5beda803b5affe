export const LOGIN_MAX_FAILURES = 5;
export const LOGIN_WINDOW_MS = 10 * 60 * 1000;
/** Bounds memory under a flood of distinct emails; the oldest entries go first. */
const MAX_TRACKED_EMAILS = 10_000;

export type LoginGate = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Failed sign-ins per email in a sliding window: after 5 failures within 10 minutes the email
 * is refused until the oldest of those falls out of the window. In memory, per hub node (a
 * caller spreading attempts over N nodes gets N×5; acceptable against password guessing
 * given argon2's cost, and needs no shared state).
 */
export class LoginRateLimiter {
  private readonly failures = new Map<string, number[]>();

  check(email: string, now: number): LoginGate {
    const recent = this.recent(email, now);
    if (recent.length < LOGIN_MAX_FAILURES) return { allowed: true };
    const oldest = recent[recent.length - LOGIN_MAX_FAILURES] ?? now;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + LOGIN_WINDOW_MS - now) / 1000)) };
  }

  recordFailure(email: string, now: number): void {
    const key = normalise(email);
    const recent = [...this.recent(key, now), now];
    this.failures.delete(key);
    this.failures.set(key, recent);
    if (this.failures.size > MAX_TRACKED_EMAILS) {
      const oldestKey = this.failures.keys().next().value;
      if (oldestKey !== undefined) this.failures.delete(oldestKey);
    }
  }

  /** A successful sign-in clears the email's failures. */
  reset(email: string): void {
    this.failures.delete(normalise(email));
  }

  private recent(email: string, now: number): number[] {
    const key = normalise(email);
    const kept = (this.failures.get(key) ?? []).filter((at) => at > now - LOGIN_WINDOW_MS);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }
}

function normalise(email: string): string {
  return email.trim().toLowerCase();
}
