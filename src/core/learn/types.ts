// What a learned rule is: its kind, wording, confidence and evidence, and the thresholds that
// decide when a pattern becomes a rule.
import type { AnalyticsOptions, Analytics } from '../outcomes/analytics.js';
import type { OutcomeFinding } from '../outcomes/schema.js';

export const LEARNED_RULES_PATH = '.claude/rules/learned.md';

export type RuleKind =
  'recurring-finding' | 'fragile-path' | 'escalating-tier' | 'engine' | 'model';
export type Confidence = 'low' | 'medium' | 'high';

export interface EvidenceUnit {
  readonly key: string;
  /** `#12`: the PR's number when it has one, else the issue's. */
  readonly label: string;
  readonly url: string | null;
  readonly timestamp: string | null;
}

export interface EvidenceFinding {
  readonly unit: string;
  /** The unit's label (`#12`). */
  readonly label: string;
  readonly fingerprint: string;
  readonly severity: OutcomeFinding['severity'];
  readonly path: string | null;
  readonly line: number | null;
  readonly message: string;
  /** The PR (or issue) it was found on. */
  readonly url: string | null;
}

export interface Evidence {
  /** What was counted: units with the finding, units that touched the path and had trouble... */
  readonly count: number;
  /** The denominator of a rate (units that touched the path, units of the tier); else null. */
  readonly of: number | null;
  readonly from: string | null;
  readonly to: string | null;
  /** Every unit counted, newest first. */
  readonly units: readonly EvidenceUnit[];
  /** For recurring findings: one per unit and fingerprint, newest first (capped when shown). */
  readonly findings: readonly EvidenceFinding[];
}

export interface LearnedRule {
  /** Stable across runs: `finding:<rule>`, `path:<path>`, `tier:<tier>`, `model:<a>`... */
  readonly id: string;
  readonly kind: RuleKind;
  readonly title: string;
  /** The proposed rule, in words (deterministic; a model may reword it). */
  readonly text: string;
  readonly confidence: Confidence;
  readonly evidence: Evidence;
}

export interface LearnThresholds {
  /** Distinct units (issues/PRs) a finding rule must recur on (default 3). */
  readonly minUnits: number;
  /** Share of a path's units that failed tests or escalated (default 0.5). */
  readonly pathTroubleRate: number;
  /** Share of a tier's units that escalated (default 0.3). */
  readonly tierEscalationRate: number;
}

export const DEFAULT_THRESHOLDS: LearnThresholds = {
  minUnits: 3,
  pathTroubleRate: 0.5,
  tierEscalationRate: 0.3,
};

export interface LearnOptions extends AnalyticsOptions {
  readonly thresholds?: Partial<LearnThresholds>;
}

export interface LearnResult {
  readonly records: number;
  readonly units: number;
  readonly from: string | null;
  readonly to: string | null;
  readonly rules: readonly LearnedRule[];
  /** sha256 of the rules' ids and evidence (not of the wording): the PR's identity. */
  readonly evidenceFingerprint: string;
  readonly analytics: Analytics;
}
