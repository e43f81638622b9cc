import type { LailatovConfig } from '../config/index.js';
import { CostLedger, type Crossing } from '../core/cost/index.js';
import type { StageRecord } from '../core/outcomes/index.js';
import type { StageDeps } from './deps.js';

/** The stages with a budget of their own (`budgets.<stage>`). */
export type BudgetedStage = 'triage' | 'write' | 'review' | 'remediate';

/** The stage a record's budget belongs to: `remediate-2`, `remediate-human-1` → remediate, `audit`/`plan` → their parent. */
function budgetStage(stage: string): string {
  const s = stage.replace(/-\d+$/, '');
  if (s === 'audit') return 'review';
  if (s === 'plan') return 'write';
  // A round on a person's review comments (stages/human-round.ts) is a remediation round.
  if (s === 'remediate-human') return 'remediate';
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

/**
 * USD the issue may still spend; null when a stage's cost is unknown. Unknown is neither 0 nor
 * "spent": the caller decides (each stage then runs under its own budget, and says so).
 */
export function budgetLeft(config: LailatovConfig, stages: readonly StageRecord[]): number | null {
  return ledgerOf(config, stages).remaining();
}

/** Whether the issue budget is known to be spent (an unknown remainder is not). */
export function issueBudgetSpent(config: LailatovConfig, stages: readonly StageRecord[]): boolean {
  const left = budgetLeft(config, stages);
  return left !== null && left <= 0;
}

export interface StageCeiling {
  /** USD this stage run may spend. */
  readonly usd: number;
  /** Set when the issue's remainder is unknown: the stage's own budget is its ceiling. */
  readonly note: string | null;
}

/**
 * The ceiling of one stage run: the smaller of its budget and what is left of the issue's. When
 * an earlier stage could not be priced, what is left is unknown: the stage runs under its own
 * budget alone, and the note says so.
 */
export function stageCeiling(
  config: LailatovConfig,
  stages: readonly StageRecord[],
  stage: BudgetedStage,
): StageCeiling {
  const own = config.budgets[stage];
  const left = budgetLeft(config, stages);
  if (left !== null) return { usd: Math.min(own, left), note: null };
  return {
    usd: own,
    note: `the issue's spending so far is unknown (a stage's cost could not be priced), so ${stage} runs with its own budget of $${own} as its ceiling`,
  };
}

/** The ceiling of an engine stage's run; an unknown remainder is said in the log and the progress. */
export function engineCeiling(
  deps: Pick<StageDeps, 'config' | 'logger' | 'progress'>,
  stages: readonly StageRecord[],
  stage: 'write' | 'remediate',
): number {
  const c = stageCeiling(deps.config, stages, stage);
  if (c.note) {
    deps.logger.warn(c.note);
    deps.progress({ kind: 'note', stage, message: c.note });
  }
  return c.usd;
}

/** One sentence per ceiling the recorded stages crossed (the ledger's check), for a summary. */
export function crossingsOf(config: LailatovConfig, stages: readonly StageRecord[]): string[] {
  return ledgerOf(config, stages).check().map(describeCrossing);
}

function describeCrossing(c: Crossing): string {
  const what = c.ceiling === 'issue' ? 'the issue budget' : `the ${c.stage ?? ''} budget`;
  if ('unknownCost' in c)
    return `${what}: spending is unknown (a stage's cost could not be priced), so it could not be checked`;
  return `${what} of $${c.limitUsd} was exceeded: $${round(c.spentUsd)} spent`;
}

function round(usd: number): string {
  return (Math.round(usd * 1e4) / 1e4).toString();
}
