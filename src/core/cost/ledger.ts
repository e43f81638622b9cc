import { addUsage, zeroUsage, type TokenUsage } from '../usage.js';

export interface LedgerEntry {
  readonly stage: string;
  readonly engine: string;
  readonly model: string;
  readonly provider: string;
  readonly usage: TokenUsage;
  /** null when the model's price is unknown. */
  readonly costUsd: number | null;
  readonly turns: number;
  readonly durationMs: number;
}

export interface BudgetCeilings {
  /** USD for the whole issue, across all stages and remediation rounds. */
  readonly perIssueUsd?: number;
  /** USD for one run of a stage, by stage name. */
  readonly perStageUsd?: Readonly<Record<string, number>>;
  /** USD for one run of any stage not named in `perStageUsd`. */
  readonly defaultStageUsd?: number;
}

export interface LedgerTotals {
  /** null ("unknown") as soon as one entry's cost is unknown. */
  readonly costUsd: number | null;
  /** The sum of the entries whose cost is known: a lower bound when costUsd is null. */
  readonly knownCostUsd: number;
  readonly unknownCostEntries: number;
  readonly usage: TokenUsage;
  readonly turns: number;
  readonly durationMs: number;
}

export type Crossing =
  | { readonly ceiling: 'issue'; readonly limitUsd: number; readonly spentUsd: number }
  | {
      readonly ceiling: 'stage';
      readonly stage: string;
      readonly limitUsd: number;
      readonly spentUsd: number;
    }
  | { readonly ceiling: 'issue' | 'stage'; readonly unknownCost: true; readonly stage?: string };

/**
 * The per-issue cost ledger: an immutable value (add returns a new ledger), so it can travel in
 * the PR's hidden state and be rebuilt anywhere. Each entry is one stage run.
 *
 * Unknown cost fails closed: an entry with a null cost could have spent anything, so once
 * there is one, the issue's remaining budget is unknown (`remaining()` gives null), every
 * `wouldExceed()` answers true and `check()` reports the crossing as `unknownCost`, unless no
 * ceiling applies. Pricing the model (a price override) is the way out, not ignoring it.
 */
export class CostLedger {
  private constructor(
    readonly ceilings: BudgetCeilings,
    readonly entries: readonly LedgerEntry[],
  ) {}

  static create(ceilings: BudgetCeilings = {}, entries: readonly LedgerEntry[] = []): CostLedger {
    return new CostLedger(ceilings, entries);
  }

  add(entry: LedgerEntry): CostLedger {
    return new CostLedger(this.ceilings, [...this.entries, entry]);
  }

  totals(): LedgerTotals {
    let known = 0;
    let unknown = 0;
    let usage = zeroUsage();
    let turns = 0;
    let durationMs = 0;
    for (const e of this.entries) {
      if (e.costUsd === null) unknown++;
      else known += e.costUsd;
      usage = addUsage(usage, e.usage);
      turns += e.turns;
      durationMs += e.durationMs;
    }
    return {
      costUsd: unknown > 0 ? null : known,
      knownCostUsd: known,
      unknownCostEntries: unknown,
      usage,
      turns,
      durationMs,
    };
  }

  stageCeiling(stage: string): number | undefined {
    return this.ceilings.perStageUsd?.[stage] ?? this.ceilings.defaultStageUsd;
  }

  /** USD left for the issue: Infinity without a ceiling, null when spending is unknown. */
  remaining(): number | null {
    const limit = this.ceilings.perIssueUsd;
    if (limit === undefined) return Number.POSITIVE_INFINITY;
    const t = this.totals();
    return t.costUsd === null ? null : Math.max(0, limit - t.costUsd);
  }

  /** Would a stage run estimated at `usd` cross its stage ceiling or the issue's? */
  wouldExceed(next: { readonly stage: string; readonly usd: number }): Crossing | null {
    const stageLimit = this.stageCeiling(next.stage);
    if (stageLimit !== undefined && next.usd > stageLimit)
      return { ceiling: 'stage', stage: next.stage, limitUsd: stageLimit, spentUsd: next.usd };
    const limit = this.ceilings.perIssueUsd;
    if (limit === undefined) return null;
    const t = this.totals();
    if (t.costUsd === null) return { ceiling: 'issue', unknownCost: true };
    if (t.costUsd + next.usd > limit)
      return { ceiling: 'issue', limitUsd: limit, spentUsd: t.costUsd + next.usd };
    return null;
  }

  /** Every ceiling already crossed: a stage run over its ceiling, then the issue over its. */
  check(): Crossing[] {
    const out: Crossing[] = [];
    for (const e of this.entries) {
      const limit = this.stageCeiling(e.stage);
      if (limit === undefined) continue;
      if (e.costUsd === null) out.push({ ceiling: 'stage', stage: e.stage, unknownCost: true });
      else if (e.costUsd > limit)
        out.push({ ceiling: 'stage', stage: e.stage, limitUsd: limit, spentUsd: e.costUsd });
    }
    const limit = this.ceilings.perIssueUsd;
    if (limit !== undefined) {
      const t = this.totals();
      if (t.costUsd === null) out.push({ ceiling: 'issue', unknownCost: true });
      else if (t.costUsd > limit)
        out.push({ ceiling: 'issue', limitUsd: limit, spentUsd: t.costUsd });
    }
    return out;
  }
}
