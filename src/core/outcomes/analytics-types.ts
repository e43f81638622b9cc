// The shapes of the figures that `lailatov report` and `lailatov dashboard` show (analytics.ts
// computes them). Units of work: the log has one line per pipeline run, and the ledger travels
// with the work (the PR's hidden state), so an issue run several times has several lines and the
// latest holds the whole ledger. A unit is an issue of a repository (or a PR, or a correlation
// id, when the line names no issue); its final outcome, cost and stages are those of its latest
// line.
import type { OutcomeFinding, RiskTier, TerminalOutcome } from './schema.js';

/** [from, to): ISO instants; null is open. */
export interface Period {
  readonly from: string | null;
  readonly to: string | null;
}

export interface AnalyticsOptions {
  readonly period?: Period;
  /** Only these repositories (owner/name, case-insensitive); all when absent or empty. */
  readonly repos?: readonly string[];
  /** For links: https://github.com by default (GitHub Enterprise: its own host). */
  readonly serverUrl?: string;
  /** How many top findings to list (default 10). */
  readonly topFindings?: number;
}

/** Nearest-rank percentiles of a set of numbers; null when the set is empty. */
export interface Percentiles {
  readonly count: number;
  readonly p50: number | null;
  readonly p90: number | null;
  readonly max: number | null;
}

export interface UnitStageCost {
  readonly stage: string;
  readonly engine: string;
  readonly model: string;
  readonly costUsd: number | null;
}

/** One issue (or PR) handled, as its latest record leaves it. */
export interface UnitRow {
  /** `owner/name#12`, `owner/name!pr7`, `owner/name@<correlation id>`, or `v0:<n>`. */
  readonly key: string;
  readonly repo: string | null;
  readonly issue: number | null;
  readonly pr: number | null;
  readonly branch: string | null;
  readonly outcome: TerminalOutcome;
  readonly riskTier: RiskTier | null;
  /** Runs (lines of the log) of this unit in the period. */
  readonly runs: number;
  readonly firstTimestamp: string | null;
  readonly lastTimestamp: string | null;
  readonly costUsd: number | null;
  readonly stages: readonly UnitStageCost[];
  /** Milliseconds from the start of its first run to the run that marked it ready. */
  readonly timeToReadyMs: number | null;
  readonly findings: number;
  readonly issueUrl: string | null;
  readonly prUrl: string | null;
}

export interface Escalation {
  readonly key: string;
  readonly repo: string | null;
  readonly issue: number | null;
  readonly pr: number | null;
  readonly outcome: TerminalOutcome;
  readonly riskTier: RiskTier | null;
  readonly timestamp: string | null;
  /** The PR when there is one, else the issue; null for a line that names neither. */
  readonly url: string | null;
}

export interface FindingGroup {
  readonly rule: string;
  /** The most severe severity seen for the rule. */
  readonly severity: OutcomeFinding['severity'];
  /** Findings recorded (a finding repeated on later runs of one unit counts once). */
  readonly count: number;
  /** Distinct units (issues/PRs) it was found on. */
  readonly units: number;
  readonly fingerprints: number;
  readonly open: number;
  readonly example: string;
}

export interface EngineRow {
  readonly name: string;
  /** Stage runs that used it. */
  readonly stages: number;
  /** Units whose final ledger used it. */
  readonly units: number;
  /** Of those, units that ended ready. */
  readonly ready: number;
  /** ready / units, null when units is 0. */
  readonly successRate: number | null;
  /** Exact-enough sum of the stage costs that are known. */
  readonly costUsd: number;
  readonly unknownCostStages: number;
  /** costUsd / units with a known cost for it; null when none. */
  readonly costPerUnitUsd: number | null;
}

export interface TierRow {
  readonly tier: string;
  readonly units: number;
  readonly ready: number;
  readonly escalated: number;
  readonly resolveRate: number | null;
  readonly escalationRate: number | null;
}

export interface Bucket {
  /** The bucket's first day, YYYY-MM-DD (weeks start on Monday, UTC). */
  readonly start: string;
  readonly records: number;
  readonly byOutcome: Readonly<Record<string, number>>;
  readonly costUsd: number;
  readonly unknownCost: number;
}

export interface RepoRow {
  readonly repo: string;
  readonly records: number;
  readonly units: number;
  readonly ready: number;
}

export interface Analytics {
  readonly period: Period;
  readonly repos: readonly string[];
  /** Lines of the log in the period (runs). */
  readonly records: number;
  /** Lines outside the period or the repositories asked for. */
  readonly skipped: number;
  readonly firstTimestamp: string | null;
  readonly lastTimestamp: string | null;
  /** Issues handled (units). */
  readonly units: number;
  readonly issues: number;
  readonly prs: number;
  /** Runs by terminal outcome. */
  readonly byOutcome: Readonly<Record<string, number>>;
  /** Units by final outcome. */
  readonly unitsByOutcome: Readonly<Record<string, number>>;
  /** Units ended ready / units; null when none. */
  readonly resolveRate: number | null;
  readonly cost: {
    readonly knownUsd: number;
    readonly unknownRecords: number;
    /** Per unit that opened a PR (or a local branch), from its latest ledger. */
    readonly perPr: Percentiles;
    readonly prsWithUnknownCost: number;
  };
  readonly timeToReadyMs: Percentiles;
  readonly escalations: readonly Escalation[];
  readonly topFindings: readonly FindingGroup[];
  readonly engines: readonly EngineRow[];
  readonly models: readonly EngineRow[];
  readonly tiers: readonly TierRow[];
  readonly weeks: readonly Bucket[];
  readonly days: readonly Bucket[];
  readonly byRepo: readonly RepoRow[];
  readonly rows: readonly UnitRow[];
}

/** Outcomes a human has to pick up: listed as escalations. */
export const ESCALATION_OUTCOMES: readonly TerminalOutcome[] = ['escalated', 'budget_exceeded'];
