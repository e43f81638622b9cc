// Prompt caching in the anthropic engine: the same 12-turn scripted task with caching on and
// off, in one run. Figures come from the model server's usage accounting (tokens, not timings).
// Run: npm run bench -- cache
import { performance } from 'node:perf_hooks';
import { ANTHROPIC_LIST_PRICES, priceFor, startModelServer } from '../test/support/model/index.js';
import type { UsageTotals } from '../test/support/model/index.js';
import { MODEL, engineFor, removeDir, task } from '../test/engines/anthropic/helpers.js';
import {
  cacheReadShare,
  twelveTurnRepo,
  twelveTurnScenario,
} from '../test/engines/anthropic/scenarios.js';

async function measure(
  cache: boolean,
): Promise<{ totals: UsageTotals; ms: number; turns: number }> {
  const repo = await twelveTurnRepo();
  const server = await startModelServer({ scenario: twelveTurnScenario() });
  try {
    const engine = await engineFor(server, { cache });
    const t0 = performance.now();
    const result = await engine.run(task(repo));
    if (result.outcome !== 'completed')
      throw new Error(`run ended ${result.outcome}: ${result.detail}`);
    return { totals: server.usageTotals(), ms: performance.now() - t0, turns: result.turns };
  } finally {
    await server.close();
    await removeDir(repo);
  }
}

const price = priceFor(ANTHROPIC_LIST_PRICES, MODEL);
if (!price) throw new Error(`no list price for ${MODEL}`);
/** USD of the input side only (fresh input, cache writes, cache reads). */
const inputCost = (u: UsageTotals): number =>
  (u.input_tokens * price.input +
    u.cache_creation_input_tokens * price.cacheWrite +
    u.cache_read_input_tokens * price.cacheRead) /
  1_000_000;

const off = await measure(false);
const on = await measure(true);
const row = (name: string, m: typeof on) =>
  `${name.padEnd(12)} turns=${m.turns} input=${m.totals.input_tokens} cacheWrite=${m.totals.cache_creation_input_tokens} ` +
  `cacheRead=${m.totals.cache_read_input_tokens} readShare=${(cacheReadShare(m.totals) * 100).toFixed(1)}% ` +
  `inputCost=$${inputCost(m.totals).toFixed(5)} wall=${m.ms.toFixed(0)}ms`;
console.log(
  `model ${MODEL} at list prices (input $${price.input}/MTok, write $${price.cacheWrite}, read $${price.cacheRead})`,
);
console.log(row('cache off', off));
console.log(row('cache on', on));
console.log(
  `cache-read share: on ${(cacheReadShare(on.totals) * 100).toFixed(1)}% vs off ${(cacheReadShare(off.totals) * 100).toFixed(1)}%; ` +
    `input-token cost on/off = ${(inputCost(on.totals) / inputCost(off.totals)).toFixed(3)} ` +
    `(${((1 - inputCost(on.totals) / inputCost(off.totals)) * 100).toFixed(1)}% saved)`,
);
