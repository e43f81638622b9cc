import { describe, expect, it } from '@jest/globals';
import { isUserError, type UserError } from '../../../src/core/errors.js';
import { parsePolicy, parsePolicyText } from '../../../src/core/risk/index.js';
import { CORE_PROTECTED_PATHS } from '../../../src/core/protected/paths.js';

const merge = {
  high: { requiredChecks: ['risk-policy-gate'] },
  medium: { requiredChecks: ['risk-policy-gate'] },
  low: { requiredChecks: ['risk-policy-gate'] },
};

function problemsOf(run: () => unknown): readonly string[] {
  try {
    run();
  } catch (e) {
    if (isUserError(e)) return (e as UserError).problems;
    throw e;
  }
  throw new Error('expected a UserError');
}

const problems = (value: unknown): readonly string[] => problemsOf(() => parsePolicy(value));

describe('parsePolicy: defaults and comments', () => {
  it('fills defaults: requiredChecks, humanApprovalRequired, defaultTier, protectedPaths', () => {
    const p = parsePolicy({
      riskTierRules: { low: ['docs/**'] },
      mergePolicy: { high: {}, medium: {}, low: {} },
    });
    expect(p.mergePolicy.high).toEqual({
      requiredChecks: ['risk-policy-gate'],
      humanApprovalRequired: false,
    });
    expect(p.defaultTier).toBe('medium');
    expect(p.protectedPaths).toEqual([...CORE_PROTECTED_PATHS]);
    expect(p.blockedPatterns).toEqual([]);
    expect(p.riskTierRules).toEqual({ high: [], medium: [], low: ['docs/**'] });
  });

  it('ignores keys starting with _ at every level', () => {
    const p = parsePolicy({
      _comment: 'top',
      riskTierRules: { _note: 'tiers', high: ['a/**'] },
      mergePolicy: { _why: 'x', high: { _c: 1, requiredChecks: ['t'] }, medium: merge.medium },
      blockedPatterns: [{ pattern: 'k/**', _c: 'x' }],
    });
    expect(p.riskTierRules.high).toEqual(['a/**']);
    expect(p.blockedPatterns).toEqual([{ pattern: 'k/**' }]);
  });

  it('accepts a string or number version, and the predecessor blocked-entry `tier`', () => {
    expect(parsePolicy({ version: 2, riskTierRules: {}, mergePolicy: merge }).version).toBe(2);
    const p = parsePolicy({
      version: '1',
      riskTierRules: {},
      mergePolicy: merge,
      blockedPatterns: [{ pattern: 'x', tier: 'high', reason: 'r' }],
    });
    expect(p.blockedPatterns).toEqual([{ pattern: 'x', reason: 'r' }]);
  });
});

describe('parsePolicy: every problem names its JSON path and the fix', () => {
  it('reports bad JSON with its line and column', () => {
    const found = problemsOf(() =>
      parsePolicyText('{\n  "riskTierRules": {},\n  "mergePolicy": {,}\n}'),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^\(root\): invalid JSON at line 3, column 19 .*Fix: /);
    expect(problemsOf(() => parsePolicyText('{"riskTierRules": {'))[0]).toMatch(
      /line 1, column 20/,
    );
  });

  it('names the file in the error message', () => {
    expect(() => parsePolicyText('[]', 'conf/policy.json')).toThrow(
      /conf\/policy.json is not a valid risk policy/,
    );
  });

  it('rejects a root that is not an object', () => {
    for (const root of [[], 'x', 3, null]) {
      expect(problems(root)).toEqual([expect.stringMatching(/^\(root\): expected a JSON object/)]);
    }
  });

  it('rejects unknown tiers, bad globs and wrong types, collecting them all', () => {
    const found = problems({
      version: true,
      defaultTier: 'critical',
      riskTierRules: { high: ['ok/**', 42, '', ' sp', '!neg', '/'], urgent: ['x'], low: 'docs/**' },
      mergePolicy: {
        high: { requiredChecks: 'tests', humanApprovalRequired: 'yes', description: 3, extra: 1 },
        medium: [],
        low: { requiredChecks: ['ok', ''] },
        urgent: {},
      },
      blockedPatterns: [7, { reason: 'no pattern' }, { pattern: 'a', tier: 'top', reason: 5 }],
      protectedPaths: 'x',
    });
    const expected = [
      'version',
      'defaultTier',
      'riskTierRules.high[1]',
      'riskTierRules.high[2]',
      'riskTierRules.high[3]',
      'riskTierRules.high[4]',
      'riskTierRules.high[5]',
      'riskTierRules.urgent',
      'riskTierRules.low',
      'protectedPaths',
      'mergePolicy.high.extra',
      'mergePolicy.high.requiredChecks',
      'mergePolicy.high.humanApprovalRequired',
      'mergePolicy.high.description',
      'mergePolicy.medium',
      'mergePolicy.low.requiredChecks[1]',
      'mergePolicy.urgent',
      'blockedPatterns[0]',
      'blockedPatterns[1].pattern',
      'blockedPatterns[2].reason',
      'blockedPatterns[2].tier',
    ];
    expect(found.map((f) => f.slice(0, f.indexOf(': ')))).toEqual(expected);
    for (const f of found) expect(f).toMatch(/\. Fix: .+\.$/);
  });

  it('requires a merge rule for every tier a PR can end up in', () => {
    const found = problems({
      riskTierRules: { low: ['docs/**'] },
      defaultTier: 'medium',
      mergePolicy: {},
    });
    expect(found).toEqual([
      expect.stringMatching(/^mergePolicy\.high: missing, but protected paths .* force tier high/),
      expect.stringMatching(/^mergePolicy\.low: missing, but riskTierRules\.low uses it/),
      expect.stringMatching(
        /^mergePolicy\.medium: missing, but unmatched files get defaultTier "medium"/,
      ),
    ]);
  });

  it('requires riskTierRules and mergePolicy', () => {
    expect(problems({})).toEqual([
      expect.stringMatching(/^riskTierRules: missing\. Fix: add "riskTierRules"/),
      expect.stringMatching(/^mergePolicy: missing\. Fix: add "mergePolicy"/),
    ]);
  });

  it('rejects unknown top-level keys and suggests the near one (a typo must not drop a rule)', () => {
    const found = problems({
      riskTierRules: {},
      mergePolicy: merge,
      blockPatterns: ['x'],
      frobnicate: 1,
    });
    expect(found).toEqual([
      expect.stringMatching(/^blockPatterns: unknown key\. Fix: did you mean "blockedPatterns"\?/),
      expect.stringMatching(/^frobnicate: unknown key\. Fix: use one of version, riskTierRules/),
    ]);
  });

  it('quotes keys that are not identifiers in the JSON path', () => {
    expect(problems({ riskTierRules: { 'very high': [] }, mergePolicy: merge })).toEqual([
      expect.stringMatching(/^riskTierRules\["very high"\]: unknown tier/),
    ]);
  });
});
