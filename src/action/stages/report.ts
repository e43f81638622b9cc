import type { StageRecord } from '../../core/outcomes/index.js';
import { totalsOf } from '../../core/outcomes/view.js';
import type { StageReport } from '../context.js';

export interface ReportBase {
  readonly issue: number | null;
  readonly correlationId: string | null;
  /** The ledger after this run, and before it (their difference is this run's cost). */
  readonly stages: readonly StageRecord[];
  readonly before: readonly StageRecord[];
  readonly round: number;
}

/** A StageReport with this run's cost worked out from the ledger. */
export function report(
  base: ReportBase,
  rest: Partial<Omit<StageReport, 'runCostUsd' | 'stages'>> & Pick<StageReport, 'outcome' | 'why'>,
): StageReport {
  const after = totalsOf(base.stages).costUsd;
  const prior = totalsOf(base.before).costUsd;
  const cost = after === null || prior === null ? null : Math.round((after - prior) * 1e6) / 1e6;
  return {
    issue: base.issue,
    pr: null,
    prUrl: null,
    branch: null,
    riskTier: null,
    findings: 0,
    round: base.round,
    correlationId: base.correlationId,
    details: [],
    failure: null,
    ...rest,
    stages: base.stages,
    runCostUsd: cost,
  };
}
