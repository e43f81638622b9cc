/**
 * A circuit breaker per engine+provider: after N consecutive infrastructure failures it opens and
 * the fallback chain skips that link; after a cool-down it half-opens and admits exactly ONE trial
 * (the predecessor admitted every caller while half-open, so a down provider got hammered again).
 * The trial's success closes it; its failure opens it for another cool-down.
 */
export type BreakerState = 'closed' | 'open' | 'half_open';

export interface BreakerOptions {
  /** Consecutive infra failures that open the breaker. */
  readonly failureThreshold?: number;
  readonly cooldownMs?: number;
  /** Injectable clock (ms). */
  readonly now?: () => number;
}

/** What a breaker keeps between runs (a trial in flight is never kept: its run is over). */
export interface BreakerMemory {
  readonly failures: number;
  /** Epoch ms of the clock given; null when closed. */
  readonly openedAt: number | null;
}

export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | null = null;
  private trialInFlight = false;
  private readonly threshold: number;
  private readonly cooldownMs: number;
  private readonly now: () => number;

  constructor(opts: BreakerOptions = {}) {
    this.threshold = opts.failureThreshold ?? 3;
    this.cooldownMs = opts.cooldownMs ?? 60_000;
    this.now = opts.now ?? Date.now;
    if (!Number.isInteger(this.threshold) || this.threshold < 1) {
      throw new RangeError(`failureThreshold must be an integer >= 1, got ${this.threshold}`);
    }
  }

  memory(): BreakerMemory {
    return { failures: this.failures, openedAt: this.openedAt };
  }

  recall(m: BreakerMemory): void {
    this.failures = m.failures;
    this.openedAt = m.openedAt;
  }

  state(): BreakerState {
    if (this.openedAt === null) return 'closed';
    if (this.trialInFlight || this.now() - this.openedAt >= this.cooldownMs) return 'half_open';
    return 'open';
  }

  /** Asks to run a call. False while open, and while a half-open trial is in flight. */
  tryAcquire(): boolean {
    const state = this.state();
    if (state === 'closed') return true;
    if (state === 'open' || this.trialInFlight) return false;
    this.trialInFlight = true;
    return true;
  }

  /** The call reached a healthy provider (any outcome that is not an infra failure). */
  onSuccess(): void {
    this.failures = 0;
    this.openedAt = null;
    this.trialInFlight = false;
  }

  onFailure(): void {
    this.failures += 1;
    if (this.trialInFlight || this.failures >= this.threshold) this.openedAt = this.now();
    this.trialInFlight = false;
  }

  /** Milliseconds until an open breaker half-opens (0 when not open). */
  retryAfterMs(): number {
    if (this.state() !== 'open' || this.openedAt === null) return 0;
    return Math.max(0, this.openedAt + this.cooldownMs - this.now());
  }
}

/** One breaker per key (`engine:provider`), created on first use with shared options. */
export class BreakerRegistry {
  private readonly breakers = new Map<string, CircuitBreaker>();
  constructor(
    private readonly opts: BreakerOptions = {},
    memory: Readonly<Record<string, BreakerMemory>> = {},
  ) {
    for (const [k, m] of Object.entries(memory)) this.get(k).recall(m);
  }

  get(key: string): CircuitBreaker {
    let b = this.breakers.get(key);
    if (!b) {
      b = new CircuitBreaker(this.opts);
      this.breakers.set(key, b);
    }
    return b;
  }

  /** Every breaker's memory, to be saved for the next run. */
  memory(): Record<string, BreakerMemory> {
    const out: Record<string, BreakerMemory> = {};
    for (const [k, b] of this.breakers) out[k] = b.memory();
    return out;
  }

  states(): Record<string, BreakerState> {
    const out: Record<string, BreakerState> = {};
    for (const [k, b] of this.breakers) out[k] = b.state();
    return out;
  }
}
