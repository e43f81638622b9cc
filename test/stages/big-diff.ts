// A synthetic diff of 3,000 files and its risk policy, for the review's tests and bench/review.
import type { FileDiff, Forge } from '../../src/stages/ports.js';
import { recording } from './doubles.js';

function patch(path: string, lines: number): string {
  const body = Array.from({ length: lines }, (_, i) => `+const v${i} = ${i}; // ${path}`).join(
    '\n',
  );
  return `diff --git a/${path} b/${path}\n--- a/${path}\n+++ b/${path}\n@@ -0,0 +1,${lines} @@\n${body}\n`;
}

/** 3,000 files: every 100th a workflow (high), every 7th a doc (low), the rest source (medium). */
export function bigDiff(n = 3000): FileDiff[] {
  const files: FileDiff[] = [];
  for (let i = 0; i < n; i++) {
    const path =
      i % 100 === 0
        ? `.github/workflows/w${i}.yml`
        : i % 7 === 0
          ? `docs/page${i}.md`
          : `src/mod${i}/file${i}.ts`;
    files.push({ path, patch: patch(path, 5 + (i % 40)) });
  }
  return files;
}

export const BIG_DIFF_POLICY = JSON.stringify({
  riskTierRules: { high: ['.github/**'], medium: ['src/**'], low: ['docs/**'] },
  mergePolicy: {
    high: { requiredChecks: [], humanApprovalRequired: true },
    medium: { requiredChecks: [], humanApprovalRequired: false },
    low: { requiredChecks: [], humanApprovalRequired: false },
  },
});

/** A forge that serves `files` as the branch's diff, with BIG_DIFF_POLICY on the base. */
export function bigDiffForge(files: readonly FileDiff[]) {
  return recording<Forge>('forge', {
    changedFiles: async () => files.map((f) => f.path),
    readFileAt: async (_ref: string, path: string) =>
      path === 'risk-policy.json' ? BIG_DIFF_POLICY : null,
    resolveRef: async () => 'a'.repeat(40),
    diff: async () => [...files],
  });
}
