/**
 * A light per-IP limit on the public survey page (memory, per node): at most `limit` requests
 * per window, counted from the IP's first request in it. Entries expire with their window, so
 * memory stays bounded by the traffic of one window.
 */
export class SurveyRateLimit {
  private readonly hits = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly limit = 60,
    private readonly windowMs = 10 * 60_000,
  ) {}

  /** Counts one request; the seconds to wait when over the limit, else null. */
  take(ip: string, now: number): number | null {
    if (this.hits.size > 10_000) for (const [key, hit] of this.hits) if (hit.resetAt <= now) this.hits.delete(key);
    const hit = this.hits.get(ip);
    if (!hit || hit.resetAt <= now) {
      this.hits.set(ip, { count: 1, resetAt: now + this.windowMs });
      return null;
    }
    if (hit.count >= this.limit) return Math.ceil((hit.resetAt - now) / 1000);
    hit.count += 1;
    return null;
  }
}
