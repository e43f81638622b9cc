// The report's and dashboard's figures on the hand-made log, each worked out by hand (the
// arithmetic is in the comments), and on a generated log against a plain recount.
import { describe, expect, it } from '@jest/globals';
import { analyze, lastDays, weekStart } from '../../../src/core/outcomes/index.js';
import { handMadeLog, NOW, viewsOf } from '../../outcomes/support/hand-made-log.js';

describe('analyze on the hand-made log, last 7 days', () => {
  const a = analyze(viewsOf(handMadeLog()), { period: lastDays(new Date(NOW), 7) });

  it('counts runs, issues and PRs of the week only', () => {
    expect(a.records).toBe(6); // #1 twice, #2, #3, #4, #5
    expect(a.skipped).toBe(1); // #6, 2026-02-20
    expect(a.units).toBe(5);
    expect(a.issues).toBe(5);
    expect(a.prs).toBe(4); // #5 opened none
  });

  it('gives outcomes by terminal state, for runs and for issues, and the resolve rate', () => {
    expect(a.byOutcome).toEqual({
      escalated: 2,
      ready: 2,
      budget_exceeded: 1,
      needs_clarification: 1,
    });
    expect(a.unitsByOutcome).toEqual({
      ready: 2,
      budget_exceeded: 1,
      escalated: 1,
      needs_clarification: 1,
    });
    expect(a.resolveRate).toBe(2 / 5);
  });

  it('gives the cost per PR from each issue latest ledger, and the unknown apart', () => {
    // PR costs: #1 1.50 (its latest run), #2 0.50, #3 2.00; #4 unknown. Sorted 0.5, 1.5, 2.0:
    // p50 is rank ceil(0.5*3)=2 → 1.50; p90 rank ceil(0.9*3)=3 → 2.00.
    expect(a.cost.perPr).toEqual({ count: 3, p50: 1.5, p90: 2.0, max: 2.0 });
    expect(a.cost.prsWithUnknownCost).toBe(1);
    expect(a.cost.knownUsd).toBeCloseTo(1.0 + 1.5 + 0.5 + 2.0 + 0.05, 10);
    expect(a.cost.unknownRecords).toBe(1);
  });

  it('gives the time to ready from the start of the first run', () => {
    // #1: first run ended 03-02 10:00 after 600 s, so started 09:50; ready 03-03 10:00 → 24h10m.
    // #2: one run of 300 s. Sorted: 300 000, 87 000 000 → p50 rank 1, p90 rank 2.
    expect(a.timeToReadyMs).toEqual({ count: 2, p50: 300_000, p90: 87_000_000, max: 87_000_000 });
  });

  it('lists escalations newest first, with links to their PRs', () => {
    expect(a.escalations.map((e) => [e.outcome, e.url])).toEqual([
      ['budget_exceeded', 'https://github.com/acme/w/pull/14'],
      ['escalated', 'https://github.com/acme/w/pull/13'],
    ]);
  });

  it('ranks findings by the PRs they recur on, a repeated finding counted once', () => {
    expect(a.topFindings.map((f) => [f.rule, f.units, f.count, f.fingerprints])).toEqual([
      ['sql-injection', 3, 3, 3], // #1 (a1 on both runs: once), #3, #4
      ['missing-test', 1, 1, 1],
    ]);
  });

  it('sets models side by side: issues, ready, success, cost per issue', () => {
    // m-big: #1 (1.50, ready), #3 (2.00), #4 (unknown) → 3.50 over the 2 issues priced.
    // m-small: #2 (0.50, ready), #5 (0.05).
    expect(
      a.models.map((m) => [m.name, m.units, m.ready, m.successRate, m.unknownCostStages]),
    ).toEqual([
      ['m-big', 3, 1, 1 / 3, 1],
      ['m-small', 2, 1, 1 / 2, 0],
    ]);
    expect(a.models[0]?.costPerUnitUsd).toBeCloseTo(1.75, 10);
    expect(a.models[1]?.costPerUnitUsd).toBeCloseTo(0.275, 10);
    expect(a.engines.map((e) => [e.name, e.units, e.stages])).toEqual([['claude-code', 5, 5]]);
  });

  it('gives tiers, weeks and days', () => {
    expect(a.tiers.map((t) => [t.tier, t.units, t.ready, t.escalated])).toEqual([
      ['high', 3, 1, 2],
      ['low', 1, 1, 0],
      ['unknown', 1, 0, 0],
    ]);
    expect(a.weeks.map((w) => [w.start, w.records])).toEqual([['2026-03-02', 6]]); // a Monday
    expect(a.days.map((d) => d.start)).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
    ]);
    expect(a.rows).toHaveLength(5);
    expect(a.rows[0]).toMatchObject({ issue: 5, outcome: 'needs_clarification', prUrl: null });
  });

  it('filters by repository', () => {
    expect(analyze(viewsOf(handMadeLog()), { repos: ['other/x'] }).records).toBe(0);
    expect(analyze(viewsOf(handMadeLog()), { repos: ['ACME/W'] }).records).toBe(7);
  });
});

describe('weekStart', () => {
  it('is the Monday of the week, in UTC', () => {
    expect(weekStart('2026-03-08T23:59:59Z')).toBe('2026-03-02'); // a Sunday
    expect(weekStart('2026-03-09T00:00:00Z')).toBe('2026-03-09');
    expect(weekStart('2026-03-09T01:00:00+02:00')).toBe('2026-03-02');
  });
});
