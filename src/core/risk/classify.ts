import { normalizePath, toGlob } from './glob.js';
import { PatternSet } from './pattern-set.js';
import {
  TIERS,
  type BlockedFile,
  type BlockedRule,
  type FileRisk,
  type ProtectedFile,
  type RiskPolicy,
  type RiskResult,
  type Tier,
} from './types.js';

interface TierRule {
  readonly tier: Tier;
  readonly pattern: string;
}

/** A policy with every glob compiled once; `classify` can then run on any number of paths. */
export interface CompiledPolicy {
  readonly policy: RiskPolicy;
  classify(paths: Iterable<string>): RiskResult;
}

function compileGlobs<T>(rules: Iterable<[string, T]>): PatternSet<T> {
  const entries: { glob: string; value: T }[] = [];
  for (const [pattern, value] of rules) {
    const glob = toGlob(pattern);
    // parsePolicy rejects patterns that name nothing; a hand-built policy may still hold one.
    if (glob !== undefined) entries.push({ glob, value });
  }
  return new PatternSet(entries);
}

export function compilePolicy(policy: RiskPolicy): CompiledPolicy {
  // Ordered high → low, each tier in the policy's order: the first match is the deciding one.
  const tiers = compileGlobs<TierRule>(
    TIERS.flatMap((tier) =>
      policy.riskTierRules[tier].map(
        (pattern) => [pattern, { tier, pattern }] as [string, TierRule],
      ),
    ),
  );
  const protectedPaths = compileGlobs(policy.protectedPaths.map((p) => [p, p] as [string, string]));
  const blocked = compileGlobs(
    policy.blockedPatterns.map((b) => [b.pattern, b] as [string, BlockedRule]),
  );

  const classify = (paths: Iterable<string>): RiskResult => {
    const files: FileRisk[] = [];
    const blockedFiles: BlockedFile[] = [];
    const protectedFiles: ProtectedFile[] = [];
    const seen = new Set<string>();
    let rank: number = TIERS.length;
    for (const raw of paths) {
      const path = normalizePath(raw);
      if (path === '') continue;
      // One hash look-up, not has() then add(): a repeat leaves the size unchanged.
      const before = seen.size;
      if (seen.add(path).size === before) continue;
      // Split once: the three sets share the slices (and V8's cached hashes of them).
      const slash = path.lastIndexOf('/');
      const directory = slash === -1 ? '' : path.slice(0, slash);
      const name = slash === -1 ? path : path.slice(slash + 1);
      const rule = tiers.matchIn(path, directory, name);
      let tier = rule?.tier ?? policy.defaultTier;
      let pattern = rule?.pattern ?? null;
      const guard = protectedPaths.matchIn(path, directory, name);
      if (guard !== undefined) {
        protectedFiles.push({ path, pattern: guard });
        if (tier !== 'high') {
          tier = 'high';
          pattern = guard;
        }
      }
      const block = blocked.matchIn(path, directory, name);
      if (block !== undefined) {
        blockedFiles.push(
          block.reason === undefined
            ? { path, pattern: block.pattern }
            : { path, pattern: block.pattern, reason: block.reason },
        );
      }
      files.push({ path, tier, pattern });
      rank = Math.min(rank, TIERS.indexOf(tier));
    }
    const prTier: Tier | undefined = TIERS[rank];
    if (prTier === undefined) {
      // Nothing changed: an outcome of its own, never a silent `low` (predecessor bug, §3.1).
      return {
        tier: 'none',
        files,
        requiredChecks: [],
        humanApprovalRequired: false,
        blocked: [],
        protected: [],
      };
    }
    const merge = policy.mergePolicy[prTier];
    if (merge === undefined) {
      throw new Error(
        `risk policy has no mergePolicy.${prTier}; load policies through parsePolicy`,
      );
    }
    return {
      tier: prTier,
      files,
      requiredChecks: [...merge.requiredChecks],
      humanApprovalRequired: merge.humanApprovalRequired || protectedFiles.length > 0,
      blocked: blockedFiles,
      protected: protectedFiles,
      ...(merge.description === undefined ? {} : { description: merge.description }),
    };
  };
  return { policy, classify };
}

const compiledPolicies = new WeakMap<RiskPolicy, CompiledPolicy>();

/** Classifies changed paths; the policy's globs are compiled on first use and then reused. */
export function classify(policy: RiskPolicy, paths: Iterable<string>): RiskResult {
  let compiled = compiledPolicies.get(policy);
  if (compiled === undefined) {
    compiled = compilePolicy(policy);
    compiledPolicies.set(policy, compiled);
  }
  return compiled.classify(paths);
}
