// Issue 13, Build 5: honest verdicts. Required tests that cannot run are never clean; a model's
// refusal is `refused`, not an infrastructure error.
import { describe, expect, test } from '@jest/globals';
import { ModelRefusalError } from '../../src/engines/model/index.js';
import { initialState } from '../../src/stages/pipeline.js';
import type { Forge, Model, Workspace } from '../../src/stages/ports.js';
import { review } from '../../src/stages/review.js';
import { triage } from '../../src/stages/triage.js';
import { queueModel, recording, stageDeps } from './doubles.js';

const policy = (requiredChecks: string[]) =>
  JSON.stringify({
    riskTierRules: { high: [], medium: ['src/**'], low: [] },
    mergePolicy: {
      high: { requiredChecks, humanApprovalRequired: true },
      medium: { requiredChecks, humanApprovalRequired: false },
      low: { requiredChecks, humanApprovalRequired: false },
    },
  });

function reviewForge(policyText: string) {
  return recording<Forge>('forge', {
    changedFiles: async () => ['src/a.ts'],
    readFileAt: async (_ref: string, path: string) =>
      path === 'risk-policy.json' ? policyText : null,
    resolveRef: async () => 'c'.repeat(40),
    diff: async () => [{ path: 'src/a.ts', patch: '@@ -1 +1 @@\n-a\n+b\n' }],
  });
}

/** A checkout with no test command to find: no package.json, pytest, go.mod, Cargo or Makefile. */
function bareWorkspace() {
  return recording<Workspace>('workspace', {
    dir: '/nowhere',
    checkoutBranch: async () => ({ created: false }),
    readFile: async () => null,
    exists: async () => false,
  });
}

const CLEAN = { summary: 'looks right', findings: [], previous: [] };
const state = () => ({ ...initialState(4, 'main'), branch: 'agent/y' });

describe('a tier that requires tests, with no test command', () => {
  test('is needs_human, never clean, and says how to fix it', async () => {
    const ws = bareWorkspace();
    const deps = stageDeps({
      forge: reviewForge(policy(['tests'])).port,
      model: queueModel({ review_findings: [CLEAN] }),
      workspace: ws.port,
    });
    const r = await review(deps, { head: 'agent/y', state: state() });
    expect(r.verdict).toBe('needs_human');
    expect(r.tests?.status).toBe('skipped');
    expect(r.reasons[0]).toBe(
      'tests are required for tier medium, and no test command was found: set testCommand in .github/lailatov.yml',
    );
    // The workspace was asked for nothing it cannot give: no command was run.
    expect(ws.calls.map((c) => c.method)).not.toContain('run');
  });

  test('a tier that does not require tests stays clean without a test command', async () => {
    const deps = stageDeps({
      forge: reviewForge(policy([])).port,
      model: queueModel({ review_findings: [CLEAN] }),
      workspace: bareWorkspace().port,
    });
    const r = await review(deps, { head: 'agent/y', state: state() });
    expect(r.verdict).toBe('clean');
  });
});

describe('a refusal is refused, not infra_error', () => {
  const refusing: Model = {
    complete: async (req) => {
      throw new ModelRefusalError(req.toolName, [
        { tokens: { input: 900, output: 12, cacheRead: 0, cacheWrite: 0 }, costUsd: 0.0029 },
      ]);
    },
  };

  test('triage', async () => {
    const forge = recording<Forge>('forge', {
      readIssue: async () => ({ number: 4, title: 't', body: 'b', comments: [], labels: [] }),
    });
    const t = await triage(stageDeps({ forge: forge.port, model: refusing }), 4);
    expect(t.outcome).toBe('refused');
    expect(t.stage).toMatchObject({ outcome: 'refused', costUsd: 0.0029 });
  });

  test('review', async () => {
    const deps = stageDeps({ forge: reviewForge(policy([])).port, model: refusing });
    const r = await review(deps, { head: 'agent/y', state: state() });
    expect(r.verdict).toBe('refused');
    expect(r.state.stages.at(-1)).toMatchObject({
      stage: 'review',
      outcome: 'refused',
      costUsd: 0.0029,
    });
  });
});
