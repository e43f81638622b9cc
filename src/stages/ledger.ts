import type { LailatovConfig } from '../config/index.js';
import { CostLedger } from '../core/cost/index.js';
import type { OutcomeTotals, StageRecord } from '../core/outcomes/index.js';

/** The stage a record's budget belongs to: `remediate-2` → remediate, `audit`/`plan` → their parent. */
function budgetStage(stage: string): string {
  const s = stage.replace(/-\d+$/, '');
  if (s === 'audit') return 'review';
  if (s === 'plan') return 'write';
  return s;
}

/** The issue's cost ledger (core/cost) rebuilt from the stage records carried in the state. */
export function ledgerOf(
  config: LailatovConfig | null,
  stages: readonly StageRecord[],
): CostLedger {
  const ceilings = config
    ? (({ issue, ...perStage }) => ({ perIssueUsd: issue, perStageUsd: perStage }))(config.budgets)
    : {};
  return CostLedger.create(
    ceilings,
    stages.map((s) => ({
      stage: budgetStage(s.stage),
      engine: s.engine,
      model: s.model,
      provider: s.provider,
      usage: s.tokens,
      costUsd: s.costUsd,
      turns: s.turns,
      durationMs: s.durationMs,
    })),
  );
}

/** USD the issue may still spend; 0 when a stage's cost is unknown (fail closed). */
export function budgetLeft(config: LailatovConfig, stages: readonly StageRecord[]): number {
  return ledgerOf(config, stages).remaining() ?? 0;
}

export function totalsOf(stages: readonly StageRecord[]): OutcomeTotals {
  const t = ledgerOf(null, stages).totals();
  return {
    costUsd: t.costUsd === null ? null : Math.round(t.costUsd * 1e6) / 1e6,
    tokens: t.usage,
    turns: t.turns,
    durationMs: t.durationMs,
  };
}
