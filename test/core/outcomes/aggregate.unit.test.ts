import { describe, expect, it } from '@jest/globals';
import {
  LogHistogram,
  OutcomeAggregator,
  parseOutcomeLine,
  totalsOf,
} from '../../../src/core/outcomes/index.js';
import { makeRecord, makeStage } from '../../outcomes/support/records.js';

function line(obj: unknown, n: number) {
  return parseOutcomeLine(JSON.stringify(obj), n);
}

describe('LogHistogram', () => {
  it('returns nearest-rank percentiles within its relative accuracy', () => {
    const h = new LogHistogram(0.005);
    for (let i = 1; i <= 1000; i++) h.add(i / 100); // $0.01 .. $10.00
    const near = (got: number | null, want: number) => {
      expect(got).not.toBeNull();
      expect(Math.abs((got as number) - want) / want).toBeLessThanOrEqual(0.005);
    };
    near(h.quantile(0.5), 5.0);
    near(h.quantile(0.9), 9.0);
    near(h.quantile(0.99), 9.9);
    expect(h.quantile(1)).toBe(10);
    expect(h.quantile(0)).toBe(0.01);
  });

  it('keeps memory bounded: a million values use a few hundred buckets', () => {
    const h = new LogHistogram(0.005);
    for (let i = 0; i < 1_000_000; i++) h.add(((i * 7919) % 100000) / 10000);
    expect(h.count).toBe(1_000_000);
    expect(h.bucketCount).toBeLessThan(2000);
  });

  it('counts zeros and returns null when empty', () => {
    const h = new LogHistogram();
    expect(h.quantile(0.5)).toBeNull();
    h.add(0);
    h.add(0);
    h.add(4);
    expect(h.quantile(0.5)).toBe(0);
    expect(h.quantile(0.99)).toBeCloseTo(4, 1);
  });
});

describe('OutcomeAggregator', () => {
  it('counts outcomes, tiers, engines and models and sums cost, tokens and turns', () => {
    const agg = new OutcomeAggregator({ maxListedCorrupt: 2 });
    const cheap = [makeStage({ costUsd: 1, turns: 2 })];
    const dear = [
      makeStage({ costUsd: 3, model: 'claude-opus-4-6', engine: 'anthropic', turns: 5 }),
      makeStage({ costUsd: null, model: 'mystery-model', turns: 1 }),
    ];
    agg.addLine(line(makeRecord({ stages: cheap, totals: totalsOf(cheap) }), 1));
    agg.addLine(
      line(
        makeRecord({
          outcome: 'escalated',
          riskTier: 'high',
          stages: dear,
          totals: totalsOf(dear),
        }),
        2,
      ),
    );
    agg.addLine(line(makeRecord({ riskTier: null, stages: cheap, totals: totalsOf(cheap) }), 3));
    agg.addLine(parseOutcomeLine('{"broken":', 4));
    agg.addLine(parseOutcomeLine('', 5));
    agg.addLine(parseOutcomeLine('[]', 6));
    agg.addLine(parseOutcomeLine('nope', 7));
    const s = agg.summary();
    expect(s.records).toBe(3);
    expect(s.byOutcome).toEqual({ ready: 2, escalated: 1 });
    expect(s.byRiskTier).toEqual({ medium: 1, high: 1, unknown: 1 });
    expect(s.byEngine).toEqual({ 'claude-code': 3, anthropic: 1 });
    expect(s.byModel).toEqual({ 'claude-sonnet-4-6': 2, 'claude-opus-4-6': 1, 'mystery-model': 1 });
    expect(s.cost.knownUsd).toBe(2);
    expect(s.cost.unknownRecords).toBe(1);
    expect(s.costByModelUsd).toEqual({ 'claude-opus-4-6': 3, 'claude-sonnet-4-6': 2 });
    expect(s.turns).toBe(2 + 6 + 2);
    expect(s.tokens.cacheRead).toBe(5000 * 4);
    expect(s.blankLines).toBe(1);
    // All corrupt lines are counted, only the first two listed.
    expect(s.corrupt.count).toBe(3);
    expect(s.corrupt.lines.map((c) => c.line)).toEqual([4, 6]);
    expect(s.corrupt.lines[0]?.reason).toMatch(/not valid JSON/);
    expect(s.corrupt.lines[1]?.reason).toMatch(/\$: must be an object/);
  });

  it('computes p50/p90/p99 on a known dataset', () => {
    const agg = new OutcomeAggregator();
    for (let i = 1; i <= 200; i++) {
      const stages = [makeStage({ costUsd: i })];
      agg.addRecord({
        schemaVersion: 1,
        originalOutcome: 'ready',
        outcome: 'ready',
        riskTier: 'low',
        stages,
        totals: totalsOf(stages),
        timestamp: null,
        repo: null,
        issue: null,
        pr: null,
        branch: null,
        correlationId: null,
      });
    }
    const { cost } = agg.summary();
    expect(cost.p50).toBeCloseTo(100, -0.3);
    expect(Math.abs((cost.p50 as number) - 100)).toBeLessThanOrEqual(0.5);
    expect(Math.abs((cost.p90 as number) - 180)).toBeLessThanOrEqual(0.9);
    expect(Math.abs((cost.p99 as number) - 198)).toBeLessThanOrEqual(1);
    expect(cost.max).toBe(200);
    expect(cost.knownUsd).toBe(20100);
  });
});
