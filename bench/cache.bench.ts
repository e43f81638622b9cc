// Prompt caching, measured from the usage the scripted model server returns (its accounting
// follows the API's rules: breakpoints, lookback, each model's minimum; see
// test/support/model/README.md). One scripted 12-turn coding task, run by the native anthropic
// engine (Anthropic SDK) and by the real Claude Code CLI (the claude-code engine behind its key
// proxy), each with caching on and off, the two alternating run by run. Tokens are counted at
// about 4 characters a token (no real tokenizer offline), the same rule for every block.
// Run: npm run bench -- cache   (CACHE_BENCH_PAIRS=N, default 3)
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { createClaudeCodeEngine } from '../src/engines/claude-code/index.js';
import type { Engine, EngineTask } from '../src/engines/types.js';
import { ANTHROPIC_LIST_PRICES, priceFor, startModelServer } from '../test/support/model/index.js';
import type { Scenario, Usage } from '../test/support/model/index.js';
import { MODEL, engineFor, removeDir, task } from '../test/engines/anthropic/helpers.js';
import { twelveTurnRepo, twelveTurnScenario } from '../test/engines/anthropic/scenarios.js';
import { fmtSpread, loadLine, pairedRatioLine, spread } from './support/spread.js';

const PAIRS = Number(process.env.CACHE_BENCH_PAIRS ?? 3);
const CLAUDE = path.resolve('node_modules/.bin/claude');

/** The same 12 turns in Claude Code's tool names and inputs (absolute paths, Edit after Read). */
function claudeCodeScenario(repo: string): Scenario {
  const at = (rel: string): string => path.join(repo, rel);
  const tool = (name: string, input: Record<string, unknown>) => ({ toolUses: [{ name, input }] });
  const edit = (rel: string, name: string) =>
    tool('Edit', {
      file_path: at(rel),
      old_string: `function ${name}Helper0(value) {\n  // TODO: validate value before use\n`,
      new_string: `function ${name}Helper0(value) {\n  if (typeof value !== 'number') throw new TypeError('value');\n`,
    });
  const test =
    "const assert = require('node:assert');\nconst { alphaHelper0 } = require('../src/alpha.js');\n" +
    "assert.strictEqual(alphaHelper0(2), 2);\nconsole.log('ok');\n";
  return {
    // Claude Code may send side requests (titles, summaries): answered, and left out below.
    rules: [
      { name: 'side', when: { noTools: true }, reply: { text: 'ok' } },
      { name: 'haiku', when: { model: /haiku/ }, reply: { text: 'ok' } },
    ],
    turns: [
      { text: 'Let me look around.', ...tool('Glob', { pattern: '**/*.js' }) },
      tool('Read', { file_path: at('src/alpha.js') }),
      tool('Read', { file_path: at('src/beta.js') }),
      tool('Read', { file_path: at('src/gamma.js') }),
      tool('Grep', { pattern: 'TODO' }),
      edit('src/alpha.js', 'alpha'),
      edit('src/beta.js', 'beta'),
      tool('Write', { file_path: at('test/alpha.test.js'), content: test }),
      tool('Bash', { command: 'node test/alpha.test.js', description: 'Run the test' }),
      tool('Bash', { command: 'git status --short', description: 'Show changes' }),
      tool('Read', { file_path: at('src/alpha.js'), offset: 1, limit: 10 }),
      { text: 'Validated the first helpers of alpha and beta and added a test; it passes.' },
    ],
  };
}

interface Run {
  usage: Usage & { requests: number };
  ms: number;
  turns: number;
}

type Contender = 'native' | 'claude-code';

async function measure(who: Contender, cache: boolean): Promise<Run> {
  const repo = await twelveTurnRepo();
  const scenario = who === 'native' ? twelveTurnScenario() : claudeCodeScenario(repo);
  const server = await startModelServer({ scenario });
  try {
    let engine: Engine;
    let t: EngineTask;
    if (who === 'native') {
      engine = await engineFor(server, { cache });
      t = task(repo);
    } else {
      engine = createClaudeCodeEngine({
        binaryPath: CLAUDE,
        parentEnv: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8' },
        upstream: { url: server.url, apiKey: 'bench-key' },
      });
      // Claude Code's own switch: no cache_control on any block.
      t = task(repo, {
        timeoutMs: 180_000,
        env: cache ? {} : { set: { DISABLE_PROMPT_CACHING: '1' } },
      });
    }
    const t0 = performance.now();
    const result = await engine.run(t);
    const ms = performance.now() - t0;
    if (result.outcome !== 'completed' || server.failures.length > 0)
      throw new Error(
        `${who} run ended ${result.outcome}: ${result.detail ?? ''} ${server.failures.join('; ')}`,
      );
    const usage = server.usageTotals().byModel[MODEL];
    if (!usage) throw new Error(`${who}: no request charged to ${MODEL}`);
    return { usage, ms, turns: result.turns };
  } finally {
    await server.close();
    // The repo's own temp directory, with the engine's transcript beside the repo.
    await removeDir(path.dirname(repo));
  }
}

const price = priceFor(ANTHROPIC_LIST_PRICES, MODEL);
if (!price) throw new Error(`no list price for ${MODEL}`);
/** USD of the input side only (fresh input, cache writes, cache reads). */
const inputCost = (u: Usage): number =>
  (u.input_tokens * price.input +
    u.cache_creation_input_tokens * price.cacheWrite +
    u.cache_read_input_tokens * price.cacheRead) /
  1_000_000;
const promptTokens = (u: Usage): number =>
  u.input_tokens + u.cache_creation_input_tokens + u.cache_read_input_tokens;
const readShare = (u: Usage): number => u.cache_read_input_tokens / promptTokens(u);
const usageText = (u: Usage & { requests: number }): string =>
  `${u.requests} requests, prompt ${promptTokens(u)} tokens = input ${u.input_tokens} + cache write ` +
  `${u.cache_creation_input_tokens} + cache read ${u.cache_read_input_tokens}`;

console.log(
  `model ${MODEL} at list prices (input $${price.input}/MTok, cache write $${price.cacheWrite}, read $${price.cacheRead}); ` +
    `${PAIRS} pairs per engine, cache off and on alternating; ${loadLine()}`,
);
for (const who of ['native', 'claude-code'] as const) {
  const off: Run[] = [];
  const on: Run[] = [];
  for (let i = 0; i < PAIRS; i++) {
    // Alternate which side goes first, so neither always runs on a warmer machine.
    if (i % 2 === 0) {
      off.push(await measure(who, false));
      on.push(await measure(who, true));
    } else {
      on.push(await measure(who, true));
      off.push(await measure(who, false));
    }
  }
  const first = (rs: Run[]) => rs[0] as Run;
  const same = (rs: Run[]) =>
    rs.every((r) => JSON.stringify(r.usage) === JSON.stringify(first(rs).usage));
  console.log(`\n${who} (${first(on).turns} turns):`);
  console.log(`  cache off: ${usageText(first(off).usage)}${same(off) ? '' : ' (varied by run)'}`);
  console.log(`  cache on:  ${usageText(first(on).usage)}${same(on) ? '' : ' (varied by run)'}`);
  console.log(
    `  cache-read share of prompt tokens, cache on: ${fmtSpread(spread(on.map((r) => readShare(r.usage) * 100)), 1)} % (min / median / max)`,
  );
  console.log(
    '  ' +
      pairedRatioLine(
        'input-side cost on/off',
        on.map((r) => inputCost(r.usage)),
        off.map((r) => inputCost(r.usage)),
        'USD',
        4,
      ),
  );
  // Wall time, for scale only: the server charges no latency for uncached tokens.
  console.log(
    `  wall ms (min / median / max): off ${fmtSpread(spread(off.map((r) => r.ms)), 0)}, on ${fmtSpread(spread(on.map((r) => r.ms)), 0)}`,
  );
}
console.log(`\n${loadLine()}`);
