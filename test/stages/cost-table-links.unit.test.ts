// A stage that ran an engine chain shows each link in the cost tables people read: the PR body
// and the job summary (issue 13: "the chain adds up", and the record's links are shown).
import { describe, expect, test } from '@jest/globals';
import type { StageRecord } from '../../src/core/outcomes/index.js';
import { renderStageSummary } from '../../src/forge/github/summary.js';
import { initialState } from '../../src/stages/pipeline.js';
import { renderPrBody } from '../../src/stages/pr-body.js';

const tokens = (input: number, output: number) => ({ input, output, cacheRead: 0, cacheWrite: 0 });

/** A write whose first link (codex) spent, then failed on a 529; claude-code finished it. */
const chained: StageRecord = {
  stage: 'write',
  engine: 'claude-code',
  model: 'claude-opus-4-6',
  provider: 'anthropic',
  costUsd: 1.3,
  tokens: tokens(30_000, 3_000),
  turns: 5,
  durationMs: 9_000,
  outcome: 'completed',
  links: [
    {
      engine: 'codex',
      model: 'gpt-5-codex',
      outcome: 'error',
      costUsd: 0.4,
      tokens: tokens(10_000, 1_000),
      turns: 1,
      durationMs: 2_000,
      detail: 'infra: HTTP 529 | overloaded',
    },
    {
      engine: 'claude-code',
      model: 'claude-opus-4-6',
      outcome: 'completed',
      costUsd: 0.9,
      tokens: tokens(20_000, 2_000),
      turns: 4,
      durationMs: 7_000,
    },
  ],
};

const ROWS = [
  '| write | claude-code | `claude-opus-4-6` | $1.3000 | 33000 | 5 | 9.0s | completed |',
  '| ↳ link 1 | codex | `gpt-5-codex` | $0.4000 | 11000 | 1 | 2.0s | error |',
  '| ↳ link 2 | claude-code | `claude-opus-4-6` | $0.9000 | 22000 | 4 | 7.0s | completed |',
  '| **Total** | | | **$1.3000** | 33000 | 5 | 9.0s | |',
].join('\n');

describe('the cost table of a two-link chain', () => {
  test('the PR body has one sub-row per link under the stage, and the total counts the stage once', () => {
    const state = { ...initialState(7, 'main'), branch: 'agent/issue-7', stages: [chained] };
    const body = renderPrBody({ state, summary: 'Done.', status: 'draft', tests: null });
    expect(body).toContain(ROWS);
  });

  test('the job summary shows the same rows', () => {
    const text = renderStageSummary({
      action: 'write',
      outcome: 'pr_opened',
      why: 'opened the draft PR',
      issue: 7,
      prUrl: null,
      runUrl: 'https://github.example/o/r/actions/runs/1',
      stages: [chained],
    });
    expect(text).toContain(ROWS);
  });

  test('a cell with a pipe cannot split the row', () => {
    const odd: StageRecord = {
      ...chained,
      links: [
        { ...(chained.links?.[0] as NonNullable<StageRecord['links']>[number]), model: 'a|b' },
      ],
    };
    const state = { ...initialState(7, 'main'), stages: [odd] };
    const body = renderPrBody({ state, summary: 'Done.', status: 'draft', tests: null });
    expect(body).toContain('| ↳ link 1 | codex | `a\\|b` | $0.4000 |');
  });
});
