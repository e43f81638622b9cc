import { describe, expect, it } from '@jest/globals';
import { protectedMatcher, protectedPathList } from '../../../src/core/protected/paths.js';
import {
  planTreeGate,
  symlinkEscapes,
  type TreeEntry,
} from '../../../src/core/protected/tree-gate.js';

const guard = protectedMatcher(protectedPathList());
const file = (digest: string, mode = 0o644): TreeEntry => ({ kind: 'file', mode, digest });

describe('symlinkEscapes', () => {
  it.each([
    ['a', '/etc/passwd', true],
    ['a', '..', true],
    ['src/a', '../../x', true],
    ['src/a', '../x', false],
    ['src/a', 'b/../../../x', true],
    ['a', 'C:\\\\x', true],
    ['a', '', true],
    ['src/a', './b', false],
  ])('%s -> %s escapes: %s', (path, target, escapes) => {
    expect(symlinkEscapes(path, target)).toBe(escapes);
  });
});

describe('planTreeGate', () => {
  it('puts back changed protected files, removes created ones, ignores other work', () => {
    const before = new Map<string, TreeEntry>([
      ['.github/workflows/ci.yml', file('a')],
      ['.claude/hooks/x.sh', file('b', 0o755)],
      ['docs/CLAUDE.md', file('c')],
    ]);
    const after = new Map<string, TreeEntry>([
      ['.github/workflows/ci.yml', file('z')],
      ['.github/workflows/new.yml', file('n')],
      ['.claude/hooks/x.sh', file('b', 0o644)],
      ['src/link', { kind: 'symlink', target: 'a.ts', outside: false }],
      ['src/out', { kind: 'symlink', target: '/etc', outside: true }],
      ['lib/.git', { kind: 'gitdir' }],
    ]);
    const plan = planTreeGate(before, after, guard);
    expect(plan.violations.map((v) => `${v.rule} ${v.change} ${v.path} ${v.detail}`)).toEqual([
      'protected-path mode .claude/hooks/x.sh .claude/**',
      'protected-path modified .github/workflows/ci.yml .github/**',
      'protected-path created .github/workflows/new.yml .github/**',
      'protected-path deleted docs/CLAUDE.md CLAUDE.md',
      'nested-git created lib/.git .git',
      'escaping-symlink created src/out /etc',
    ]);
    expect(plan.remove).toEqual([
      '.claude/hooks/x.sh',
      '.github/workflows/ci.yml',
      '.github/workflows/new.yml',
      'lib/.git',
      'src/out',
    ]);
    expect(plan.restore).toEqual([
      '.claude/hooks/x.sh',
      '.github/workflows/ci.yml',
      'docs/CLAUDE.md',
    ]);
  });

  it('leaves a symlink that was already there as it was', () => {
    const link: TreeEntry = { kind: 'symlink', target: '/opt/shared', outside: true };
    const entries = new Map([['vendor', link]]);
    expect(planTreeGate(entries, new Map(entries), guard).violations).toEqual([]);
  });
});
