// The tree gate on a real repository: whatever the run did to protected paths is undone byte
// for byte and mode for mode, escaping symlinks and nested .git are removed, the rest stays.
import { afterEach, describe, expect, it } from '@jest/globals';
import {
  chmod,
  lstat,
  mkdir,
  readFile,
  readlink,
  rename,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import path from 'node:path';
import { protectedPathList } from '../../src/core/protected/paths.js';
import { createTreeGate } from '../../src/engines/tree-gate.js';
import { gitEnv, removeDir, tempRepo } from './anthropic/helpers.js';
import { runChecked } from '../../src/engines/process.js';
import { tempDir } from '../support/temp.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await removeDir(d);
});

const gate = createTreeGate({ env: process.env });
const git = async (cwd: string, ...args: string[]) =>
  (await runChecked('git', args, { cwd, env: gitEnv() })).stdout;

const FILES = {
  '.github/workflows/ci.yml': 'on: push\n',
  '.github/actions/x/action.yml': 'runs: {using: node24}\n',
  '.github/lailatov.yml': 'budgets: {issue: 5}\n',
  '.claude/settings.json': '{"hooks": {}}\n',
  '.claude/hooks/guard.sh': '#!/bin/sh\nexit 0\n',
  'docs/CLAUDE.md': '# rules\n',
  'AGENTS.md': '# agents\n',
  'risk-policy.json': '{}\n',
  'src/a.ts': 'export const a = 1;\n',
};

async function repoWithGate(): Promise<{
  repo: string;
  run: (act: () => Promise<void>) => Promise<string[]>;
}> {
  const repo = await tempRepo(FILES);
  dirs.push(repo);
  await chmod(path.join(repo, '.claude/hooks/guard.sh'), 0o755);
  await git(repo, 'add', '-A');
  await git(repo, 'commit', '-qm', 'mode');
  return {
    repo,
    run: async (act) => {
      const snap = await gate.snapshot(repo, protectedPathList());
      await act();
      return (await gate.enforce(snap)).map((v) => `${v.rule} ${v.change} ${v.path}`);
    },
  };
}

async function expectUntouched(repo: string): Promise<void> {
  for (const [rel, content] of Object.entries(FILES)) {
    if (rel.startsWith('src/')) continue;
    expect({ rel, content: await readFile(path.join(repo, rel), 'utf8') }).toEqual({
      rel,
      content,
    });
  }
  expect((await lstat(path.join(repo, '.claude/hooks/guard.sh'))).mode & 0o7777).toBe(0o755);
  expect((await lstat(path.join(repo, '.github/workflows/ci.yml'))).mode & 0o7777).toBe(0o644);
  expect(
    await git(
      repo,
      'status',
      '--porcelain',
      '--',
      '.github',
      '.claude',
      'docs/CLAUDE.md',
      'AGENTS.md',
      'risk-policy.json',
    ),
  ).toBe('');
}

describe('tree gate', () => {
  it('reverts edits, creations and deletions of every protected path, and keeps other work', async () => {
    const { repo, run } = await repoWithGate();
    const found = await run(async () => {
      const w = (rel: string, text: string) => writeFile(path.join(repo, rel), text);
      await w('.github/workflows/ci.yml', 'on: push\njobs: {evil: {}}\n');
      await w('.github/workflows/evil.yml', 'on: push\n');
      await w('.github/actions/x/action.yml', 'pwned');
      await w('.github/lailatov.yml', 'budgets: {issue: 5000}\n');
      await w('.claude/settings.json', '{"permissions": {"allow": ["Bash"]}}');
      await w('.claude/settings.local.json', '{}');
      await w('docs/CLAUDE.md', 'ignore the rules\n');
      await rm(path.join(repo, 'AGENTS.md'));
      await w('risk-policy.json', '{"protectedPaths": []}');
      await w('src/a.ts', 'export const a = 2;\n');
      await w('src/b.ts', 'export const b = 1;\n');
    });
    expect(found.sort()).toEqual(
      [
        'protected-path created .claude/settings.local.json',
        'protected-path created .github/workflows/evil.yml',
        'protected-path deleted AGENTS.md',
        'protected-path modified .claude/settings.json',
        'protected-path modified .github/actions/x/action.yml',
        'protected-path modified .github/lailatov.yml',
        'protected-path modified .github/workflows/ci.yml',
        'protected-path modified docs/CLAUDE.md',
        'protected-path modified risk-policy.json',
      ].sort(),
    );
    await expectUntouched(repo);
    await expect(lstat(path.join(repo, '.github/workflows/evil.yml'))).rejects.toThrow();
    await expect(lstat(path.join(repo, '.claude/settings.local.json'))).rejects.toThrow();
    expect(await readFile(path.join(repo, 'src/a.ts'), 'utf8')).toBe('export const a = 2;\n');
    expect(await readFile(path.join(repo, 'src/b.ts'), 'utf8')).toBe('export const b = 1;\n');
  });

  it('reverts a rename, a chmod, a directory moved away and a protected directory deleted', async () => {
    const { repo, run } = await repoWithGate();
    const away = await tempDir('lailatov-away-');
    dirs.push(away);
    const found = await run(async () => {
      await rename(path.join(repo, 'docs/CLAUDE.md'), path.join(repo, 'docs/RULES.md'));
      await chmod(path.join(repo, '.claude/hooks/guard.sh'), 0o644);
      await chmod(path.join(repo, '.github/lailatov.yml'), 0o755);
      await rename(path.join(repo, '.github/workflows'), path.join(away, 'wf'));
      await rm(path.join(repo, '.claude'), { recursive: true });
    });
    expect(found.sort()).toEqual(
      [
        'protected-path deleted .claude/hooks/guard.sh',
        'protected-path deleted .claude/settings.json',
        'protected-path deleted .github/workflows/ci.yml',
        'protected-path deleted docs/CLAUDE.md',
        'protected-path mode .github/lailatov.yml',
      ].sort(),
    );
    await expectUntouched(repo);
    // The rename's new name is not protected: it stays, as the agent's (reviewed) work.
    expect(await readFile(path.join(repo, 'docs/RULES.md'), 'utf8')).toBe('# rules\n');
  });

  it('removes symlinks that leave the tree or replace protected paths, and nested .git', async () => {
    const { repo, run } = await repoWithGate();
    const away = await tempDir('lailatov-away-');
    dirs.push(away);
    const found = await run(async () => {
      await symlink(away, path.join(repo, 'src/out'));
      await symlink('../../etc/passwd', path.join(repo, 'src/rel'));
      await symlink('a.ts', path.join(repo, 'src/fine'));
      await rm(path.join(repo, '.claude/settings.json'));
      await symlink('/tmp/evil.json', path.join(repo, '.claude/settings.json'));
      await symlink('../../src/a.ts', path.join(repo, '.github/workflows/link.yml'));
      await rm(path.join(repo, '.github/actions'), { recursive: true });
      await symlink(away, path.join(repo, '.github/actions'));
      await mkdir(path.join(repo, 'vendor/lib/.git/hooks'), { recursive: true });
      await writeFile(path.join(repo, 'vendor/lib/.git/hooks/post-checkout'), '#!/bin/sh\n');
      await writeFile(path.join(repo, 'vendor/lib/x.js'), '1;\n');
      await writeFile(path.join(repo, 'src/.git'), 'gitdir: /tmp/elsewhere\n');
    });
    expect(found.sort()).toEqual(
      [
        'protected-path created .github/actions',
        'escaping-symlink created src/out',
        'escaping-symlink created src/rel',
        'nested-git created src/.git',
        'nested-git created vendor/lib/.git',
        'protected-path created .github/workflows/link.yml',
        'protected-path deleted .github/actions/x/action.yml',
        'protected-path type .claude/settings.json',
      ].sort(),
    );
    await expectUntouched(repo);
    for (const rel of [
      'src/out',
      'src/rel',
      'vendor/lib/.git',
      'src/.git',
      '.github/workflows/link.yml',
    ])
      await expect(lstat(path.join(repo, rel))).rejects.toThrow();
    expect((await lstat(path.join(repo, '.github/actions'))).isDirectory()).toBe(true);
    expect(await readlink(path.join(repo, 'src/fine'))).toBe('a.ts');
    expect(await readFile(path.join(repo, 'vendor/lib/x.js'), 'utf8')).toBe('1;\n');
  });

  it("undoes the agent's own commits and staging: HEAD and the index are as they were", async () => {
    const { repo, run } = await repoWithGate();
    const head = (await git(repo, 'rev-parse', 'HEAD')).trim();
    const found = await run(async () => {
      await writeFile(path.join(repo, '.github/workflows/evil.yml'), 'on: push\n');
      await writeFile(path.join(repo, 'src/a.ts'), 'export const a = 3;\n');
      await git(repo, 'add', '-A');
      await git(repo, 'commit', '-qm', 'agent commit');
      await git(repo, 'checkout', '-qb', 'elsewhere');
    });
    expect(found).toEqual(['protected-path created .github/workflows/evil.yml']);
    expect((await git(repo, 'rev-parse', 'HEAD')).trim()).toBe(head);
    expect((await git(repo, 'symbolic-ref', '--short', 'HEAD')).trim()).toBe('main');
    expect(await git(repo, 'status', '--porcelain')).toBe(' M src/a.ts\n');
  });

  it('finds nothing when the run changed only ordinary files', async () => {
    const { repo, run } = await repoWithGate();
    const found = await run(async () => {
      await writeFile(path.join(repo, 'src/a.ts'), 'export const a = 9;\n');
      await symlink('a.ts', path.join(repo, 'src/alias.ts'));
    });
    expect(found).toEqual([]);
  });

  it('also protects the paths the session adds (the action config-path)', async () => {
    const repo = await tempRepo({ 'ci/lailatov.yml': 'budgets: {issue: 5}\n' });
    dirs.push(repo);
    const withConfig = createTreeGate({ env: process.env, alsoProtected: ['/ci/lailatov.yml'] });
    const snap = await withConfig.snapshot(repo, protectedPathList());
    await writeFile(path.join(repo, 'ci/lailatov.yml'), 'budgets: {issue: 5000}\n');
    const found = await withConfig.enforce(snap);
    expect(found.map((v) => `${v.rule} ${v.change} ${v.path} ${v.detail}`)).toEqual([
      'protected-path modified ci/lailatov.yml /ci/lailatov.yml',
    ]);
    expect(await readFile(path.join(repo, 'ci/lailatov.yml'), 'utf8')).toBe(
      'budgets: {issue: 5}\n',
    );
  });
});
