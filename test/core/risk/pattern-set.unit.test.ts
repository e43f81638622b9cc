import { describe, expect, it } from '@jest/globals';
import { minimatch } from 'minimatch';
import { MINIMATCH_OPTIONS, PatternSet, toGlob } from '../../../src/core/risk/index.js';

// One glob of every shape PatternSet files differently: literal paths (root and nested),
// `dir/**`, `**/name`, `**/name/**`, `*<suffix>`, prefix-star names, classes, braces,
// globstars in the middle, wildcard directories, a `**` after a wildcard, and `**` alone.
const PATTERNS = [
  'README.md',
  '/Makefile',
  'src/auth/login.ts',
  'src/auth/',
  '.github/workflows/**',
  'docs/',
  'node_modules',
  '*.md',
  '*_test.go',
  '.*rc',
  'user*.ts',
  'db/migrations/[0-9]*.sql',
  'db/migrations/?*.down.sql',
  '{apps,services}/api/**',
  'packages/*/src/**/*.spec.ts',
  'packages/**/index.ts',
  'apps/*/src/*/**',
  '**/fixtures/*.json',
  '**/test/**/helpers/*.ts',
  '*/config/*.yaml',
  '*/*/deep.txt',
  'a/**/z.sql',
  'x/[!a]*/y.ts',
  'LICENSE',
];

const PATHS = [
  'README.md',
  'docs/README.md',
  'Makefile',
  'sub/Makefile',
  'src/auth/login.ts',
  'src/auth/other.ts',
  'src/authx/login.ts',
  'src/app/login.ts',
  '.github/workflows/ci.yml',
  '.github/ci.yml',
  'docs/a/b/c.txt',
  'x/docs/c.txt',
  'node_modules',
  'a/node_modules/b.js',
  'pkg/node_modules',
  'x_test.go',
  'deep/er/x_test.go',
  '_test.go',
  '.eslintrc',
  'cfg/.npmrc',
  'rc',
  'user.ts',
  'lib/users.ts',
  'lib/auser.ts',
  'db/migrations/001_init.sql',
  'db/migrations/init.sql',
  'db/migrations/x.down.sql',
  'db/migrations/sub/001.sql',
  'apps/api/x.ts',
  'services/api/deep/x.ts',
  'apps/web/api/x.ts',
  'packages/p1/src/a.spec.ts',
  'packages/p1/src/deep/er/a.spec.ts',
  'packages/p1/lib/a.spec.ts',
  'packages/index.ts',
  'packages/a/b/index.ts',
  'apps/w/src/c/file.ts',
  'apps/w/src/file.ts',
  'apps/w/src/c/d/e.ts',
  'fixtures/a.json',
  'x/y/fixtures/a.json',
  'x/y/fixtures/a/b.json',
  'test/helpers/h.ts',
  'a/test/b/c/helpers/h.ts',
  'test/helpers/x/h.ts',
  'svc/config/app.yaml',
  'config/app.yaml',
  'a/b/config/app.yaml',
  'a/b/deep.txt',
  'a/deep.txt',
  'a/b/c/deep.txt',
  'a/z.sql',
  'a/b/c/z.sql',
  'b/a/z.sql',
  'x/b/y.ts',
  'x/a/y.ts',
  'x/ab/y.ts',
  'LICENSE',
  'third_party/LICENSE',
  'plain.txt',
];

/** What the set must answer: the first glob, in order, that minimatch says matches. */
function naiveFirst(globs: readonly string[], path: string): number | undefined {
  const i = globs.findIndex((g) => minimatch(path, g, MINIMATCH_OPTIONS));
  return i === -1 ? undefined : i;
}

function check(patterns: readonly string[]): void {
  const globs = patterns.map((p) => toGlob(p) ?? '');
  const set = new PatternSet(globs.map((glob, i) => ({ glob, value: i })));
  const mismatches: string[] = [];
  // Twice: the second pass answers from the per-directory and per-name caches.
  for (let pass = 0; pass < 2; pass++)
    for (const path of PATHS) {
      const want = naiveFirst(globs, path);
      const got = set.match(path);
      if (got !== want) mismatches.push(`${path}: got ${got}, minimatch says ${want}`);
    }
  expect(mismatches).toEqual([]);
}

describe('PatternSet agrees with minimatch on the first matching glob', () => {
  it('in the given order', () => check(PATTERNS));

  it('in reverse order (each shape must also lose to an earlier one)', () =>
    check([...PATTERNS].reverse()));

  it('with each pattern alone (no shape hides behind another)', () => {
    for (const p of PATTERNS) check([p]);
  });

  it('with `**` alone matching everything, also at the root', () => {
    check(['**', ...PATTERNS]);
    check([...PATTERNS, '**']);
  });

  it('matchIn on a pre-split path answers as match does', () => {
    const globs = PATTERNS.map((p) => toGlob(p) ?? '');
    const set = new PatternSet(globs.map((glob, i) => ({ glob, value: i })));
    for (const path of PATHS) {
      const slash = path.lastIndexOf('/');
      const directory = slash === -1 ? '' : path.slice(0, slash);
      expect(set.matchIn(path, directory, path.slice(slash + 1))).toBe(set.match(path));
    }
  });
});
