// A diff too big for one review call is split into parts by risk, reviewed in parallel calls and
// merged; only the review budget leaves files out, the lowest-risk ones, and the review names them.
import { describe, expect, test } from '@jest/globals';
import type { Model, ModelRequest, ModelResponse } from '../../src/stages/ports.js';
import { estimateTokens } from '../../src/core/usage.js';
import { chunkDiff } from '../../src/stages/pack.js';
import { initialState } from '../../src/stages/pipeline.js';
import { review } from '../../src/stages/review.js';
import { bigDiff, bigDiffForge } from './big-diff.js';
import { stageDeps } from './doubles.js';

const forgeOf = bigDiffForge;

type Answer = { summary: string; findings: unknown[]; previous: unknown[] };

/**
 * A model that answers every review call with `answer(prompt)`, charging Sonnet's prices for the
 * prompt it was sent and the answer's max_tokens, and that records how many calls ran at once.
 */
function answeringModel(answer: (prompt: string) => Answer = () => CLEAN) {
  const requests: ModelRequest<unknown>[] = [];
  let inFlight = 0;
  const state = { requests, maxInFlight: 0 };
  const model: Model = {
    async complete<T>(req: ModelRequest<T>): Promise<ModelResponse<T>> {
      requests.push(req as ModelRequest<unknown>);
      inFlight += 1;
      state.maxInFlight = Math.max(state.maxInFlight, inFlight);
      await new Promise((r) => setImmediate(r));
      inFlight -= 1;
      const input = estimateTokens(`${req.system}\n${req.prompt}`);
      const output = 500;
      return {
        value: req.schema.parse(
          req.toolName === 'spec_audit' ? { criteria: [] } : answer(req.prompt),
        ),
        usage: { input, output, cacheRead: 0, cacheWrite: 0 },
        costUsd: (input * 3 + output * 15) / 1_000_000,
        model: 'claude-sonnet-4-6',
        provider: 'test',
        durationMs: 1,
      };
    },
  };
  return { model, state };
}

const CLEAN: Answer = { summary: 'ok', findings: [], previous: [] };
const SONNET_5 = 'models:\n  review: claude-sonnet-4-6\nbudgets:\n  review: 5\n  issue: 50\n';
const start = () => ({ ...initialState(1, 'main'), branch: 'agent/big' });

describe('review of a 3,000-file diff', () => {
  test('every file is reviewed within a $5 budget at Sonnet prices, in parallel parts, risky parts first', async () => {
    const files = bigDiff();
    const { model, state } = answeringModel();
    const deps = stageDeps({ forge: forgeOf(files).port, model, config: SONNET_5 });
    const r = await review(deps, { head: 'agent/big', state: start() });

    expect(r.verdict).toBe('clean');
    const total = files.reduce((a, f) => a + estimateTokens(f.patch), 0);
    expect(total).toBeGreaterThan(60000 * 10); // far over one call's 60,000 tokens
    expect(r.packed?.included).toHaveLength(3000);
    expect(r.packed?.omitted).toEqual([]);
    expect(new Set(r.packed?.included)).toEqual(new Set(files.map((f) => f.path)));
    // Each patch is in exactly one call, whole; each call within the per-call diff budget.
    const prompts = state.requests.map((q) => q.prompt);
    expect(prompts.length).toBe(r.packed?.calls);
    expect(prompts.length).toBeGreaterThan(10);
    for (const p of prompts) expect(estimateTokens(p)).toBeLessThanOrEqual(60000 + 1000);
    for (const f of files.filter((_, i) => i % 37 === 0))
      expect(prompts.filter((p) => p.includes(f.patch))).toHaveLength(1);
    // High-risk files come first: the first call holds all 30 workflows.
    expect(prompts[0]).toContain('tier high');
    for (const f of files.filter((x) => x.path.startsWith('.github/')))
      expect(prompts[0]).toContain(f.patch);
    // Parallel, bounded by review.parallelCalls (default 4).
    expect(state.maxInFlight).toBe(4);
    // One review record for all the parts, within the budget.
    const reviewRecords = r.state.stages.filter((s) => s.stage === 'review');
    expect(reviewRecords).toHaveLength(1);
    expect(reviewRecords[0]?.turns).toBe(prompts.length);
    expect(reviewRecords[0]?.costUsd).toBeLessThanOrEqual(5);
    expect(forgeOf(files).calls).toEqual([]);
  });

  test('with a small budget, the files left out are the lowest-risk ones, and every one is named', async () => {
    const files = bigDiff();
    const { model, state } = answeringModel();
    const deps = stageDeps({
      forge: forgeOf(files).port,
      model,
      config: 'models:\n  review: claude-sonnet-4-6\nbudgets:\n  review: 1\n',
    });
    const r = await review(deps, { head: 'agent/big', state: start() });

    const omitted = r.packed?.omitted ?? [];
    const included = r.packed?.included ?? [];
    expect(omitted.length).toBeGreaterThan(0);
    expect(included.length + omitted.length).toBe(3000);
    expect(state.requests).toHaveLength(r.packed?.calls ?? -1);
    // Every high-risk file was reviewed; every low-risk file was reviewed before any was left out.
    expect(included.filter((p) => p.startsWith('.github/'))).toHaveLength(30);
    expect(omitted.some((p) => p.startsWith('.github/'))).toBe(false);
    const rank = (p: string) => (p.startsWith('.github/') ? 0 : p.startsWith('src/') ? 1 : 2);
    const lowestIncluded = Math.max(...included.map(rank));
    expect(Math.min(...omitted.map(rank))).toBeGreaterThanOrEqual(lowestIncluded);
    expect(omitted.every((p) => p.startsWith('docs/') || p.startsWith('src/'))).toBe(true);
    // The review names each file left out, and why.
    const note = r.reasons.find((x) => x.includes('NOT reviewed')) ?? '';
    expect(note).toContain('budgets.review');
    for (const p of omitted) expect(note).toContain(p);
    // The calls sent stay within the budget even at their largest answers.
    const worst = state.requests.reduce(
      (a, q) =>
        a + (estimateTokens(`${q.system}\n${q.prompt}`) * 3 + (q.maxTokens ?? 0) * 15) / 1e6,
      0,
    );
    expect(worst).toBeLessThanOrEqual(1);
    expect(r.verdict).toBe('clean');
  });

  test('findings reported by several parts are merged once; one summary', async () => {
    const files = bigDiff();
    const shared = {
      severity: 'major',
      path: null,
      startLine: null,
      endLine: null,
      rule: 'tests-for-behaviour-change',
      message: 'No test covers the new modules.',
    };
    const { model, state } = answeringModel((prompt) => {
      const own = /part (\d+) of/.exec(prompt)?.[1] ?? '0';
      return {
        summary: `part ${own} looked fine apart from tests.`,
        findings: [
          shared,
          {
            ...shared,
            path: `src/part${own}.ts`,
            startLine: 1,
            endLine: 1,
            rule: 'naming',
            message: `part ${own}`,
          },
        ],
        previous: [],
      };
    });
    const deps = stageDeps({ forge: forgeOf(files).port, model, config: SONNET_5 });
    const r = await review(deps, { head: 'agent/big', state: start() });

    const calls = state.requests.length;
    expect(calls).toBeGreaterThan(1);
    expect(r.verdict).toBe('findings');
    expect(r.state.findings.filter((f) => f.rule === 'tests-for-behaviour-change')).toHaveLength(1);
    expect(r.state.findings.filter((f) => f.rule === 'naming')).toHaveLength(calls);
    expect(new Set(r.state.findings.map((f) => f.fingerprint)).size).toBe(calls + 1);
  });

  test('an earlier finding is asked of the part that holds its file', async () => {
    const files = bigDiff();
    const target = files[1500]?.path ?? '';
    const { model, state } = answeringModel();
    const deps = stageDeps({ forge: forgeOf(files).port, model, config: SONNET_5 });
    const earlier = {
      severity: 'major' as const,
      path: target,
      lines: null,
      rule: 'bug',
      message: 'off by one',
      suggestion: null,
      fingerprint: 'f00d',
      status: 'open' as const,
      firstRound: 0,
      survivedRounds: 0,
    };
    await review(deps, { head: 'agent/big', state: { ...start(), findings: [earlier] } });
    const asked = state.requests.filter((q) => q.prompt.includes('f00d'));
    expect(asked).toHaveLength(1);
    expect(asked[0]?.prompt).toContain(files[1500]?.patch);
  });
});

describe('chunkDiff', () => {
  test('a patch bigger than a whole part gets its own part, cut at a hunk boundary', () => {
    const hunk = (n: number) => `@@ -${n},1 +${n},1 @@\n+${'x'.repeat(3000)}\n`;
    const big = { path: 'src/big.ts', patch: `diff --git a/x b/x\n${hunk(1)}${hunk(2)}${hunk(3)}` };
    const small = { path: 'src/a.ts', patch: '+a\n' };
    const parts = chunkDiff([big, small], () => 'medium', 1000);
    expect(parts.map((p) => p.files)).toEqual([['src/a.ts'], ['src/big.ts']]);
    expect(parts[1]?.cut).toEqual(['src/big.ts']);
    expect(parts[1]?.text).toContain(hunk(1).trim());
    expect(parts[1]?.text).not.toContain('@@ -3,1');
    expect(parts[1]?.tokens).toBeLessThanOrEqual(1000 + 20);
  });
});
