import { describe, expect, it } from '@jest/globals';
import {
  CostLedger,
  DEFAULT_PRICES,
  costOf,
  mergePrices,
  type LedgerEntry,
} from '../../../src/core/cost/index.js';
import { isUserError, type UserError } from '../../../src/core/errors.js';
import { zeroUsage } from '../../../src/core/usage.js';

const M = 1_000_000;

describe('costOf', () => {
  it('prices a known model from the table, cache tokens at their own rates', () => {
    // Sonnet 4.5: $3 in, $15 out, $3.75 5m cache write, $0.30 cache read per MTok.
    const r = costOf('claude-sonnet-4-5', { input: M, output: M, cacheWrite: M, cacheRead: M });
    expect(r.usd).toBeCloseTo(3 + 15 + 3.75 + 0.3, 10);
    const cacheOnly = costOf('claude-opus-4-6', { ...zeroUsage(), cacheRead: 2 * M });
    expect(cacheOnly.usd).toBeCloseTo(1.0, 10); // $0.50 per MTok
    expect(costOf('claude-opus-4-1', { ...zeroUsage(), output: 1000 }).usd).toBeCloseTo(0.075, 10);
  });

  it.each([
    'claude-sonnet-4-5-20250929',
    'anthropic.claude-sonnet-4-5-20250929-v1:0',
    'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
    'claude-sonnet-4-5@20250929',
    'anthropic/claude-sonnet-4.5',
    'Claude-Sonnet-4-5[1m]',
  ])('resolves %s to the claude-sonnet-4-5 price', (id) => {
    expect(costOf(id, { ...zeroUsage(), input: M }).usd).toBe(3);
  });

  it('returns null with a warning for an unknown model, never $0', () => {
    const r = costOf('claude-sonnet-9-9', { ...zeroUsage(), input: 10 });
    expect(r.usd).toBeNull();
    expect('warning' in r && r.warning).toMatch(
      /^unknown model claude-sonnet-9-9: add it to prices/,
    );
  });

  it('has all four prices for every built-in model', () => {
    for (const [model, p] of Object.entries(DEFAULT_PRICES))
      for (const v of [p.input, p.output, p.cacheRead, p.cacheWrite])
        expect({ model, ok: Number.isFinite(v) && v >= 0 }).toEqual({ model, ok: true });
  });
});

describe('mergePrices (user override)', () => {
  it('adds new models and overrides single prices of known ones', () => {
    const table = mergePrices(
      JSON.parse(
        '{"my-gateway-model":{"input":2,"output":8,"cacheWrite":0,"cacheRead":0.2},"claude-haiku-4-5":{"input":0.5}}',
      ),
    );
    expect(costOf('my-gateway-model', { ...zeroUsage(), output: M }, table).usd).toBe(8);
    expect(costOf('claude-haiku-4-5', { ...zeroUsage(), input: M, output: M }, table).usd).toBe(
      5.5,
    );
    expect(DEFAULT_PRICES['claude-haiku-4-5']?.input).toBe(1); // the defaults are untouched
  });

  it('names every bad key', () => {
    let err: unknown;
    try {
      mergePrices(
        { 'new-model': { input: 1, output: '2', cachewrite: 1 }, 'claude-opus-4-6': 5 },
        DEFAULT_PRICES,
        'prices.json',
      );
    } catch (e) {
      err = e;
    }
    expect(isUserError(err)).toBe(true);
    expect((err as UserError).problems).toEqual([
      'prices.json.new-model.cachewrite: unknown price field; use input, output, cacheWrite, cacheRead (USD per million tokens)',
      'prices.json.new-model.output: must be a number >= 0 (USD per million tokens), got "2"',
      'prices.json.new-model.cacheWrite: is required for a model not in the built-in table',
      'prices.json.new-model.cacheRead: is required for a model not in the built-in table',
      'prices.json.claude-opus-4-6: must be an object {input, output, cacheWrite, cacheRead}',
    ]);
    expect(() => mergePrices([])).toThrow(/must be an object mapping model ids to prices/);
  });
});

function entry(stage: string, costUsd: number | null): LedgerEntry {
  return {
    stage,
    engine: 'anthropic',
    model: 'claude-sonnet-4-6',
    provider: 'anthropic',
    usage: { input: 100, output: 10, cacheRead: 0, cacheWrite: 0 },
    costUsd,
    turns: 3,
    durationMs: 1000,
  };
}

describe('CostLedger', () => {
  const ceilings = { perIssueUsd: 5, perStageUsd: { write: 3 }, defaultStageUsd: 1 };

  it('totals entries and stays immutable', () => {
    const empty = CostLedger.create(ceilings);
    const l = empty.add(entry('write', 2)).add(entry('review', 0.5));
    expect(empty.entries).toHaveLength(0);
    expect(l.totals()).toMatchObject({
      costUsd: 2.5,
      knownCostUsd: 2.5,
      turns: 6,
      durationMs: 2000,
    });
    expect(l.totals().usage.input).toBe(200);
    expect(l.remaining()).toBe(2.5);
    expect(l.check()).toEqual([]);
  });

  it('checks the per-stage ceiling by stage name, with a default for the others', () => {
    const l = CostLedger.create(ceilings);
    expect(l.wouldExceed({ stage: 'write', usd: 2.9 })).toBeNull();
    expect(l.wouldExceed({ stage: 'write', usd: 3.1 })).toEqual({
      ceiling: 'stage',
      stage: 'write',
      limitUsd: 3,
      spentUsd: 3.1,
    });
    expect(l.wouldExceed({ stage: 'review', usd: 1.5 })).toMatchObject({
      ceiling: 'stage',
      limitUsd: 1,
    });
    expect(l.add(entry('review', 1.2)).check()).toEqual([
      { ceiling: 'stage', stage: 'review', limitUsd: 1, spentUsd: 1.2 },
    ]);
  });

  it('checks the per-issue ceiling across stages and rounds', () => {
    const l = CostLedger.create(ceilings)
      .add(entry('write', 2.5))
      .add(entry('remediate', 0.9))
      .add(entry('remediate', 0.9));
    expect(l.remaining()).toBeCloseTo(0.7, 10);
    expect(l.wouldExceed({ stage: 'review', usd: 0.5 })).toBeNull();
    expect(l.wouldExceed({ stage: 'review', usd: 0.8 })).toMatchObject({
      ceiling: 'issue',
      limitUsd: 5,
    });
    const over = l.add(entry('review', 0.9));
    expect(over.remaining()).toBe(0);
    expect(over.check()).toEqual([
      { ceiling: 'issue', limitUsd: 5, spentUsd: expect.closeTo(5.2, 10) },
    ]);
  });

  it('treats an unknown cost as unknown and fails closed', () => {
    const l = CostLedger.create(ceilings).add(entry('write', 1)).add(entry('review', null));
    expect(l.totals()).toMatchObject({ costUsd: null, knownCostUsd: 1, unknownCostEntries: 1 });
    expect(l.remaining()).toBeNull();
    expect(l.wouldExceed({ stage: 'review', usd: 0.01 })).toEqual({
      ceiling: 'issue',
      unknownCost: true,
    });
    expect(l.check()).toEqual([
      { ceiling: 'stage', stage: 'review', unknownCost: true },
      { ceiling: 'issue', unknownCost: true },
    ]);
    // Without ceilings there is nothing to cross, but the total is still unknown.
    const free = CostLedger.create().add(entry('write', null));
    expect(free.check()).toEqual([]);
    expect(free.remaining()).toBe(Number.POSITIVE_INFINITY);
    expect(free.totals().costUsd).toBeNull();
  });
});
