// Issue 13, Build 4: every cost is recorded. A failed structured call is on the record with what
// it cost; triage and review honour their budgets; an unknown remainder is never "spent".
import { describe, expect, test } from '@jest/globals';
import { parseConfig } from '../../src/config/index.js';
import type { StageRecord } from '../../src/core/outcomes/index.js';
import { ModelApiError } from '../../src/engines/model/index.js';
import { budgetLeft, issueBudgetSpent, stageCeiling } from '../../src/stages/ledger.js';
import { initialState } from '../../src/stages/pipeline.js';
import type { Forge, Issue, Model, ModelRequest } from '../../src/stages/ports.js';
import { review } from '../../src/stages/review.js';
import { triage } from '../../src/stages/triage.js';
import { queueModel, recording, stageDeps } from './doubles.js';

const ISSUE: Issue = {
  number: 3,
  title: 'Fix the parser',
  body: 'It drops a part.',
  comments: [],
  labels: [],
};
const CLEAR = {
  clear: true,
  confidence: 0.9,
  question: null,
  defaultAssumption: null,
  why: 'clear',
  acceptanceCriteria: ['parses 1h30m'],
  complexity: 'low',
};
const SPENT = { input: 1200, output: 300, cacheRead: 0, cacheWrite: 0 };

/** A model whose call fails with `error`, recording each request. */
function failing(error: unknown): Model & { requests: ModelRequest<unknown>[] } {
  const requests: ModelRequest<unknown>[] = [];
  return {
    requests,
    complete: async (req) => {
      requests.push(req as ModelRequest<unknown>);
      throw error;
    },
  };
}

function triageForge() {
  return recording<Forge>('forge', {
    readIssue: async () => ISSUE,
    postComment: async () => undefined,
    addLabels: async () => undefined,
    removeLabels: async () => undefined,
  });
}

/** No required checks: the review makes its calls without running tests. */
const NO_TESTS_POLICY = JSON.stringify({
  riskTierRules: { high: [], medium: ['src/**'], low: [] },
  mergePolicy: {
    high: { requiredChecks: [], humanApprovalRequired: true },
    medium: { requiredChecks: [], humanApprovalRequired: false },
    low: { requiredChecks: [], humanApprovalRequired: false },
  },
});

function reviewForge() {
  return recording<Forge>('forge', {
    changedFiles: async () => ['src/a.ts'],
    readFileAt: async (_ref: string, path: string) =>
      path === 'risk-policy.json' ? NO_TESTS_POLICY : null,
    resolveRef: async () => 'b'.repeat(40),
    diff: async () => [{ path: 'src/a.ts', patch: '@@ -1 +1 @@\n-a\n+b\n' }],
  });
}

function record(stage: string, costUsd: number | null): StageRecord {
  return {
    stage,
    engine: 'replay',
    model: 'claude-sonnet-4-6',
    provider: 'test',
    costUsd,
    tokens: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
    turns: 1,
    durationMs: 1,
    outcome: 'completed',
  };
}

const CLEAN_REVIEW = { summary: 'ok', findings: [], previous: [] };

describe('a failed model call records what it cost', () => {
  test('triage: the error carries its calls, priced: the stage record has that cost, not $0', async () => {
    const err = new ModelApiError('HTTP 500 after the repair call', true, [
      { tokens: SPENT, costUsd: 0.0081 },
    ]);
    const t = await triage(stageDeps({ forge: triageForge().port, model: failing(err) }), 3);
    expect(t.outcome).toBe('infra_error');
    expect(t.stage.costUsd).toBe(0.0081);
    expect(t.stage.tokens).toEqual(SPENT);
  });

  test('triage: an error that says nothing of its usage is unknown (null), never $0', async () => {
    const t = await triage(
      stageDeps({ forge: triageForge().port, model: failing(new Error('socket hang up')) }),
      3,
    );
    expect(t.outcome).toBe('infra_error');
    expect(t.stage.costUsd).toBeNull();
  });

  test('review: the audit fails after the review answered: both calls are on the record, each with its cost', async () => {
    const ok = queueModel({ review_findings: [CLEAN_REVIEW] });
    const err = new ModelApiError('HTTP 529', true, [{ tokens: SPENT, costUsd: 0.0042 }]);
    const model: Model = {
      complete: async (req) =>
        req.toolName === 'spec_audit' ? Promise.reject(err) : ok.complete(req),
    };
    const state = { ...initialState(3, 'main'), branch: 'agent/x', acceptanceCriteria: ['c'] };
    const r = await review(stageDeps({ forge: reviewForge().port, model }), {
      head: 'agent/x',
      state,
    });
    expect(r.verdict).toBe('infra_error');
    expect(r.state.stages.map((s) => [s.stage, s.outcome, s.costUsd])).toEqual([
      ['review', 'clean', 0.001],
      ['audit', 'infra_error', 0.0042],
    ]);
  });
});

describe('triage and review honour budgets.triage and budgets.review', () => {
  test('a triage budget that cannot pay for the prompt refuses the call before it starts', async () => {
    const model = queueModel({ triage_verdict: [CLEAR] });
    const deps = stageDeps({
      forge: triageForge().port,
      model,
      config: 'budgets:\n  triage: 0.0001\n',
    });
    const t = await triage(deps, 3);
    expect(t.outcome).toBe('budget_exceeded');
    expect(model.requests).toHaveLength(0);
    expect('error' in t && t.error).toContain('budgets.triage');
    expect(t.stage.costUsd).toBe(0);
  });

  test('a small triage budget sizes the answer: max_tokens is what the ceiling can pay for', async () => {
    const model = queueModel({ triage_verdict: [CLEAR] });
    // claude-sonnet-4-6: $15 per million output tokens, so $0.01 pays for fewer than 667.
    const deps = stageDeps({
      forge: triageForge().port,
      model,
      config: 'budgets:\n  triage: 0.01\n',
    });
    const t = await triage(deps, 3);
    expect(t.outcome).toBe('clear');
    const max = model.requests[0]?.maxTokens ?? Infinity;
    expect(max).toBeGreaterThanOrEqual(256);
    expect(max).toBeLessThan(667);
  });

  test('review: what is left of the issue budget is its ceiling; too little refuses the call', async () => {
    const model = queueModel({ review_findings: [CLEAN_REVIEW] });
    const deps = stageDeps({ forge: reviewForge().port, model, config: 'budgets:\n  issue: 2\n' });
    const state = {
      ...initialState(3, 'main'),
      branch: 'agent/x',
      stages: [record('write', 1.99999)],
    };
    const r = await review(deps, { head: 'agent/x', state });
    expect(r.verdict).toBe('budget_exceeded');
    expect(model.requests).toHaveLength(0);
    expect(r.reasons[0]).toContain('budgets.review');
  });

  test('review: the budget-usd input (budgets.review) sizes the call', async () => {
    const model = queueModel({ review_findings: [CLEAN_REVIEW] });
    const deps = stageDeps({
      forge: reviewForge().port,
      model,
      config: 'budgets:\n  review: 0.02\n',
    });
    const state = { ...initialState(3, 'main'), branch: 'agent/x' };
    const r = await review(deps, { head: 'agent/x', state });
    expect(r.verdict).toBe('clean');
    expect(model.requests[0]?.maxTokens).toBeLessThan(4096 / 3);
  });
});

describe('the prices override reaches the structured calls', () => {
  const unpriced = 'models:\n  triage: acme-triage\nbudgets:\n  triage: 0.5\n';
  test('a triage model with no price is refused before the call', async () => {
    const model = queueModel({ triage_verdict: [CLEAR] });
    const deps = stageDeps({ forge: triageForge().port, model, config: unpriced });
    await expect(triage(deps, 3)).rejects.toThrow(
      /no price is known for model "acme-triage".*price it under `prices`/,
    );
    expect(model.requests).toHaveLength(0);
  });

  test('priced under `prices`, the call runs and its answer is sized at that price', async () => {
    const model = queueModel({ triage_verdict: [CLEAR] });
    // $1,000 per million output tokens: $0.5 pays for fewer than 500 of them.
    const prices =
      'prices:\n  acme-triage: {input: 1, output: 1000, cacheWrite: 0, cacheRead: 0}\n';
    const deps = stageDeps({ forge: triageForge().port, model, config: unpriced + prices });
    const t = await triage(deps, 3);
    expect(t.outcome).toBe('clear');
    const max = model.requests[0]?.maxTokens ?? Infinity;
    expect(max).toBeGreaterThanOrEqual(256);
    expect(max).toBeLessThan(500);
  });
});

describe('unknown is never zero and never "spent"', () => {
  const config = parseConfig('budgets:\n  issue: 10\n  write: 5\n');
  const unpriced = [record('triage', 0.0019), record('write', null)];

  test('an unknown remainder stays unknown: not 0, and the issue budget is not spent', () => {
    expect(budgetLeft(config, unpriced)).toBeNull();
    expect(issueBudgetSpent(config, unpriced)).toBe(false);
  });

  test('a stage with an unknown remainder runs under its own budget, and says so', () => {
    const c = stageCeiling(config, unpriced, 'remediate');
    expect(c.usd).toBe(config.budgets.remediate);
    expect(c.note).toContain('unknown');
    expect(stageCeiling(config, [record('write', 9)], 'remediate')).toEqual({ usd: 1, note: null });
  });

  test('review after an unpriced stage still runs, with its own budget as the ceiling', async () => {
    const model = queueModel({ review_findings: [CLEAN_REVIEW] });
    const warnings: string[] = [];
    const deps = {
      ...stageDeps({ forge: reviewForge().port, model }),
      logger: { info: () => undefined, warn: (m: string) => void warnings.push(m) },
    };
    const state = { ...initialState(3, 'main'), branch: 'agent/x', stages: unpriced };
    const r = await review(deps, { head: 'agent/x', state });
    expect(r.verdict).toBe('clean');
    expect(model.requests).toHaveLength(1);
    expect(warnings.join('\n')).toContain('review runs with its own budget of $1');
  });
});
