import { UserError } from '../errors.js';
import type { TokenUsage } from '../usage.js';
import { DEFAULT_PRICES, type ModelPrice } from './prices.js';

export type PriceTable = Readonly<Record<string, ModelPrice>>;

export type CostResult =
  { readonly usd: number } | { readonly usd: null; readonly warning: string };

const PRICE_FIELDS = ['input', 'output', 'cacheWrite', 'cacheRead'] as const;

/**
 * Candidate table keys for a model id as engines report it, most specific first:
 * `claude-sonnet-4-5-20250929`, Bedrock `us.anthropic.claude-sonnet-4-5-20250929-v1:0`,
 * Vertex `claude-sonnet-4-5@20250929`, OpenRouter `anthropic/claude-sonnet-4.5`, and the
 * `[1m]` context suffix of Claude Code all resolve to `claude-sonnet-4-5`.
 */
export function modelKeys(model: string): string[] {
  const keys = [model];
  let m = model.trim().toLowerCase();
  keys.push(m);
  m = m.replace(/\[[^\]]*\]$/, ''); // claude-opus-4-6[1m]
  m = m.replace(/^(?:[a-z]{2,6}\.)?anthropic\./, ''); // bedrock, with region prefix
  m = m.replace(/-v\d+(?::\d+)?$/, ''); // bedrock -v1:0
  m = m.replace(/@[0-9a-z-]+$/, ''); // vertex @20250929
  const slash = m.lastIndexOf('/');
  if (slash >= 0) m = m.slice(slash + 1); // openrouter anthropic/..., models/gemini-...
  keys.push(m);
  const undated = m.replace(/-(?:\d{8}|\d{4}-\d{2}-\d{2})$/, '');
  keys.push(undated);
  // OpenRouter writes versions with dots (claude-sonnet-4.5); Anthropic ids use dashes.
  if (undated.startsWith('claude-')) keys.push(undated.replace(/(\d)\.(\d)/g, '$1-$2'));
  return [...new Set(keys)];
}

export function findPrice(table: PriceTable, model: string): ModelPrice | undefined {
  for (const k of modelKeys(model)) {
    const p = table[k];
    if (p) return p;
  }
  return undefined;
}

/** The cost of one call or stage. An unknown model is null with a warning, never a silent $0. */
export function costOf(
  model: string,
  usage: TokenUsage,
  table: PriceTable = DEFAULT_PRICES,
): CostResult {
  const p = findPrice(table, model);
  if (!p) {
    return {
      usd: null,
      warning: `unknown model ${model}: add it to prices (the 'prices' override: {"${model}": {"input": ..., "output": ..., "cacheWrite": ..., "cacheRead": ...}} in USD per million tokens)`,
    };
  }
  const usd =
    (usage.input * p.input +
      usage.output * p.output +
      usage.cacheWrite * p.cacheWrite +
      usage.cacheRead * p.cacheRead) /
    1_000_000;
  return { usd };
}

/** One problem in a price override: where (model, field) and what is wrong. */
export interface PriceProblem {
  /** The keys under the override: `[model]` or `[model, field]`. */
  readonly path: readonly string[];
  readonly message: string;
}

/**
 * Every problem in a user's price override (parsed JSON): a model may be new (all four prices
 * required) or in `base` (any subset replaces those prices). The config schema reports these
 * with their keys; mergePrices throws them.
 */
export function priceOverrideProblems(
  override: unknown,
  base: PriceTable = DEFAULT_PRICES,
): PriceProblem[] {
  if (typeof override !== 'object' || override === null || Array.isArray(override))
    return [{ path: [], message: 'must be an object mapping model ids to prices' }];
  const problems: PriceProblem[] = [];
  for (const [model, raw] of Object.entries(override as Record<string, unknown>)) {
    if (model.trim() === '') {
      problems.push({ path: [model], message: 'a model id must not be empty' });
      continue;
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      problems.push({
        path: [model],
        message: `must be an object {${PRICE_FIELDS.join(', ')}}`,
      });
      continue;
    }
    const entry = raw as Record<string, unknown>;
    for (const k of Object.keys(entry))
      if (!(PRICE_FIELDS as readonly string[]).includes(k))
        problems.push({
          path: [model, k],
          message: `unknown price field; use ${PRICE_FIELDS.join(', ')} (USD per million tokens)`,
        });
    for (const k of PRICE_FIELDS) {
      const v = entry[k];
      if (v === undefined) {
        if (!base[model])
          problems.push({
            path: [model, k],
            message: 'is required for a model not in the built-in table',
          });
      } else if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
        problems.push({
          path: [model, k],
          message: `must be a number >= 0 (USD per million tokens), got ${JSON.stringify(v)}`,
        });
    }
  }
  return problems;
}

/**
 * Checks a user's price override (parsed JSON) and merges it over the defaults. Every bad key
 * is named, with its path, in one UserError.
 */
export function mergePrices(
  override: unknown,
  base: PriceTable = DEFAULT_PRICES,
  source = 'prices',
): PriceTable {
  const problems = priceOverrideProblems(override, base).map(
    (p) => `${[source, ...p.path].join('.')}: ${p.message}`,
  );
  if (problems.length > 0)
    throw new UserError(
      `${source}: ${problems.length} problem(s) in the price override, the first: ${problems[0]}`,
      problems,
    );
  const merged: Record<string, ModelPrice> = { ...base };
  for (const [model, entry] of Object.entries(override as Record<string, Partial<ModelPrice>>))
    merged[model] = { ...base[model], ...entry } as ModelPrice;
  return merged;
}
