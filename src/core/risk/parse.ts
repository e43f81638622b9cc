import { Minimatch } from 'minimatch';
import { UserError } from '../errors.js';
import {
  CORE_PROTECTED_PATHS,
  protectedPathList,
  unprotectProblem,
  UNPROTECT_KEY,
} from '../protected/paths.js';
import { MINIMATCH_OPTIONS, toGlob } from './glob.js';
import {
  isTier,
  TIERS,
  type BlockedRule,
  type MergeRule,
  type RiskPolicy,
  type Tier,
} from './types.js';
import {
  describe,
  isObject,
  join,
  jsonErrorLocation,
  keysOf,
  Problems,
  rejectUnknownKeys,
} from './problems.js';

/**
 * Paths an agent can never change without forcing `high` and a human approval (DESIGN.md §4):
 * the one core list (core/protected/paths.ts).
 */
export const DEFAULT_PROTECTED_PATHS: readonly string[] = CORE_PROTECTED_PATHS;
export const DEFAULT_REQUIRED_CHECKS: readonly string[] = Object.freeze(['risk-policy-gate']);
export const DEFAULT_TIER: Tier = 'medium';

const TOP_LEVEL_KEYS = [
  'version',
  'riskTierRules',
  'mergePolicy',
  'blockedPatterns',
  'defaultTier',
  'protectedPaths',
  UNPROTECT_KEY,
] as const;
const MERGE_RULE_KEYS = ['requiredChecks', 'humanApprovalRequired', 'description'] as const;
// `tier` is the predecessor's field; a blocked file stops the pipeline whatever its tier.
const BLOCKED_KEYS = ['pattern', 'reason', 'tier'] as const;
const TIER_LIST = TIERS.join(', ');

function parseGlob(value: unknown, path: string, p: Problems): string | undefined {
  const example = 'write a glob such as "src/auth/**" or "*.md"';
  if (typeof value !== 'string')
    return p.add(path, `expected a glob string, got ${describe(value)}`, example);
  if (value.trim() === '') return p.add(path, 'empty glob', `${example}, or remove the entry`);
  if (value !== value.trim()) {
    return p.add(
      path,
      `glob ${describe(value)} has leading or trailing spaces`,
      'remove the spaces',
    );
  }
  if (value.startsWith('!')) {
    return p.add(
      path,
      `negated glob ${describe(value)} is not supported`,
      'list the paths to include instead',
    );
  }
  const glob = toGlob(value);
  if (glob === undefined) return p.add(path, `glob ${describe(value)} names no file`, example);
  try {
    new Minimatch(glob, MINIMATCH_OPTIONS);
  } catch (e) {
    return p.add(path, `glob ${describe(value)} cannot be compiled (${String(e)})`, example);
  }
  return value;
}

function parseGlobList(value: unknown, path: string, p: Problems): string[] {
  if (!Array.isArray(value)) {
    p.add(
      path,
      `expected an array of globs, got ${describe(value)}`,
      'write e.g. ["docs/**", "*.md"]',
    );
    return [];
  }
  return value.flatMap((item, i) => parseGlob(item, join(path, i), p) ?? []);
}

function parseTierRules(value: unknown, p: Problems): Record<Tier, string[]> {
  const rules: Record<Tier, string[]> = { high: [], medium: [], low: [] };
  const path = 'riskTierRules';
  if (value === undefined) {
    p.add(path, 'missing', 'add "riskTierRules": {"high": [...], "medium": [...], "low": [...]}');
  } else if (!isObject(value)) {
    p.add(
      path,
      `expected an object of tier → globs, got ${describe(value)}`,
      `use the keys ${TIER_LIST}`,
    );
  } else {
    for (const key of keysOf(value)) {
      if (isTier(key)) rules[key] = parseGlobList(value[key], join(path, key), p);
      else p.add(join(path, key), `unknown tier "${key}"`, `use one of ${TIER_LIST}`);
    }
  }
  return rules;
}

function parseStringList(value: unknown, path: string, p: Problems): string[] | undefined {
  const fix = 'write e.g. ["risk-policy-gate", "tests"]';
  if (!Array.isArray(value))
    return p.add(path, `expected an array of check names, got ${describe(value)}`, fix);
  const names: string[] = [];
  value.forEach((item, i) => {
    if (typeof item === 'string' && item.trim() !== '') names.push(item);
    else p.add(join(path, i), `expected a non-empty check name, got ${describe(item)}`, fix);
  });
  return names;
}

function parseMergeRule(value: unknown, path: string, p: Problems): MergeRule | undefined {
  if (!isObject(value)) {
    return p.add(
      path,
      `expected an object, got ${describe(value)}`,
      'write e.g. {"requiredChecks": ["risk-policy-gate"]}',
    );
  }
  rejectUnknownKeys(value, path, MERGE_RULE_KEYS, p);
  const { requiredChecks, humanApprovalRequired, description } = value;
  const checks =
    requiredChecks === undefined
      ? [...DEFAULT_REQUIRED_CHECKS]
      : parseStringList(requiredChecks, join(path, 'requiredChecks'), p);
  if (humanApprovalRequired !== undefined && typeof humanApprovalRequired !== 'boolean') {
    p.add(
      join(path, 'humanApprovalRequired'),
      `expected true or false, got ${describe(humanApprovalRequired)}`,
      'write true or false without quotes',
    );
  }
  if (description !== undefined && typeof description !== 'string') {
    p.add(
      join(path, 'description'),
      `expected a string, got ${describe(description)}`,
      'write the description in quotes',
    );
  }
  return {
    requiredChecks: checks ?? [],
    humanApprovalRequired: humanApprovalRequired === true,
    ...(typeof description === 'string' ? { description } : {}),
  };
}

function parseMergePolicy(
  value: unknown,
  needed: ReadonlyMap<Tier, string>,
  p: Problems,
): Partial<Record<Tier, MergeRule>> {
  const policy: Partial<Record<Tier, MergeRule>> = {};
  const path = 'mergePolicy';
  if (value !== undefined && !isObject(value)) {
    p.add(
      path,
      `expected an object of tier → merge rule, got ${describe(value)}`,
      `use the keys ${TIER_LIST}`,
    );
    return policy;
  }
  const object = value ?? {};
  for (const key of keysOf(object)) {
    if (!isTier(key)) {
      p.add(join(path, key), `unknown tier "${key}"`, `use one of ${TIER_LIST}`);
      continue;
    }
    const rule = parseMergeRule(object[key], join(path, key), p);
    if (rule) policy[key] = rule;
  }
  for (const [tier, why] of needed) {
    if (object[tier] === undefined) {
      p.add(
        join(path, tier),
        `missing, but ${why}`,
        `add "${tier}": {"requiredChecks": ["risk-policy-gate"], "humanApprovalRequired": ${tier === 'high'}}`,
      );
    }
  }
  return policy;
}

function parseBlocked(value: unknown, p: Problems): BlockedRule[] {
  const path = 'blockedPatterns';
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    p.add(
      path,
      `expected an array, got ${describe(value)}`,
      'write e.g. ["secrets/**", {"pattern": "*.pem", "reason": "keys"}]',
    );
    return [];
  }
  return value.flatMap((item, i): BlockedRule[] => {
    const at = join(path, i);
    if (!isObject(item)) {
      const pattern = parseGlob(item, at, p);
      return pattern === undefined ? [] : [{ pattern }];
    }
    rejectUnknownKeys(item, at, BLOCKED_KEYS, p);
    const pattern = parseGlob(item.pattern, join(at, 'pattern'), p);
    if (item.reason !== undefined && typeof item.reason !== 'string') {
      p.add(
        join(at, 'reason'),
        `expected a string, got ${describe(item.reason)}`,
        'write the reason in quotes',
      );
    }
    if (item.tier !== undefined && !isTier(item.tier)) {
      p.add(
        join(at, 'tier'),
        `unknown tier ${describe(item.tier)}`,
        `use one of ${TIER_LIST}, or remove it`,
      );
    }
    if (pattern === undefined) return [];
    return [typeof item.reason === 'string' ? { pattern, reason: item.reason } : { pattern }];
  });
}

/** `unprotectDefaults`: each entry names a default protected path, exactly as the list spells it. */
function parseUnprotect(value: unknown, p: Problems): string[] {
  if (value === undefined) return [];
  const fix = `list entries of the default protected paths to remove, e.g. ["AGENTS.md"]`;
  if (!Array.isArray(value)) {
    p.add(UNPROTECT_KEY, `expected an array, got ${describe(value)}`, fix);
    return [];
  }
  return value.flatMap((item, i): string[] => {
    const at = join(UNPROTECT_KEY, i);
    if (typeof item !== 'string')
      return p.add(at, `expected a string, got ${describe(item)}`, fix) ?? [];
    const problem = unprotectProblem(item);
    if (problem !== undefined) return p.add(at, problem, 'remove this entry') ?? [];
    return [item];
  });
}

/** Validates a parsed risk-policy.json. Throws one UserError listing every problem found. */
export function parsePolicy(value: unknown, source = 'risk-policy.json'): RiskPolicy {
  const p = new Problems();
  if (!isObject(value)) {
    p.add(
      '',
      `expected a JSON object, got ${describe(value)}`,
      'write {"riskTierRules": {...}, "mergePolicy": {...}}',
    );
    throw invalid(source, p);
  }
  rejectUnknownKeys(value, '', TOP_LEVEL_KEYS, p);
  const { version } = value;
  if (version !== undefined && typeof version !== 'string' && typeof version !== 'number') {
    p.add('version', `expected a string or a number, got ${describe(version)}`, 'write e.g. "1"');
  }
  let defaultTier = DEFAULT_TIER;
  if (value.defaultTier !== undefined) {
    if (isTier(value.defaultTier)) defaultTier = value.defaultTier;
    else
      p.add(
        'defaultTier',
        `expected one of ${TIER_LIST}, got ${describe(value.defaultTier)}`,
        `write e.g. "${DEFAULT_TIER}"`,
      );
  }
  const riskTierRules = parseTierRules(value.riskTierRules, p);
  const extraProtected =
    value.protectedPaths === undefined
      ? []
      : parseGlobList(value.protectedPaths, 'protectedPaths', p);
  const protectedPaths = protectedPathList(extraProtected, parseUnprotect(value[UNPROTECT_KEY], p));

  // Every tier a PR can end up in needs its merge rule.
  const needed = new Map<Tier, string>([
    ['high', `protected paths (${protectedPaths[0]}, ...) force tier high`],
  ]);
  if (isObject(value.riskTierRules)) {
    for (const tier of TIERS) {
      if (value.riskTierRules[tier] !== undefined && !needed.has(tier))
        needed.set(tier, `riskTierRules.${tier} uses it`);
    }
  }
  if (!needed.has(defaultTier))
    needed.set(defaultTier, `unmatched files get defaultTier "${defaultTier}"`);
  if (value.mergePolicy === undefined) {
    p.add(
      'mergePolicy',
      'missing',
      'add "mergePolicy": {"high": {"requiredChecks": [...]}, ...} for each tier',
    );
  }
  const mergePolicy = parseMergePolicy(
    value.mergePolicy,
    value.mergePolicy === undefined ? new Map() : needed,
    p,
  );
  const blockedPatterns = parseBlocked(value.blockedPatterns, p);
  if (p.list.length > 0) throw invalid(source, p);
  return {
    ...(typeof version === 'string' || typeof version === 'number' ? { version } : {}),
    riskTierRules,
    mergePolicy,
    blockedPatterns,
    defaultTier,
    protectedPaths,
  };
}

/** Parses the text of a risk-policy.json; a JSON syntax error names its line and column. */
export function parsePolicyText(text: string, source = 'risk-policy.json'): RiskPolicy {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    const p = new Problems();
    p.add(
      '',
      `invalid JSON ${jsonErrorLocation(body, e)}`,
      'correct the JSON syntax there (a missing quote or comma, or a trailing comma?)',
    );
    throw invalid(source, p);
  }
  return parsePolicy(value, source);
}

function invalid(source: string, p: Problems): UserError {
  const n = p.list.length;
  return new UserError(
    `${source} is not a valid risk policy (${n} problem${n === 1 ? '' : 's'}):`,
    p.list,
  );
}
