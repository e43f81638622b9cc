import type { TokenUsage } from '../usage.js';

/** The schema version this suite writes. Records without `schemaVersion` are the predecessor's (v0). */
export const OUTCOME_SCHEMA_VERSION = 1;

/** The top-level fields of a v1 record, in the order the suite writes them. */
export const RECORD_FIELD_NAMES = [
  'schemaVersion',
  'correlationId',
  'runId',
  'runAttempt',
  'repo',
  'issue',
  'pr',
  'branch',
  'headSha',
  'source',
  'outcome',
  'riskTier',
  'checks',
  'changedFiles',
  'findings',
  'remediationRounds',
  'stages',
  'totals',
  'timestamp',
  'suiteVersion',
] as const;

/** Terminal outcomes of one pipeline run (DESIGN.md §1: never a silent success). */
export const TERMINAL_OUTCOMES = [
  'ready',
  'escalated',
  'needs_clarification',
  'blocked',
  'no_changes',
  'budget_exceeded',
  'infra_error',
  'cancelled',
  /** The engine stopped (turn cap, refusal) after partial edits: a draft PR, never ready. */
  'incomplete',
  /** The model refused a structured call (triage, review). */
  'refused',
  /** A comment command answered in a reply (help, ask, describe, a review of a human's PR). */
  'answered',
] as const;
export type TerminalOutcome = (typeof TERMINAL_OUTCOMES)[number];

/** What started the run. */
export const RUN_SOURCES = [
  'github-issue',
  'issue-comment',
  'repository-dispatch',
  'pull-request',
  'workflow-dispatch',
  'local',
  'demo',
] as const;
export type RunSource = (typeof RUN_SOURCES)[number];

export const RISK_TIERS = ['high', 'medium', 'low', 'none'] as const;
export type RiskTier = (typeof RISK_TIERS)[number];

export const CHECK_RESULTS = ['passed', 'failed', 'skipped', 'neutral'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];

export const FINDING_SEVERITIES = ['blocking', 'major', 'minor', 'nit'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

export const FINDING_STATUSES = ['open', 'resolved'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

export interface LineRange {
  readonly start: number;
  readonly end: number;
}

export interface OutcomeFinding {
  readonly severity: FindingSeverity;
  readonly path: string | null;
  readonly lines: LineRange | null;
  readonly rule: string;
  readonly message: string;
  readonly fingerprint: string;
  readonly status: FindingStatus;
}

/**
 * One link of an engine fallback chain. An optional addition to v1 stage records (v1 readers
 * ignore fields they do not know, so the version stays 1): the stage's figures are the sums of
 * its links.
 */
export interface StageLink {
  readonly engine: string;
  readonly model: string;
  /** The link's own outcome, or `skipped` when its circuit breaker was open. */
  readonly outcome: string;
  readonly costUsd: number | null;
  readonly tokens: TokenUsage;
  readonly turns: number;
  readonly durationMs: number;
  /** Why it failed or was skipped. */
  readonly detail?: string;
}

/** One stage run (triage, write, review, remediate round k, ...). */
export interface StageRecord {
  readonly stage: string;
  readonly engine: string;
  readonly model: string;
  readonly provider: string;
  /** USD, or null when the price of the model is unknown (never a silent 0). */
  readonly costUsd: number | null;
  readonly tokens: TokenUsage;
  readonly turns: number;
  readonly durationMs: number;
  readonly outcome: string;
  /** Present when the stage ran an engine chain: every link, in order (v1, optional). */
  readonly links?: readonly StageLink[];
}

export interface OutcomeTotals {
  /** null when any stage's cost is unknown. */
  readonly costUsd: number | null;
  readonly tokens: TokenUsage;
  readonly turns: number;
  readonly durationMs: number;
}

/** One line of `agent-outcomes.jsonl`, schema version 1 (DESIGN.md §5). */
export interface OutcomeRecord {
  readonly schemaVersion: 1;
  readonly correlationId: string;
  readonly runId: string;
  readonly runAttempt: number;
  /** owner/name */
  readonly repo: string;
  readonly issue: number | null;
  readonly pr: number | null;
  readonly branch: string | null;
  readonly headSha: string | null;
  readonly source: RunSource;
  readonly outcome: TerminalOutcome;
  readonly riskTier: RiskTier | null;
  readonly checks: Readonly<Record<string, CheckResult>>;
  readonly changedFiles: readonly string[];
  readonly findings: readonly OutcomeFinding[];
  readonly remediationRounds: number;
  readonly stages: readonly StageRecord[];
  readonly totals: OutcomeTotals;
  /** ISO 8601 with a time zone. */
  readonly timestamp: string;
  readonly suiteVersion: string;
}
