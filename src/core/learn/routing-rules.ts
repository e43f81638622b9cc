// Engines and models compared within one stage, from each unit's latest ledger: a rule when
// another is as successful for no more money.
import type { EngineRow } from '../outcomes/analytics.js';
import { recurrenceConfidence, type UnitTrack } from './evidence.js';
import type { LearnedRule, LearnThresholds } from './types.js';

/**
 * Engines (or models) that another does at least as well for no more money, on enough units:
 * success rate ≥ and cost per unit ≤, one of them strictly. Only with known costs.
 */
export function dominated(
  kind: 'engine' | 'model',
  stage: string,
  rows: readonly EngineRow[],
  t: LearnThresholds,
  range: { from: string | null; to: string | null },
): LearnedRule[] {
  const usable = rows.filter(
    (r) => r.units >= t.minUnits && r.successRate !== null && r.costPerUnitUsd !== null,
  );
  const out: LearnedRule[] = [];
  for (const worse of usable) {
    const better = usable
      .filter(
        (b) =>
          b !== worse &&
          (b.successRate as number) >= (worse.successRate as number) &&
          (b.costPerUnitUsd as number) <= (worse.costPerUnitUsd as number) &&
          ((b.successRate as number) > (worse.successRate as number) ||
            (b.costPerUnitUsd as number) < (worse.costPerUnitUsd as number)),
      )
      .sort(
        (x, y) =>
          (y.successRate as number) - (x.successRate as number) ||
          (x.costPerUnitUsd as number) - (y.costPerUnitUsd as number) ||
          (x.name < y.name ? -1 : 1),
      )[0];
    if (better === undefined) continue;
    const usd = (x: number | null) => `$${(x ?? 0).toFixed(2)}`;
    out.push({
      id: `${kind}:${stage}:${worse.name}`,
      kind,
      title: `Prefer ${kind} \`${better.name}\` over \`${worse.name}\` for ${stage}`,
      text: `Route ${stage} from ${kind} \`${worse.name}\` (${worse.ready} of ${worse.units} ready, ${usd(worse.costPerUnitUsd)} per issue) to \`${better.name}\` (${better.ready} of ${better.units} ready, ${usd(better.costPerUnitUsd)} per issue).`,
      confidence: recurrenceConfidence(Math.min(worse.units, better.units), t.minUnits),
      evidence: {
        count: worse.units,
        of: null,
        ...range,
        units: [],
        findings: [],
      },
    });
  }
  return out.sort((x, y) => (x.id < y.id ? -1 : 1));
}

/**
 * Engines or models compared within one stage (a review model against a write model says
 * nothing), from each unit's latest ledger: units that used it there, how many ended ready, and
 * what its runs there cost.
 */
export function byStage(all: UnitTrack[], pick: 'engine' | 'model'): [string, EngineRow[]][] {
  const stages = new Map<
    string,
    Map<
      string,
      { units: number; ready: number; stages: number; usd: number; unknown: number; priced: number }
    >
  >();
  for (const u of all) {
    const seen = new Map<string, { usd: number; priced: boolean }>();
    for (const s of u.latest.stages) {
      const k = `${s.stage}\u0000${s[pick]}`;
      const cell = seen.get(k) ?? { usd: 0, priced: false };
      if (s.costUsd !== null) {
        cell.usd += s.costUsd;
        cell.priced = true;
      }
      seen.set(k, cell);
      let names = stages.get(s.stage);
      if (names === undefined) stages.set(s.stage, (names = new Map()));
      const acc = names.get(s[pick]) ?? {
        units: 0,
        ready: 0,
        stages: 0,
        usd: 0,
        unknown: 0,
        priced: 0,
      };
      acc.stages++;
      if (s.costUsd === null) acc.unknown++;
      names.set(s[pick], acc);
    }
    for (const [k, cell] of seen) {
      const [stage, name] = k.split('\u0000') as [string, string];
      const acc = stages.get(stage)?.get(name);
      if (acc === undefined) continue;
      acc.units++;
      if (u.latest.outcome === 'ready') acc.ready++;
      if (cell.priced) {
        acc.usd += cell.usd;
        acc.priced++;
      }
    }
  }
  return [...stages]
    .sort((x, y) => (x[0] < y[0] ? -1 : 1))
    .map(([stage, names]) => [
      stage,
      [...names].map(([name, a]) => ({
        name,
        stages: a.stages,
        units: a.units,
        ready: a.ready,
        successRate: a.units === 0 ? null : a.ready / a.units,
        costUsd: a.usd,
        unknownCostStages: a.unknown,
        costPerUnitUsd: a.priced === 0 ? null : a.usd / a.priced,
      })),
    ]);
}
