// A token bucket per client: `perMinute` requests in a burst, refilled evenly over a minute.
// The clock is passed in, so tests need no waiting.

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
    /** Clients remembered at most (the oldest are forgotten first). */
    private readonly maxClients = 10_000,
  ) {}

  /** True when `client` may make a request now (and counts it). */
  take(client: string): boolean {
    const now = this.now();
    const b = this.buckets.get(client) ?? { tokens: this.perMinute, at: now };
    b.tokens = Math.min(this.perMinute, b.tokens + ((now - b.at) / 60_000) * this.perMinute);
    b.at = now;
    const ok = b.tokens >= 1;
    if (ok) b.tokens -= 1;
    this.buckets.delete(client);
    this.buckets.set(client, b);
    if (this.buckets.size > this.maxClients) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
    return ok;
  }
}
