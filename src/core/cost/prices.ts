/**
 * List prices in USD per million tokens. DATA, not code: edit this table (or pass an override)
 * when a provider changes its prices.
 *
 * Checked 2026-11 against:
 * - Anthropic: https://platform.claude.com/docs/en/about-claude/pricing ("Model pricing": base
 *   input, 5-minute cache write, cache hit, output). 5m cache writes are 1.25x input, hits 0.1x.
 * - OpenAI: https://developers.openai.com/api/docs/models/gpt-5-codex (GPT-5 and GPT-5-Codex:
 *   $1.25 input, $0.125 cached input, $10 output). OpenAI has no cache-write charge.
 * - Google: https://ai.google.dev/gemini-api/docs/pricing (Gemini 2.5 Pro, prompts <= 200k
 *   tokens: $1.25 input, $10 output). Longer prompts cost more; this table holds the lower tier.
 *   The cache-read price is the lower-tier context-cache price, not re-verified: check it.
 */
export interface ModelPrice {
  readonly input: number;
  readonly output: number;
  /** Writing the prompt cache with the default 5-minute lifetime. */
  readonly cacheWrite: number;
  readonly cacheRead: number;
}

const OPUS_4_5_AND_LATER: ModelPrice = { input: 5, output: 25, cacheWrite: 6.25, cacheRead: 0.5 };
const OPUS_4_0_AND_4_1: ModelPrice = { input: 15, output: 75, cacheWrite: 18.75, cacheRead: 1.5 };
const SONNET_4: ModelPrice = { input: 3, output: 15, cacheWrite: 3.75, cacheRead: 0.3 };
const HAIKU_4_5: ModelPrice = { input: 1, output: 5, cacheWrite: 1.25, cacheRead: 0.1 };
const HAIKU_3_5: ModelPrice = { input: 0.8, output: 4, cacheWrite: 1, cacheRead: 0.08 };
const GPT_5: ModelPrice = { input: 1.25, output: 10, cacheWrite: 0, cacheRead: 0.125 };
const GEMINI_2_5_PRO: ModelPrice = { input: 1.25, output: 10, cacheWrite: 0, cacheRead: 0.125 };

/** Keyed by the provider's model id (aliases; dated and cloud ids resolve to these). */
export const DEFAULT_PRICES: Readonly<Record<string, ModelPrice>> = {
  'claude-opus-4-8': OPUS_4_5_AND_LATER,
  'claude-opus-4-7': OPUS_4_5_AND_LATER,
  'claude-opus-4-6': OPUS_4_5_AND_LATER,
  'claude-opus-4-5': OPUS_4_5_AND_LATER,
  'claude-opus-4-1': OPUS_4_0_AND_4_1,
  'claude-opus-4-0': OPUS_4_0_AND_4_1,
  'claude-opus-4': OPUS_4_0_AND_4_1,
  'claude-sonnet-4-6': SONNET_4,
  'claude-sonnet-4-5': SONNET_4,
  'claude-sonnet-4-0': SONNET_4,
  'claude-sonnet-4': SONNET_4,
  'claude-3-7-sonnet': SONNET_4,
  'claude-haiku-4-5': HAIKU_4_5,
  'claude-3-5-haiku': HAIKU_3_5,
  'gpt-5': GPT_5,
  'gpt-5-codex': GPT_5,
  'gemini-2.5-pro': GEMINI_2_5_PRO,
};
