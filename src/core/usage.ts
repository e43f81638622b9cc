/**
 * Token counts of one model call, one stage or one whole run. Shared by engines, stages, the
 * cost ledger and the outcome log, so every layer adds tokens the same way.
 * `input` counts only uncached input; cache reads and writes are counted apart because they
 * are priced apart.
 */
export interface TokenUsage {
  readonly input: number;
  readonly output: number;
  readonly cacheRead: number;
  readonly cacheWrite: number;
}

export const TOKEN_USAGE_KEYS = ['input', 'output', 'cacheRead', 'cacheWrite'] as const;

export function zeroUsage(): TokenUsage {
  return { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 };
}

export function addUsage(a: TokenUsage, b: TokenUsage): TokenUsage {
  return {
    input: a.input + b.input,
    output: a.output + b.output,
    cacheRead: a.cacheRead + b.cacheRead,
    cacheWrite: a.cacheWrite + b.cacheWrite,
  };
}

export function sumUsage(items: Iterable<TokenUsage>): TokenUsage {
  let total = zeroUsage();
  for (const u of items) total = addUsage(total, u);
  return total;
}

/** Every token the run paid for, whatever its price. */
export function totalTokens(u: TokenUsage): number {
  return u.input + u.output + u.cacheRead + u.cacheWrite;
}

/** About four characters per token for code and English: a deliberately simple, stated estimate. */
export const CHARS_PER_TOKEN = 4;

/** Tokens of `text` where no tokenizer runs (prompt budgets, a scripted model's usage). */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / CHARS_PER_TOKEN);
}
