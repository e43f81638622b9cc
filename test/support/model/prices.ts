// List prices (USD per million tokens) used to turn the server's usage into a cost, the way
// clients such as Claude Code price a session. The cache-write price is the 5-minute TTL one.
import type { ModelPrice, Usage } from './types.js';

/** Anthropic list prices by model family; first match wins, so specific ids come first. */
export const ANTHROPIC_LIST_PRICES: readonly ModelPrice[] = [
  {
    model: /opus-4-(0|1)|opus-4-2025|claude-3-opus/,
    input: 15,
    output: 75,
    cacheWrite: 18.75,
    cacheRead: 1.5,
  },
  { model: /opus/, input: 5, output: 25, cacheWrite: 6.25, cacheRead: 0.5 },
  { model: /sonnet/, input: 3, output: 15, cacheWrite: 3.75, cacheRead: 0.3 },
  { model: /3-5-haiku|haiku-3-5/, input: 0.8, output: 4, cacheWrite: 1, cacheRead: 0.08 },
  { model: /haiku/, input: 1, output: 5, cacheWrite: 1.25, cacheRead: 0.1 },
];

export function priceFor(prices: readonly ModelPrice[], model: string): ModelPrice | undefined {
  return prices.find((p) =>
    typeof p.model === 'string' ? model.includes(p.model) : p.model.test(model),
  );
}

export function costUsd(price: ModelPrice, u: Usage): number {
  return (
    (u.input_tokens * price.input +
      u.output_tokens * price.output +
      u.cache_creation_input_tokens * price.cacheWrite +
      u.cache_read_input_tokens * price.cacheRead) /
    1_000_000
  );
}
