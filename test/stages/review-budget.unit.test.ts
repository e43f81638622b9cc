import { describe, expect, test } from '@jest/globals';
import type { FileDiff, Forge } from '../../src/stages/ports.js';
import { estimateTokens } from '../../src/stages/pack.js';
import { initialState } from '../../src/stages/pipeline.js';
import { review } from '../../src/stages/review.js';
import { queueModel, recording, stageDeps } from './doubles.js';

function patch(path: string, lines: number): string {
  const body = Array.from({ length: lines }, (_, i) => `+const v${i} = ${i}; // ${path}`).join(
    '\n',
  );
  return `diff --git a/${path} b/${path}\n--- a/${path}\n+++ b/${path}\n@@ -0,0 +1,${lines} @@\n${body}\n`;
}

describe('review of a 3,000-file diff', () => {
  test('stays within the token budget, risky files first, and states what was left out', async () => {
    const files: FileDiff[] = [];
    for (let i = 0; i < 3000; i++) {
      const path = i % 100 === 0 ? `.github/workflows/w${i}.yml` : `src/mod${i}/file${i}.ts`;
      files.push({ path, patch: patch(path, 5 + (i % 40)) });
    }
    const policy = JSON.stringify({
      riskTierRules: { high: ['.github/**'], medium: ['src/**'], low: [] },
      mergePolicy: {
        high: { requiredChecks: [], humanApprovalRequired: true },
        medium: { requiredChecks: [], humanApprovalRequired: false },
        low: { requiredChecks: [], humanApprovalRequired: false },
      },
    });
    const forge = recording<Forge>('forge', {
      changedFiles: async () => files.map((f) => f.path),
      readFileAt: async (_ref: string, path: string) =>
        path === 'risk-policy.json' ? policy : null,
      resolveRef: async () => 'a'.repeat(40),
      diff: async () => files,
    });
    const model = queueModel({ review_findings: [{ summary: 'ok', findings: [], previous: [] }] });
    const deps = stageDeps({
      forge: forge.port,
      model,
      config: 'review:\n  diffTokenBudget: 20000\n',
    });
    const r = await review(deps, {
      head: 'agent/big',
      state: { ...initialState(1, 'main'), branch: 'agent/big' },
    });

    expect(r.verdict).toBe('clean');
    const prompt = model.requests[0]?.prompt ?? '';
    const total = files.reduce((a, f) => a + estimateTokens(f.patch), 0);
    expect(total).toBeGreaterThan(20000 * 10); // the diff really is far over budget
    expect(estimateTokens(prompt)).toBeLessThanOrEqual(20000 + 1000); // budget + fixed instructions
    expect(prompt).toContain('The diff has 3000 file(s)');
    expect(prompt).toMatch(/left out: \d+ file\(s\)/);
    expect(prompt).toMatch(/and \d+ more file\(s\) not named here/);
    // Every high-risk (workflow) file made it in before any medium one.
    const packed = r.packed;
    expect(packed?.included.slice(0, 30).every((p) => p.startsWith('.github/'))).toBe(true);
    expect(packed && packed.included.length + packed.omitted.length).toBe(3000);
    expect(packed?.omitted.length).toBeGreaterThan(2000);
    // Nothing was cut in the middle: every included patch is whole in the prompt.
    for (const p of packed?.included.slice(0, 50) ?? [])
      expect(prompt).toContain(files.find((f) => f.path === p)?.patch ?? '@');
    expect(forge.calls.map((c) => c.method)).not.toContain('upsertPullRequest');
  });
});
