// The one totalsOf (core/outcomes/view.ts) that the outcome record, the PR body's cost table, the
// progress comment and the budget replies all read.
import { describe, expect, test } from '@jest/globals';
import { totalsOf } from '../../../src/core/outcomes/index.js';
import { makeStage } from '../../outcomes/support/records.js';

describe('totalsOf', () => {
  test('sums tokens, turns and time, and the cost to the micro-dollar (no float noise)', () => {
    const t = totalsOf([
      makeStage({ costUsd: 0.1, turns: 2, durationMs: 1000 }),
      makeStage({ costUsd: 0.2, turns: 3, durationMs: 500 }),
      makeStage({ costUsd: 0.000_000_4, turns: 0, durationMs: 0 }),
    ]);
    expect(t.costUsd).toBe(0.3);
    expect(t.turns).toBe(5);
    expect(t.durationMs).toBe(1500);
    expect(t.tokens).toEqual({ input: 3600, output: 2400, cacheRead: 15000, cacheWrite: 900 });
  });

  test('the cost is unknown (null, not a partial sum) as soon as one stage could not be priced', () => {
    expect(
      totalsOf([makeStage({ costUsd: 0.5 }), makeStage({ costUsd: null })]).costUsd,
    ).toBeNull();
  });

  test('no stages: zero', () => {
    expect(totalsOf([])).toMatchObject({ costUsd: 0, turns: 0, durationMs: 0 });
  });
});
