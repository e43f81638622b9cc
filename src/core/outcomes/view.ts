import { addUsage, zeroUsage, type TokenUsage } from '../usage.js';
import { RISK_TIERS, type OutcomeRecord, type RiskTier, type TerminalOutcome } from './schema.js';
import { validateOutcomeRecord, type FieldIssue, type Validation } from './validate.js';

/** What the aggregator counts: the same shape for v1 records and the predecessor's v0 lines. */
export interface OutcomeView {
  readonly schemaVersion: 0 | 1;
  /** The outcome string as written (v0: clean | blocked | tests-failed | review-failed). */
  readonly originalOutcome: string;
  readonly outcome: TerminalOutcome;
  readonly riskTier: RiskTier | null;
  readonly stages: readonly StageView[];
  readonly totals: {
    readonly costUsd: number | null;
    readonly tokens: TokenUsage;
    readonly turns: number;
    readonly durationMs: number;
  };
  readonly timestamp: string | null;
  /** owner/name; null for v0 lines (the predecessor logged one repository per file). */
  readonly repo: string | null;
  readonly issue: number | null;
  readonly pr: number | null;
  readonly branch: string | null;
  readonly correlationId: string | null;
  /** The v1 record itself; absent for v0 lines. */
  readonly record?: OutcomeRecord;
}

export interface StageView {
  readonly stage: string;
  readonly engine: string;
  readonly model: string;
  readonly provider: string;
  readonly costUsd: number | null;
  /** The links of an engine chain (v1, optional): the summary counts each under its own name. */
  readonly links?: readonly LinkView[];
}

export interface LinkView {
  readonly engine: string;
  readonly model: string;
  /** `skipped`: its circuit breaker was open, so it never ran. */
  readonly outcome: string;
  readonly costUsd: number | null;
}

/**
 * How the predecessor's outcomes map onto ours. `clean` marked the PR ready; `blocked` was a
 * risk-gate stop; test and review failures left a draft PR for a human, which is what
 * `escalated` means here.
 */
const V0_OUTCOMES: Readonly<Record<string, TerminalOutcome>> = {
  clean: 'ready',
  blocked: 'blocked',
  'tests-failed': 'escalated',
  'review-failed': 'escalated',
};

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function fromV1(r: OutcomeRecord): OutcomeView {
  return {
    schemaVersion: 1,
    originalOutcome: r.outcome,
    outcome: r.outcome,
    riskTier: r.riskTier,
    stages: r.stages,
    totals: r.totals,
    timestamp: r.timestamp,
    repo: r.repo,
    issue: r.issue,
    pr: r.pr,
    branch: r.branch,
    correlationId: r.correlationId,
    record: r,
  };
}

/**
 * Reads a predecessor line. It never wrote cost or tokens (`cost_usd` was read but never
 * written), so its cost is unknown (null), not 0. Its engine was always claude-code-action.
 */
export function viewFromV0(r: Obj): Validation<OutcomeView> {
  const issues: FieldIssue[] = [];
  const original = r.outcome;
  const outcome = typeof original === 'string' ? V0_OUTCOMES[original] : undefined;
  if (typeof original !== 'string' || outcome === undefined) {
    issues.push({
      path: '$.outcome',
      message: `must be one of ${Object.keys(V0_OUTCOMES).join(' | ')} in a record without schemaVersion (the predecessor's format), got ${JSON.stringify(original)}`,
    });
  }
  const tier = r.risk_tier;
  if (tier !== undefined && typeof tier !== 'string')
    issues.push({ path: '$.risk_tier', message: 'must be a string' });
  if (r.timestamp !== undefined && typeof r.timestamp !== 'string')
    issues.push({ path: '$.timestamp', message: 'must be a string' });
  if (issues.length > 0 || outcome === undefined || typeof original !== 'string')
    return { ok: false, issues };
  const provider = typeof r.provider === 'string' && r.provider !== '' ? r.provider : 'unknown';
  const stages: StageView[] = [];
  for (const [stage, key] of [
    ['write', 'model'],
    ['review', 'review_model'],
  ] as const) {
    const model = r[key];
    if (typeof model === 'string' && model !== '')
      stages.push({ stage, engine: 'claude-code', model, provider, costUsd: null });
  }
  return {
    ok: true,
    value: {
      schemaVersion: 0,
      originalOutcome: original,
      outcome,
      riskTier: (RISK_TIERS as readonly string[]).includes(tier as string)
        ? (tier as RiskTier)
        : null,
      stages,
      totals: { costUsd: null, tokens: zeroUsage(), turns: 0, durationMs: 0 },
      timestamp: typeof r.timestamp === 'string' ? r.timestamp : null,
      repo: null,
      issue: null,
      pr: null,
      branch: null,
      correlationId: null,
    },
  };
}

/** Turns one parsed JSON line into a view, choosing the schema by `schemaVersion`. */
export function toOutcomeView(v: unknown): Validation<OutcomeView> {
  if (!isObj(v)) return validateOutcomeRecord(v) as Validation<never>;
  if (!('schemaVersion' in v)) return viewFromV0(v);
  const checked = validateOutcomeRecord(v);
  return checked.ok ? { ok: true, value: fromV1(checked.value) } : checked;
}

/**
 * Totals a writer derives from its stages: cost is unknown as soon as one stage's is. The cost
 * is rounded to micro-dollars because a sum of binary floats carries noise (0.1 + 0.2 is
 * 0.30000000000000004) into the record, the PR body and every sum built on them; a millionth of
 * a dollar is far below what a table shows (4 decimals) or a budget decides.
 */
export function totalsOf(stages: OutcomeRecord['stages']): OutcomeRecord['totals'] {
  let costUsd: number | null = 0;
  let tokens = zeroUsage();
  let turns = 0;
  let durationMs = 0;
  for (const s of stages) {
    costUsd = costUsd === null || s.costUsd === null ? null : costUsd + s.costUsd;
    tokens = addUsage(tokens, s.tokens);
    turns += s.turns;
    durationMs += s.durationMs;
  }
  return {
    costUsd: costUsd === null ? null : Math.round(costUsd * 1e6) / 1e6,
    tokens,
    turns,
    durationMs,
  };
}
