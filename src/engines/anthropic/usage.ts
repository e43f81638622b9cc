import type { Usage } from '@anthropic-ai/sdk/resources/messages/messages';
import { addUsage } from '../../core/usage.js';
import type { EngineTokens, Pricer } from '../types.js';

export const ZERO_TOKENS: EngineTokens = { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 };

/** The API's usage in our names; the cache fields may be null on some providers. */
export function tokensOf(
  u: Pick<Usage, 'input_tokens' | 'output_tokens'> & Partial<Usage>,
): EngineTokens {
  return {
    input: u.input_tokens,
    output: u.output_tokens,
    cacheRead: u.cache_read_input_tokens ?? 0,
    cacheWrite: u.cache_creation_input_tokens ?? 0,
  };
}

/**
 * The run's spending against its ceiling. The next call is estimated at the cost of the last
 * one (the context only grows, so this is a fair lower bound); a call whose estimate would cross
 * the ceiling is not made. The first call has no estimate, so a run overshoots by at most one
 * call, and only when that single call costs more than the whole ceiling.
 */
export class BudgetGuard {
  private total: EngineTokens = ZERO_TOKENS;
  private lastCallUsd = 0;

  constructor(
    private readonly pricer: Pricer,
    private readonly model: string,
    readonly ceilingUsd: number | undefined,
  ) {}

  /** Whether the model has a price at all (a zero-token probe costs nothing). */
  priceKnown(): boolean {
    return this.pricer(this.model, ZERO_TOKENS) !== null;
  }

  record(call: EngineTokens): void {
    this.total = addUsage(this.total, call);
    this.lastCallUsd = this.pricer(this.model, call) ?? 0;
  }

  get tokens(): EngineTokens {
    return this.total;
  }

  /** USD so far, or null when the model has no price. */
  spentUsd(): number | null {
    return this.pricer(this.model, this.total);
  }

  /** A reason to stop before the next call, or undefined to go on. */
  stopReason(): string | undefined {
    if (this.ceilingUsd === undefined) return undefined;
    const spent = this.spentUsd() ?? 0;
    const next = spent + this.lastCallUsd;
    if (spent < this.ceilingUsd && next <= this.ceilingUsd) return undefined;
    return (
      `budget exceeded: spent $${spent.toFixed(4)} of the $${this.ceilingUsd.toFixed(4)} ceiling; ` +
      `the next call (estimated $${this.lastCallUsd.toFixed(4)}) would bring it to $${next.toFixed(4)}`
    );
  }
}
