import type { OutcomeTotals, StageRecord } from '../core/outcomes/index.js';
import { sumUsage } from '../core/usage.js';

/** Adds up the stages of one issue: cost (null when any stage's price is unknown), tokens, time. */
export function totalsOf(stages: readonly StageRecord[]): OutcomeTotals {
  const costs = stages.map((s) => s.costUsd);
  return {
    costUsd: costs.some((c) => c === null)
      ? null
      : round6(costs.reduce<number>((a, c) => a + (c ?? 0), 0)),
    tokens: sumUsage(stages.map((s) => s.tokens)),
    turns: stages.reduce((a, s) => a + s.turns, 0),
    durationMs: stages.reduce((a, s) => a + s.durationMs, 0),
  };
}

/** USD spent so far, counting unknown prices as 0 for the ceiling (and saying so elsewhere). */
export function spentUsd(stages: readonly StageRecord[]): number {
  return round6(stages.reduce((a, s) => a + (s.costUsd ?? 0), 0));
}

function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
