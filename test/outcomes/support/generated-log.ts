// A generated outcome log of any size whose every field follows a formula of its index, so a
// test can recount what to expect with plain loops (test/cli/report-learn-big.int.test.ts).
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { OutcomeRecord } from '../../../src/core/outcomes/index.js';
import { totalsOf } from '../../../src/core/outcomes/index.js';
import { makeRecord, makeStage } from './records.js';

export const GEN_START_MS = Date.parse('2026-01-05T00:00:00Z'); // a Monday
export const GEN_OUTCOMES = [
  'ready',
  'ready',
  'escalated',
  'ready',
  'blocked',
  'budget_exceeded',
  'ready',
] as const;
export const GEN_TIERS = ['high', 'medium', 'low'] as const;

export interface GenFacts {
  readonly i: number;
  readonly issue: number;
  readonly pr: number | null;
  readonly outcome: (typeof GEN_OUTCOMES)[number];
  readonly tier: (typeof GEN_TIERS)[number];
  readonly cost: number | null;
  readonly timestampMs: number;
  readonly durationMs: number;
  readonly model: string;
  readonly rule: string | null;
  readonly file: string;
  readonly testsFailed: boolean;
}

export function genFacts(i: number): GenFacts {
  return {
    i,
    issue: i + 1,
    pr: i % 10 === 9 ? null : i + 1,
    outcome: GEN_OUTCOMES[i % 7] as GenFacts['outcome'],
    tier: GEN_TIERS[i % 3] as GenFacts['tier'],
    cost: i % 13 === 0 ? null : ((i * 37) % 1000) / 100,
    timestampMs: GEN_START_MS + i * 60_000,
    durationMs: (i % 50) * 1000,
    model: i % 3 === 0 ? 'm-a' : 'm-b',
    rule: i % 4 === 0 ? `rule-${i % 12}` : null,
    file: `pkg${i % 20}/f.ts`,
    testsFailed: i % 5 === 0,
  };
}

export function genRecord(f: GenFacts): OutcomeRecord {
  const stages = [
    makeStage({ stage: 'write', model: f.model, costUsd: f.cost, durationMs: f.durationMs }),
  ];
  return makeRecord({
    repo: 'big/r',
    correlationId: `c-${f.i}`,
    runId: String(f.i),
    issue: f.issue,
    pr: f.pr,
    branch: f.pr === null ? null : `agent/issue-${f.issue}`,
    outcome: f.outcome,
    riskTier: f.tier,
    checks: { tests: f.testsFailed ? 'failed' : 'passed' },
    changedFiles: [f.file],
    findings:
      f.rule === null
        ? []
        : [
            {
              severity: 'minor',
              path: f.file,
              lines: { start: 1, end: 2 },
              rule: f.rule,
              message: `${f.rule} here`,
              fingerprint: `fp-${f.i}`,
              status: 'open',
            },
          ],
    stages,
    totals: totalsOf(stages),
    timestamp: new Date(f.timestampMs).toISOString(),
  });
}

export async function writeGeneratedLog(file: string, n: number): Promise<void> {
  const out = createWriteStream(file);
  let batch = '';
  for (let i = 0; i < n; i++) {
    batch += `${JSON.stringify(genRecord(genFacts(i)))}\n`;
    if (batch.length > 1 << 20) {
      if (!out.write(batch)) await once(out, 'drain');
      batch = '';
    }
  }
  out.end(batch);
  await once(out, 'finish');
}
