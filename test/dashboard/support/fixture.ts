// A hand-made outcome log for the dashboard's tests: two repositories, four weeks, every kind of
// row (an issue run twice, one over the issue ceiling, one of unknown cost, one without a PR).
import type { OutcomeRecord, StageRecord } from '../../../src/core/outcomes/index.js';
import { totalsOf } from '../../../src/core/outcomes/index.js';
import { makeRecord, makeStage } from '../../outcomes/support/records.js';

/** The page's time: a Monday. The last 4 weeks start on 2026-11-09. */
export const NOW = '2026-12-07T00:00:00Z';
export const REPOS = ['acme/api', 'acme/web'] as const;

const st = (stage: string, engine: string, model: string, costUsd: number | null): StageRecord =>
  makeStage({ stage, engine, model, costUsd });

const rec = (
  n: number,
  o: Pick<OutcomeRecord, 'repo' | 'issue' | 'pr' | 'outcome' | 'riskTier' | 'timestamp'> & {
    stages: StageRecord[];
  },
): OutcomeRecord =>
  makeRecord({
    ...o,
    correlationId: `corr-${o.repo}-${o.issue}`,
    runId: String(1000 + n),
    branch: o.pr === null ? null : `agent/issue-${o.issue}`,
    totals: totalsOf(o.stages),
  });

const SONNET = 'claude-sonnet-4-6';
const OPUS = 'claude-opus-4-6';
const HAIKU = 'claude-haiku-4-5';

/** Issue 2 of acme/api, run twice: the first run's ledger, which the second carries on. */
const ISSUE_2 = { repo: 'acme/api', issue: 2, pr: 12, riskTier: 'high' } as const;
const ISSUE_2_RUN_1 = [
  st('write', 'claude-code', SONNET, 4),
  st('review', 'anthropic', OPUS, 1),
  st('remediate', 'claude-code', SONNET, 2),
  st('review', 'anthropic', OPUS, 1),
];

export const FIXTURE: readonly OutcomeRecord[] = [
  rec(1, {
    repo: 'acme/api',
    issue: 1,
    pr: 11,
    outcome: 'ready',
    riskTier: 'medium',
    timestamp: '2026-11-02T10:00:00Z',
    stages: [st('write', 'claude-code', SONNET, 1), st('review', 'anthropic', OPUS, 0.5)],
  }),
  rec(2, {
    ...ISSUE_2,
    outcome: 'escalated',
    timestamp: '2026-11-03T10:00:00Z',
    stages: ISSUE_2_RUN_1,
  }),
  // Issue 2 again, a week later: its ledger carries on and ends over the $10 issue ceiling.
  rec(3, {
    ...ISSUE_2,
    outcome: 'ready',
    timestamp: '2026-11-10T10:00:00Z',
    stages: [
      ...ISSUE_2_RUN_1,
      st('remediate', 'claude-code', SONNET, 3),
      st('review', 'anthropic', OPUS, 1),
    ],
  }),
  rec(4, {
    repo: 'acme/web',
    issue: 1,
    pr: null,
    outcome: 'blocked',
    riskTier: 'high',
    timestamp: '2026-11-11T09:00:00Z',
    stages: [st('triage', 'anthropic', HAIKU, 0.02)],
  }),
  rec(5, {
    repo: 'acme/web',
    issue: 2,
    pr: 5,
    outcome: 'ready',
    riskTier: 'low',
    timestamp: '2026-11-24T12:00:00Z',
    stages: [st('write', 'codex', 'gpt-5', 0.8), st('review', 'anthropic', OPUS, 0.3)],
  }),
  rec(6, {
    repo: 'acme/web',
    issue: 3,
    pr: null,
    outcome: 'needs_clarification',
    riskTier: null,
    timestamp: '2026-12-01T12:00:00Z',
    stages: [st('triage', 'anthropic', HAIKU, 0.01)],
  }),
  // An unpriced model: the run's cost is unknown, never 0.
  rec(7, {
    repo: 'acme/api',
    issue: 3,
    pr: 13,
    outcome: 'ready',
    riskTier: 'low',
    timestamp: '2026-12-02T08:00:00Z',
    stages: [st('write', 'codex', 'gpt-5', null), st('review', 'anthropic', OPUS, 0.2)],
  }),
];

export const fixtureLog = (records: readonly OutcomeRecord[] = FIXTURE): string =>
  records.map((r) => `${JSON.stringify(r)}\n`).join('');

/** The Monday (UTC) of an instant's week, computed here without the code under test. */
export function mondayOf(ts: string): string {
  const d = new Date(ts);
  const back = (d.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - back))
    .toISOString()
    .slice(0, 10);
}

/**
 * What the dashboard must show for a filter, computed straight from the records: weeks with
 * runs, and the issues (latest record of each repo#issue) with their final state.
 */
export function expected(filter: { days: number | null; repo: string | null }) {
  const from = filter.days === null ? -Infinity : Date.parse(NOW) - filter.days * 86_400_000;
  const runs = FIXTURE.filter(
    (r) => Date.parse(r.timestamp) >= from && (filter.repo === null || r.repo === filter.repo),
  );
  const weeks = [...new Set(runs.map((r) => mondayOf(r.timestamp)))].sort();
  const latest = new Map<string, OutcomeRecord>();
  for (const r of runs) {
    const key = `${r.repo}#${r.issue}`;
    const seen = latest.get(key);
    if (seen === undefined || seen.timestamp <= r.timestamp) latest.set(key, r);
  }
  const issues = [...latest.values()];
  const distinct = (f: (r: OutcomeRecord) => string[]) => new Set(issues.flatMap(f)).size;
  /** Weeks in which some issue's latest run of known cost fell: a point on the cost chart. */
  const costWeeks = new Set(
    issues.filter((r) => r.totals.costUsd !== null).map((r) => mondayOf(r.timestamp)),
  ).size;
  return {
    runs: runs.length,
    weeks,
    issues,
    tiers: new Set(issues.map((r) => r.riskTier ?? 'unknown')).size,
    engines: distinct((r) => r.stages.map((s) => s.engine)),
    models: distinct((r) => r.stages.map((s) => s.model)),
    costWeeks,
    spend: runs.reduce((t, r) => t + (r.totals.costUsd ?? 0), 0),
    ready: issues.filter((r) => r.outcome === 'ready').length,
  };
}
