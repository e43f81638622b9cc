// The code review of a 3,000-file diff (test/stages/big-diff.ts), through the real Model adapter
// against the scripted model server at Sonnet's list prices, each reply held back DELAY_MS (a
// stand-in for the model's latency). Three ways, alternated run by run in the same process:
// - parts ×N:  the review stage as it is: the diff split into parts by risk, N calls at once
//              (review.parallelCalls, default 4), answers merged;
// - parts ×1:  the same parts, one call at a time (what the parallelism buys);
// - one call:  the old single-call packing (packDiff: highest risk first, smaller patches first,
//              cut at review.diffTokenBudget), one call, the rest left out.
// Reported: share of files reviewed, calls, USD the server charged, wall time (min/median/max)
// and its ratio to the one-call baseline.
// Usage: npm run bench -- review      (BENCH_ROUNDS=5, BENCH_DELAY_MS=300)
import { z } from 'zod';
import { costOf } from '../src/core/cost/index.js';
import { createSdkModel } from '../src/engines/model/sdk-model.js';
import { packDiff } from '../src/stages/pack.js';
import type { Model } from '../src/stages/ports.js';
import { initialState } from '../src/stages/pipeline.js';
import { review } from '../src/stages/review.js';
import { startModelServer } from '../test/support/model/index.js';
import { bigDiff, bigDiffForge } from '../test/stages/big-diff.js';
import { stageDeps } from '../test/stages/doubles.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const DELAY_MS = Number(process.env.BENCH_DELAY_MS ?? 300);
const files = bigDiff();
const tierOf = (p: string) =>
  p.startsWith('.github/') ? 'high' : p.startsWith('docs/') ? 'low' : 'medium';

interface Run {
  readonly reviewed: number;
  readonly calls: number;
  readonly usd: number;
  readonly ms: number;
}

const ms = await startModelServer({
  scenario: {
    rules: [
      {
        when: { toolChoice: 'review_findings' },
        reply: {
          delayMs: DELAY_MS,
          toolUses: [
            { name: 'review_findings', input: { summary: 'ok', findings: [], previous: [] } },
          ],
        },
      },
    ],
  },
});
const model: Model = await createSdkModel({
  env: { ANTHROPIC_API_KEY: 'bench', ANTHROPIC_BASE_URL: ms.url },
  pricer: (m, t) => costOf(m, t).usd,
});
const forge = bigDiffForge(files).port;

/** What the server served and charged since `from` (its log is cumulative). */
function served(from: number): { calls: number; usd: number } {
  const log = ms.requests.slice(from).filter((q) => q.status === 200);
  let usd = 0;
  for (const q of log)
    if (q.usage)
      usd +=
        costOf('claude-sonnet-4-6', {
          input: q.usage.input_tokens,
          output: q.usage.output_tokens,
          cacheRead: 0,
          cacheWrite: 0,
        }).usd ?? 0;
  return { calls: log.length, usd };
}

async function parts(parallel: number): Promise<Run> {
  const deps = stageDeps({
    forge,
    model,
    config: `models:\n  review: claude-sonnet-4-6\nbudgets:\n  review: 5\n  issue: 50\nreview:\n  parallelCalls: ${parallel}\n`,
  });
  const from = ms.requests.length;
  const t0 = performance.now();
  const r = await review(deps, {
    head: 'agent/big',
    state: { ...initialState(1, 'main'), branch: 'agent/big' },
  });
  const t = performance.now() - t0;
  if (r.verdict !== 'clean') throw new Error(`review ended ${r.verdict}: ${r.reasons.join('; ')}`);
  return { reviewed: r.packed?.included.length ?? 0, ...served(from), ms: t };
}

async function oneCall(): Promise<Run> {
  const from = ms.requests.length;
  const t0 = performance.now();
  const packed = packDiff(files, tierOf, 60000);
  await model.complete({
    stage: 'review',
    model: 'claude-sonnet-4-6',
    system: 'You review a pull request.',
    prompt: `${packed.rule}\n${packed.omissionNote}\n\n${packed.text}`,
    schema: z.object({
      summary: z.string(),
      findings: z.array(z.unknown()),
      previous: z.array(z.unknown()),
    }),
    toolName: 'review_findings',
    toolDescription: 'Record the review findings.',
    maxTokens: 4096,
  });
  const t = performance.now() - t0;
  return { reviewed: packed.included.length, ...served(from), ms: t };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;
const ways: [string, () => Promise<Run>][] = [
  ['one call (old packing)', oneCall],
  ['parts ×4 (parallel)', () => parts(4)],
  ['parts ×1 (serial)', () => parts(1)],
];
const runs = new Map<string, Run[]>(ways.map(([n]) => [n, []]));
try {
  await oneCall(); // warm the SDK and the server
  for (let i = 0; i < ROUNDS; i++)
    for (const [name, run] of ways) runs.get(name)?.push(await run());
} finally {
  await ms.close();
}
const base = median((runs.get(ways[0]?.[0] ?? '') ?? []).map((r) => r.ms));
console.log(
  `Review of a ${files.length}-file diff (${ROUNDS} rounds, model reply delay ${DELAY_MS} ms, Sonnet list prices):`,
);
for (const [name] of ways) {
  const rs = runs.get(name) ?? [];
  const times = rs.map((r) => r.ms).sort((a, b) => a - b);
  const r = rs[0];
  if (!r) continue;
  console.log(
    `  ${name.padEnd(24)} reviewed ${r.reviewed}/${files.length} (${((100 * r.reviewed) / files.length).toFixed(1)} %), ` +
      `${r.calls} call(s), $${r.usd.toFixed(2)}, wall ${times[0]?.toFixed(0)}/${median(times).toFixed(0)}/${times.at(-1)?.toFixed(0)} ms ` +
      `(min/median/max), ×${(median(times) / base).toFixed(2)} the one call`,
  );
}
