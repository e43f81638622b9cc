import { UserError } from '../../core/errors.js';
import { addUsage, zeroUsage } from '../../core/usage.js';
import type { EngineTokens, Pricer } from '../types.js';
import type { ResponseUsage } from './usage.js';

export interface MeterOptions {
  readonly pricer: Pricer;
  /** The run's model: prices a response that names no priced model. */
  readonly model: string;
  /** The run's ceiling in USD; undefined means none. */
  readonly ceilingUsd?: number;
}

export interface MeterStats {
  readonly tokens: EngineTokens;
  /** USD of every response so far, or null once one could not be priced (never a silent 0). */
  readonly costUsd: number | null;
  readonly ceilingUsd: number | undefined;
  /** True once a request was refused because the ceiling was reached. */
  readonly ceilingHit: boolean;
  /** Requests refused for the ceiling. */
  readonly ceilingRefusals: number;
  /** Why the first refused request was refused. */
  readonly ceilingMessage: string | undefined;
  /** Why the total is unknown (a model with no price, a response with no usage). */
  readonly unknown: readonly string[];
}

const usd = (n: number): string => `$${n.toFixed(2)}`;
const ZERO = zeroUsage();

/**
 * The run's running total, priced response by response, and its ceiling. A request is let
 * through while the spend, plus the in-flight requests and this one each estimated at the cost
 * of the last response (the context only grows, so that is a fair lower bound), stays within the
 * ceiling: the same rule as the native engine's, so a run overshoots by at most one request, and
 * only when one request costs more than what was left.
 */
export class RunMeter {
  private tokens: EngineTokens = zeroUsage();
  private cost: number | null = 0;
  private lastUsd = 0;
  private inFlight = 0;
  private refusals = 0;
  private message: string | undefined;
  private readonly unknown: string[] = [];

  constructor(private readonly o: MeterOptions) {
    // A ceiling we cannot price is a ceiling we cannot hold: refuse it before any call.
    if (o.ceilingUsd !== undefined && o.pricer(o.model, ZERO) === null)
      throw new UserError(
        `budget: no price is known for model "${o.model}", so the run's ceiling of ${usd(o.ceilingUsd)} ` +
          'cannot be held by the model proxy: price it under `prices` in .github/lailatov.yml ({input, output, cacheWrite, cacheRead} in USD per million tokens), or choose a priced model.',
      );
  }

  /** The refusal message when this request must not be sent, else undefined (and it counts as in flight). */
  admit(): string | undefined {
    const ceiling = this.o.ceilingUsd;
    const why = ceiling === undefined ? undefined : this.overReason(ceiling);
    if (why === undefined) {
      this.inFlight += 1;
      return undefined;
    }
    this.refusals += 1;
    this.message ??= why;
    return why;
  }

  private overReason(ceiling: number): string | undefined {
    const head = `LailaTov budget: the run's ceiling of ${usd(ceiling)} is spent`;
    if (this.cost === null)
      return `${head}: the spend cannot be known (${this.unknown.join('; ')}), so no further request is sent`;
    if (this.cost >= ceiling) return `${head} (${usd(this.cost)} used); no further request is sent`;
    const next = this.cost + (this.inFlight + 1) * this.lastUsd;
    if (next <= ceiling) return undefined;
    return (
      `${head}: ${usd(this.cost)} used, and the next request (about ${usd(this.lastUsd)}, like the last) ` +
      'would pass it; no further request is sent'
    );
  }

  /** One admitted request is over: add what its response reported (a cut one still costs). */
  settle(u: ResponseUsage | undefined, ok: boolean): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
    if (!u) return;
    this.tokens = addUsage(this.tokens, u.tokens);
    if (!u.metered) {
      // A complete successful answer with no usage: its cost is unknown. A cut or failed one
      // counts what it showed.
      if (ok) this.markUnknown('a response carried no usage');
      return;
    }
    const model = [u.model, this.o.model].find(
      (m): m is string => m !== undefined && this.o.pricer(m, ZERO) !== null,
    );
    const price = model === undefined ? null : this.o.pricer(model, u.tokens);
    if (price === null) {
      this.markUnknown(`no price is known for model "${u.model ?? this.o.model}"`);
      return;
    }
    this.lastUsd = price;
    if (this.cost !== null) this.cost += price;
  }

  private markUnknown(why: string): void {
    this.cost = null;
    if (!this.unknown.includes(why)) this.unknown.push(why);
  }

  stats(): MeterStats {
    return {
      tokens: { ...this.tokens },
      costUsd: this.cost,
      ceilingUsd: this.o.ceilingUsd,
      ceilingHit: this.refusals > 0,
      ceilingRefusals: this.refusals,
      ceilingMessage: this.message,
      unknown: [...this.unknown],
    };
  }
}
