// Issue 14, Build 1: one orchestration. The decision after a review or a remediation round and the
// terminal close are one piece of code that the CLI's loop and the Action's stages both drive;
// only the forge, the store and the identity differ.
import { describe, expect, test } from '@jest/globals';
import type { OutcomeRecord } from '../../src/core/outcomes/index.js';
import {
  closePipeline,
  decideAfterRemediation,
  decideAfterReview,
  type Terminal,
} from '../../src/stages/closing.js';
import { initialState } from '../../src/stages/pipeline.js';
import type { Forge, Notifier } from '../../src/stages/ports.js';
import type { ReviewResult, ReviewVerdict } from '../../src/stages/review.js';
import type { TrackedFinding } from '../../src/core/findings.js';
import { queueModel, recording, stageDeps } from './doubles.js';

const finding = (survivedRounds: number): TrackedFinding => ({
  fingerprint: 'fp1',
  path: 'src/a.ts',
  lines: { start: 1, end: 1 },
  severity: 'major',
  rule: 'bug',
  message: 'off by one',
  suggestion: null,
  status: 'open',
  survivedRounds,
  firstRound: 0,
});

function reviewed(
  verdict: ReviewVerdict,
  over: { round?: number; findings?: TrackedFinding[] } = {},
): ReviewResult {
  return {
    verdict,
    reasons: ['reason one', 'reason two'],
    risk: null,
    tests: null,
    audit: [],
    packed: null,
    state: {
      ...initialState(3, 'main'),
      branch: 'agent/x',
      round: over.round ?? 0,
      findings: over.findings ?? [],
    },
  };
}

const deps = (config = '') =>
  stageDeps({ forge: recording<Forge>('forge', {}).port, model: queueModel({}), config });

describe('the decision after a review', () => {
  test('each verdict maps to one next step, with the PR status line', () => {
    const d = deps();
    expect(decideAfterReview(d, reviewed('clean'))).toEqual({
      next: 'ready',
      summary: 'reason one\nreason two',
      status: 'ready for review (a human reviews and merges)',
    });
    expect(decideAfterReview(d, reviewed('findings', { findings: [finding(0)] }))).toMatchObject({
      next: 'remediate',
      status: 'review round 0: findings; remediation round 1 is next',
    });
    expect(decideAfterReview(d, reviewed('blocked')).summary).toBe(
      'Blocked by the risk policy:\n- reason one\n- reason two',
    );
    expect(decideAfterReview(d, reviewed('refused'))).toMatchObject({
      next: 'refused',
      summary: 'Review failed: reason one; reason two. Re-run the review.',
      status: 'stopped: refused',
    });
    expect(decideAfterReview(d, reviewed('needs_human')).summary).toContain(
      'Escalated to a human: reason one.',
    );
    expect(decideAfterReview(d, reviewed('no_changes')).next).toBe('no_changes');
  });

  test('findings past the round cap, or surviving two rounds, escalate', () => {
    const capped = decideAfterReview(
      deps('maxRemediationRounds: 1\n'),
      reviewed('findings', { round: 1, findings: [finding(0)] }),
    );
    expect(capped.next).toBe('escalated');
    expect(capped.summary).toContain('after 1 remediation round(s) (maximum 1)');
    const stuck = decideAfterReview(deps(), reviewed('findings', { findings: [finding(2)] }));
    expect(stuck.summary).toContain('survived two remediation rounds unchanged: fp1');
  });

  test('findings with the issue budget spent stop as budget_exceeded', () => {
    const r = reviewed('findings', { findings: [finding(0)] });
    const spent: ReviewResult = {
      ...r,
      state: {
        ...r.state,
        stages: [
          {
            stage: 'write',
            engine: 'replay',
            model: 'm',
            provider: 'p',
            costUsd: 50,
            tokens: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
            turns: 1,
            durationMs: 1,
            outcome: 'ok',
          },
        ],
      },
    };
    const d = decideAfterReview(deps('budgets:\n  issue: 1\n'), spent);
    expect(d.next).toBe('budget_exceeded');
    expect(d.summary).toContain('the issue budget of $1 is spent');
  });

  test('a remediation round that pushed nothing escalates; an outage is infra_error', () => {
    const state = reviewed('findings').state;
    const base = { engine: null, state, commit: null };
    expect(
      decideAfterRemediation(
        { ...base, outcome: 'changed', detail: 'x', commit: 'a'.repeat(40) },
        null,
      ),
    ).toBeNull();
    expect(
      decideAfterRemediation({ ...base, outcome: 'no_changes', detail: 'nothing changed' }, null),
    ).toMatchObject({
      outcome: 'escalated',
    });
    expect(
      decideAfterRemediation({ ...base, outcome: 'infra_error', detail: 'down' }, null),
    ).toEqual({
      outcome: 'infra_error',
      summary: 'Remediation failed: down',
    });
  });
});

describe('the close', () => {
  const terminal = (over: Partial<Terminal>): Terminal => ({
    outcome: 'escalated',
    summary: 'why',
    issue: 3,
    correlationId: 'c',
    stages: [],
    pr: 9,
    branch: 'agent/x',
    headSha: null,
    riskTier: null,
    checks: {},
    changedFiles: [],
    findings: [],
    round: 1,
    ...over,
  });

  test('an escalation comments on the PR, labels the issue, notifies, clears the working label, then records', async () => {
    const order: string[] = [];
    const forge = recording<Forge>('forge', {
      postComment: async (n: number) => void order.push(`comment #${n}`),
      addLabels: async (n: number, l: readonly string[]) =>
        void order.push(`label #${n} ${l.join()}`),
      removeLabels: async (n: number, l: readonly string[]) =>
        void order.push(`unlabel #${n} ${l.join()}`),
    });
    const notifier = recording<Notifier>('notifier', {
      notify: async () => void order.push('notify'),
    });
    const records: OutcomeRecord[] = [];
    const d = { ...deps(), forge: forge.port, notifier: notifier.port };
    const record = await closePipeline(d, {
      store: { append: async (r) => void (records.push(r), order.push('record')) },
      identity: { repo: 'o/r', runId: '1', runAttempt: 1, source: 'local', suiteVersion: 'v' },
      terminal: terminal({}),
      clearLabels: ['agent:working'],
    });
    expect(order).toEqual([
      'comment #9',
      'label #3 agent:escalated',
      'notify',
      'unlabel #3 agent:working',
      'record',
    ]);
    expect(records).toEqual([record]);
    expect(record).toMatchObject({ outcome: 'escalated', pr: 9, issue: 3, remediationRounds: 1 });
    expect(record.timestamp).toBe('2026-01-01T00:00:00.000Z');
  });

  test('a block labels the issue; a ready run only records', async () => {
    const forge = recording<Forge>('forge', { addLabels: async () => undefined });
    const d = { ...deps(), forge: forge.port };
    const store = { append: async () => undefined };
    const identity = {
      repo: 'o/r',
      runId: '1',
      runAttempt: 1,
      source: 'local' as const,
      suiteVersion: 'v',
    };
    await closePipeline(d, { store, identity, terminal: terminal({ outcome: 'blocked' }) });
    await closePipeline(d, { store, identity, terminal: terminal({ outcome: 'ready' }) });
    expect(forge.calls).toEqual([{ method: 'addLabels', args: [3, ['agent:blocked']] }]);
  });
});
