import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import {
  classify,
  parsePolicy,
  parsePolicyText,
  type RiskPolicy,
} from '../../../src/core/risk/index.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/policies/${name}`, import.meta.url), 'utf8');

const merge = {
  high: {
    requiredChecks: ['risk-policy-gate', 'tests', 'code-review'],
    humanApprovalRequired: true,
  },
  medium: { requiredChecks: ['risk-policy-gate', 'tests'] },
  low: { requiredChecks: ['risk-policy-gate'] },
};

/** A policy with the given tier rules (and any other top-level fields). */
function policy(rules: Record<string, string[]>, extra: Record<string, unknown> = {}): RiskPolicy {
  return parsePolicy({ riskTierRules: rules, mergePolicy: merge, ...extra });
}

/** The tier and deciding pattern of one path. */
function fileOf(p: RiskPolicy, path: string): { tier: string; pattern: string | null } {
  const file = classify(p, [path]).files[0];
  if (!file) throw new Error(`no result for ${path}`);
  return { tier: file.tier, pattern: file.pattern };
}

describe('glob semantics (CODEOWNERS / .gitignore)', () => {
  it('matches a pattern without a slash against the file name at any depth', () => {
    const p = policy({ low: ['*.md', 'LICENSE'] });
    expect(fileOf(p, 'README.md')).toEqual({ tier: 'low', pattern: '*.md' });
    expect(fileOf(p, 'docs/a/b.md')).toEqual({ tier: 'low', pattern: '*.md' });
    expect(fileOf(p, 'pkg/LICENSE')).toEqual({ tier: 'low', pattern: 'LICENSE' });
    expect(fileOf(p, 'docs/a/b.mdx')).toEqual({ tier: 'medium', pattern: null });
  });

  it('anchors a pattern with a slash at the repository root', () => {
    const p = policy({ high: ['app/auth/**', 'scripts/gate.py'] });
    expect(fileOf(p, 'app/auth/login.py').tier).toBe('high');
    expect(fileOf(p, 'scripts/gate.py').tier).toBe('high');
    expect(fileOf(p, 'vendor/app/auth/login.py').pattern).toBeNull();
    expect(fileOf(p, 'x/scripts/gate.py').pattern).toBeNull();
  });

  it('lets * stay inside one directory while ** crosses directories', () => {
    const p = policy({ high: ['src/*.ts'], low: ['src/**'] });
    expect(fileOf(p, 'src/a.ts')).toEqual({ tier: 'high', pattern: 'src/*.ts' });
    expect(fileOf(p, 'src/deep/a.ts')).toEqual({ tier: 'low', pattern: 'src/**' });
    const mid = policy({ high: ['a/**/z.sql'] });
    expect(fileOf(mid, 'a/z.sql').tier).toBe('high');
    expect(fileOf(mid, 'a/b/c/z.sql').tier).toBe('high');
    expect(fileOf(mid, 'b/a/z.sql').pattern).toBeNull();
  });

  it('matches dotfiles and dot directories', () => {
    const p = policy({ high: ['.github/**', '*.env'], low: ['**/*.yml', 'config/*'] });
    expect(fileOf(p, '.github/dependabot.yml').tier).toBe('high');
    expect(fileOf(p, 'deploy/.env').pattern).toBe('*.env');
    expect(fileOf(p, '.hidden/.ci.yml').pattern).toBe('**/*.yml');
    expect(fileOf(p, 'config/.npmrc').pattern).toBe('config/*');
  });

  it('ignores a leading ./ or / on paths, and on patterns anchors them at the root', () => {
    const p = policy({ high: ['./app/auth/**', '/*.sql'], low: ['/docs/**'] });
    expect(fileOf(p, './app/auth/a.py').tier).toBe('high');
    expect(fileOf(p, '/app/auth/a.py').tier).toBe('high');
    expect(fileOf(p, 'app/auth/a.py').tier).toBe('high');
    expect(fileOf(p, 'docs/x.md').pattern).toBe('/docs/**');
    expect(fileOf(p, 'schema.sql').pattern).toBe('/*.sql');
    // Like .gitignore: a leading slash anchors, so only the root's .sql files match.
    expect(fileOf(p, 'db/schema.sql').pattern).toBeNull();
  });

  it('reads a trailing slash as everything under that directory', () => {
    const p = policy({ low: ['docs/'], high: ['app/admin/'] });
    expect(fileOf(p, 'docs/a.md').tier).toBe('low');
    expect(fileOf(p, 'docs/deep/er/a.png').tier).toBe('low');
    expect(fileOf(p, 'packages/x/docs/a.md').pattern).toBe('docs/'); // a name at any depth
    expect(fileOf(p, 'docs').pattern).toBeNull(); // a file named docs is not under docs/
    expect(fileOf(p, 'app/admin/users.py').tier).toBe('high');
    expect(fileOf(p, 'x/app/admin/users.py').pattern).toBeNull(); // anchored
  });

  it('normalizes backslashes, collapses . and .. segments, and is case-sensitive', () => {
    const p = policy({ high: ['app/auth/**'], low: ['*.md'] });
    expect(fileOf(p, 'app\\auth\\a.py').tier).toBe('high');
    expect(classify(p, ['app\\auth\\a.py']).files[0]?.path).toBe('app/auth/a.py');
    expect(fileOf(p, 'docs/../app/auth/a.py').tier).toBe('high');
    expect(fileOf(p, 'App/Auth/a.py').pattern).toBeNull();
    expect(fileOf(p, 'README.MD').pattern).toBeNull();
  });

  it('expands braces and character classes', () => {
    const p = policy({ high: ['{app,lib}/auth/**', 'db/[0-9]*.sql'] });
    expect(fileOf(p, 'lib/auth/a.ts').tier).toBe('high');
    expect(fileOf(p, 'db/001_init.sql').tier).toBe('high');
    expect(fileOf(p, 'db/init.sql').pattern).toBeNull();
  });
});

describe('classify', () => {
  it('gives each file the highest tier among the patterns that match it', () => {
    const p = policy({ low: ['**/*.py'], medium: ['app/**'], high: ['app/auth/**'] });
    expect(fileOf(p, 'app/auth/a.py')).toEqual({ tier: 'high', pattern: 'app/auth/**' });
    expect(fileOf(p, 'app/b.py')).toEqual({ tier: 'medium', pattern: 'app/**' });
    expect(fileOf(p, 'lib/c.py')).toEqual({ tier: 'low', pattern: '**/*.py' });
  });

  it('takes the PR tier and merge rule from the highest file tier', () => {
    const p = policy({ low: ['docs/**'], medium: ['src/**'], high: ['src/auth/**'] });
    const medium = classify(p, ['docs/a.md', 'src/b.ts']);
    expect(medium.tier).toBe('medium');
    expect(medium.requiredChecks).toEqual(['risk-policy-gate', 'tests']);
    expect(medium.humanApprovalRequired).toBe(false);
    const high = classify(p, ['docs/a.md', 'src/auth/c.ts', 'src/b.ts']);
    expect(high.tier).toBe('high');
    expect(high.requiredChecks).toEqual(['risk-policy-gate', 'tests', 'code-review']);
    expect(high.humanApprovalRequired).toBe(true);
    expect(classify(p, ['docs/a.md']).tier).toBe('low');
  });

  it('gives unmatched files the default tier (medium) with a null pattern', () => {
    const p = policy({ low: ['docs/**'] });
    const result = classify(p, ['src/unknown.ts']);
    expect(result.tier).toBe('medium');
    expect(result.files).toEqual([{ path: 'src/unknown.ts', tier: 'medium', pattern: null }]);
  });

  it('honours a custom defaultTier', () => {
    const p = policy({ low: ['docs/**'] }, { defaultTier: 'high' });
    expect(classify(p, ['src/unknown.ts']).tier).toBe('high');
    const lowDefault = policy({ high: ['auth/**'] }, { defaultTier: 'low' });
    expect(classify(lowDefault, ['x.ts']).files).toEqual([
      { path: 'x.ts', tier: 'low', pattern: null },
    ]);
  });

  it('treats an empty list of paths as tier none with no checks, never low', () => {
    const p = policy({ low: ['**'] });
    expect(classify(p, [])).toEqual({
      tier: 'none',
      files: [],
      requiredChecks: [],
      humanApprovalRequired: false,
      blocked: [],
      protected: [],
    });
    expect(classify(p, ['', './']).tier).toBe('none');
  });

  it('deduplicates paths, also across spellings', () => {
    const p = policy({ low: ['*.md'] });
    expect(classify(p, ['a.md', './a.md', 'a.md', '/a.md']).files).toEqual([
      { path: 'a.md', tier: 'low', pattern: '*.md' },
    ]);
  });

  it('forces high and a human approval for protected paths, and records which decided it', () => {
    const p = policy(
      { low: ['.github/**', '*.md', '*.json'] },
      { mergePolicy: { ...merge, high: { requiredChecks: ['x'] } } },
    );
    for (const path of [
      '.github/workflows/ci.yml',
      '.claude/hooks/stop.sh',
      'risk-policy.json',
      'CLAUDE.md',
    ]) {
      const result = classify(p, ['docs.md', path]);
      expect(result.tier).toBe('high');
      expect(result.humanApprovalRequired).toBe(true); // although mergePolicy.high does not ask
      expect(result.requiredChecks).toEqual(['x']);
      expect(result.protected).toHaveLength(1);
      expect(result.protected[0]?.path).toBe(path);
      expect(result.files.find((f) => f.path === path)).toEqual({
        path,
        tier: 'high',
        pattern: result.protected[0]?.pattern,
      });
    }
    // Globs keep their usual meaning: CLAUDE.md is a name at any depth (Claude Code reads nested
    // ones too); the whole of .github/ is protected (actions, CODEOWNERS, the suite's config),
    // but only at the root.
    expect(classify(p, ['pkg/CLAUDE.md']).tier).toBe('high');
    expect(classify(p, ['.github/ISSUE_TEMPLATE.md']).protected).toHaveLength(1);
    expect(classify(p, ['pkg/.github/x.yml']).protected).toEqual([]);
  });

  it('keeps a high rule pattern as the decider for a protected path already high', () => {
    const p = policy({ high: ['.github/**'] });
    const result = classify(p, ['.github/workflows/ci.yml']);
    expect(result.files[0]?.pattern).toBe('.github/**');
    expect(result.protected).toEqual([{ path: '.github/workflows/ci.yml', pattern: '.github/**' }]);
  });

  it('adds policy protectedPaths to the defaults, which cannot be removed', () => {
    const p = policy({ low: ['**'] }, { protectedPaths: ['deploy/**'] });
    expect(classify(p, ['deploy/prod.tf']).tier).toBe('high');
    expect(classify(p, ['.github/workflows/ci.yml']).tier).toBe('high');
    const emptied = policy({ low: ['**'] }, { protectedPaths: [] });
    expect(classify(emptied, ['CLAUDE.md']).humanApprovalRequired).toBe(true);
  });

  it('protects every path issue 12 names, at the depth it names', () => {
    const p = policy({ low: ['**'] });
    for (const path of [
      '.claude/settings.json',
      '.claude/settings.local.json',
      'docs/CLAUDE.md',
      '.github/actions/x/action.yml',
      '.github/lailatov.yml',
      'AGENTS.md',
      'pkg/AGENTS.md',
      'risk-policy.json',
      '.git/hooks/pre-push',
      'vendor/lib/.git/config',
    ]) {
      expect({ path, tier: classify(p, [path]).tier }).toEqual({ path, tier: 'high' });
    }
  });

  it('removes a default entry only through unprotectDefaults, and never .git/', () => {
    const p = policy({ low: ['**'] }, { unprotectDefaults: ['AGENTS.md'] });
    expect(classify(p, ['AGENTS.md']).tier).toBe('low');
    expect(classify(p, ['CLAUDE.md']).tier).toBe('high');
    expect(p.protectedPaths).not.toContain('AGENTS.md');
    const problems = (entry: string): readonly string[] => {
      try {
        policy({ low: ['**'] }, { unprotectDefaults: [entry] });
      } catch (e) {
        return (e as { problems: readonly string[] }).problems;
      }
      return [];
    };
    expect(problems('.git/')).toEqual([
      expect.stringMatching(/^unprotectDefaults\[0\]: ".git\/" is always protected/),
    ]);
    expect(problems('src/**')).toEqual([
      expect.stringMatching(/^unprotectDefaults\[0\]: "src\/\*\*" is not a default protected/),
    ]);
  });

  it('blocks files matching blockedPatterns (string or object with reason)', () => {
    const p = policy(
      { low: ['**'] },
      { blockedPatterns: ['secrets/**', { pattern: '*.pem', reason: 'private key' }] },
    );
    const result = classify(p, ['docs/a.md', 'secrets/prod.json', 'keys/id.pem']);
    expect(result.blocked).toEqual([
      { path: 'secrets/prod.json', pattern: 'secrets/**' },
      { path: 'keys/id.pem', pattern: '*.pem', reason: 'private key' },
    ]);
    expect(classify(p, ['docs/a.md']).blocked).toEqual([]);
  });
});

describe('predecessor policies load unchanged', () => {
  it('README example: no version, merge rules with only requiredChecks', () => {
    const p = parsePolicyText(fixture('predecessor-readme.json'));
    expect(p.mergePolicy.low).toEqual({
      requiredChecks: ['risk-policy-gate'],
      humanApprovalRequired: false,
    });
    const high = classify(p, ['docs/guide.md', 'app/auth/login.py']);
    expect(high.tier).toBe('high');
    expect(high.requiredChecks).toEqual(['risk-policy-gate', 'tests', 'claude-review']);
    expect(high.humanApprovalRequired).toBe(false);
    expect(classify(p, ['db/migrations/001.sql']).files[0]?.pattern).toBe('**/*.sql');
    expect(classify(p, ['app/services/billing.py']).tier).toBe('medium');
    expect(classify(p, ['docs/guide.md', 'app/frontend/x.tsx', 'notes/x.md']).tier).toBe('low');
    expect(classify(p, ['app/other.py']).files[0]).toEqual({
      path: 'app/other.py',
      tier: 'medium',
      pattern: null,
    });
  });

  it("the predecessor repo's own policy: version, _comment, descriptions, empty blockedPatterns", () => {
    const p = parsePolicyText(fixture('predecessor-repo.json'));
    expect(p.version).toBe('1');
    expect(p.blockedPatterns).toEqual([]);
    const high = classify(p, ['apps/orchestrator/routers/clickup.py', 'docs/x.md']);
    expect(high).toMatchObject({
      tier: 'high',
      requiredChecks: ['risk-policy-gate', 'tests', 'claude-review', 'spec-audit'],
      humanApprovalRequired: true,
    });
    expect(high.description).toMatch(/human approval/);
    expect(classify(p, ['apps/orchestrator/jobs/nightly.py'])).toMatchObject({
      tier: 'medium',
      requiredChecks: ['risk-policy-gate', 'tests', 'claude-review'],
      humanApprovalRequired: true,
    });
    expect(
      classify(p, ['tests/test_a.py', 'README.md', 'apps/x/notes.md', '.env.example', 'LICENSE']),
    ).toMatchObject({
      tier: 'low',
      requiredChecks: ['risk-policy-gate'],
      humanApprovalRequired: false,
    });
    // The predecessor sent unlisted files (apps/runner/**) to low; we fail closed to medium.
    expect(classify(p, ['apps/runner/worker.py']).tier).toBe('medium');
  });
});
