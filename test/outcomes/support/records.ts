import type { OutcomeRecord, StageLink, StageRecord } from '../../../src/core/outcomes/index.js';
import { totalsOf } from '../../../src/core/outcomes/index.js';

/** A valid v1 record; override any field. */
export function makeRecord(overrides: Partial<OutcomeRecord> = {}): OutcomeRecord {
  const stages: StageRecord[] = overrides.stages
    ? [...overrides.stages]
    : [
        makeStage({ stage: 'write', costUsd: 0.42 }),
        makeStage({ stage: 'review', model: 'claude-opus-4-6', costUsd: 0.08 }),
      ];
  return {
    schemaVersion: 1,
    correlationId: 'c0ffee00-0000-4000-8000-000000000001',
    runId: '22163583710',
    runAttempt: 1,
    repo: 'acme/widgets',
    issue: 10,
    pr: 18,
    branch: 'agent/issue-10',
    headSha: 'a'.repeat(40),
    source: 'github-issue',
    outcome: 'ready',
    riskTier: 'medium',
    checks: { gate: 'passed', tests: 'passed', review: 'passed', spec_audit: 'skipped' },
    changedFiles: ['src/app.ts', 'test/app.test.ts'],
    findings: [],
    remediationRounds: 0,
    stages,
    totals: totalsOf(stages),
    timestamp: '2026-02-19T00:39:16Z',
    suiteVersion: '0.1.0',
    ...overrides,
  };
}

export function makeStage(overrides: Partial<StageRecord> = {}): StageRecord {
  return {
    stage: 'write',
    engine: 'claude-code',
    model: 'claude-sonnet-4-6',
    provider: 'anthropic',
    costUsd: 0.1,
    tokens: { input: 1200, output: 800, cacheRead: 5000, cacheWrite: 300 },
    turns: 7,
    durationMs: 61000,
    outcome: 'ok',
    ...overrides,
  };
}

/** One link of an engine chain (`stages[].links`); override any field. */
export function makeLink(overrides: Partial<StageLink> = {}): StageLink {
  return {
    engine: 'anthropic',
    model: 'claude-sonnet-4-6',
    outcome: 'completed',
    costUsd: 0.01,
    tokens: { input: 100, output: 10, cacheRead: 0, cacheWrite: 0 },
    turns: 1,
    durationMs: 10,
    ...overrides,
  };
}

/** Deterministic pseudo-random numbers (mulberry32) so generated logs are reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OUTCOMES = ['ready', 'ready', 'ready', 'escalated', 'blocked', 'no_changes'] as const;
const TIERS = ['high', 'medium', 'low', null] as const;
const MODELS = ['claude-sonnet-4-6', 'claude-opus-4-6', 'claude-haiku-4-5'] as const;

/** A realistic record with varied outcome, tier, models, files and findings. */
export function randomRecord(next: () => number, i: number): OutcomeRecord {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const stageCount = 2 + Math.floor(next() * 3);
  const stages = Array.from({ length: stageCount }, (_, k) =>
    makeStage({
      stage: ['triage', 'write', 'review', 'remediate', 'review'][k] ?? 'review',
      model: pick(MODELS),
      costUsd: Math.round(next() * next() * 3_000_000) / 1_000_000,
      tokens: {
        input: Math.floor(next() * 20000),
        output: Math.floor(next() * 8000),
        cacheRead: Math.floor(next() * 200000),
        cacheWrite: Math.floor(next() * 10000),
      },
      turns: 1 + Math.floor(next() * 30),
      durationMs: Math.floor(next() * 600000),
    }),
  );
  const files = Array.from(
    { length: 1 + Math.floor(next() * 4) },
    (_, k) => `src/module${k}/file${i % 97}.ts`,
  );
  const findings =
    next() < 0.3
      ? [
          {
            severity: 'major' as const,
            path: files[0] ?? null,
            lines: { start: 10, end: 14 },
            rule: 'no-unchecked-input',
            message: 'Input from the request body reaches the query without validation.',
            fingerprint: `fp-${i.toString(16)}`,
            status: 'open' as const,
          },
        ]
      : [];
  return makeRecord({
    correlationId: `corr-${i}`,
    runId: String(22000000000 + i),
    issue: 1 + (i % 5000),
    pr: 1 + (i % 4000),
    branch: `agent/issue-${1 + (i % 5000)}`,
    outcome: pick(OUTCOMES),
    riskTier: pick(TIERS),
    changedFiles: files,
    findings,
    remediationRounds: Math.floor(next() * 3),
    stages,
    totals: totalsOf(stages),
  });
}
