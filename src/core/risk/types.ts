/** Risk tiers, highest first. The order is the precedence: the first tier that matches wins. */
export const TIERS = ['high', 'medium', 'low'] as const;
export type Tier = (typeof TIERS)[number];

/** A PR with no changed file has a tier of its own: it is never silently `low`. */
export type PrTier = Tier | 'none';

export function isTier(value: unknown): value is Tier {
  return typeof value === 'string' && (TIERS as readonly string[]).includes(value);
}

/** What a tier demands before a PR may merge. */
export interface MergeRule {
  readonly requiredChecks: readonly string[];
  readonly humanApprovalRequired: boolean;
  readonly description?: string;
}

export interface BlockedRule {
  readonly pattern: string;
  readonly reason?: string;
}

/** A validated risk-policy.json. Patterns are kept as written; they compile in `compilePolicy`. */
export interface RiskPolicy {
  readonly version?: string | number;
  readonly riskTierRules: Readonly<Record<Tier, readonly string[]>>;
  readonly mergePolicy: Readonly<Partial<Record<Tier, MergeRule>>>;
  readonly blockedPatterns: readonly BlockedRule[];
  /** The tier of a file no pattern matches: `medium` by default (fail closed, not open). */
  readonly defaultTier: Tier;
  /**
   * The core list (core/protected/paths.ts) plus the policy's `protectedPaths`, minus the default
   * entries named in `unprotectDefaults` (never `.git/`): nothing is removed by omission.
   */
  readonly protectedPaths: readonly string[];
}

export interface FileRisk {
  readonly path: string;
  readonly tier: Tier;
  /** The pattern that decided the tier; null when the file got the policy's defaultTier. */
  readonly pattern: string | null;
}

export interface BlockedFile {
  readonly path: string;
  readonly pattern: string;
  readonly reason?: string;
}

export interface ProtectedFile {
  readonly path: string;
  readonly pattern: string;
}

export interface RiskResult {
  readonly tier: PrTier;
  readonly files: readonly FileRisk[];
  readonly requiredChecks: readonly string[];
  readonly humanApprovalRequired: boolean;
  readonly blocked: readonly BlockedFile[];
  /** Protected paths among the changes: each forces `high` and a human approval. */
  readonly protected: readonly ProtectedFile[];
  /** The merge rule's description for the PR tier, when the policy gives one. */
  readonly description?: string;
}
