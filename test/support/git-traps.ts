// What a hostile agent can leave in a checkout's .git so that the orchestrator's git runs its
// code: hooks (in .git/hooks and in a core.hooksPath of its own), core.fsmonitor, a filter and
// a diff driver named by .gitattributes, a merge driver, an editor and a pager. Each one, if it
// ever runs, creates a marker file in `markerDir` and copies .git/config (where the old code put
// the push credential) into the tree.
import { afterEach, beforeEach } from '@jest/globals';
import { chmod, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { tempDir } from './temp.js';
import { join } from 'node:path';
import { runChecked } from '../../src/engines/process.js';

const HOOKS = [
  'pre-push',
  'post-checkout',
  'reference-transaction',
  'pre-commit',
  'commit-msg',
  'post-commit',
  'pre-rebase',
  'post-rewrite',
  'pre-auto-gc',
];

export async function plantGitTraps(tree: string, markerDir: string): Promise<void> {
  const gitDir = join(tree, '.git');
  const trap = (name: string): string =>
    `touch '${join(markerDir, name)}'; cp '${join(gitDir, 'config')}' '${join(tree, `leaked-${name}.txt`)}' 2>/dev/null; true`;
  const script = async (path: string, name: string, tail = ''): Promise<void> => {
    await writeFile(path, `#!/bin/sh\n${trap(name)}\n${tail}`);
    await chmod(path, 0o755);
  };
  const ownHooks = join(tree, '.git', 'own-hooks');
  await mkdir(join(gitDir, 'hooks'), { recursive: true });
  await mkdir(ownHooks, { recursive: true });
  for (const hook of HOOKS) {
    await script(join(gitDir, 'hooks', hook), `hook-${hook}`);
    await script(join(ownHooks, hook), `hooksPath-${hook}`);
  }
  await script(join(gitDir, 'fsmonitor.sh'), 'fsmonitor');
  await script(join(gitDir, 'filter.sh'), 'filter', 'cat\n');
  const config: [string, string][] = [
    ['core.hooksPath', ownHooks],
    ['core.fsmonitor', join(gitDir, 'fsmonitor.sh')],
    ['core.pager', trap('pager')],
    ['core.editor', trap('editor')],
    ['filter.evil.clean', join(gitDir, 'filter.sh')],
    ['filter.evil.smudge', join(gitDir, 'filter.sh')],
    ['filter.evil.required', 'true'],
    ['diff.evil.textconv', join(gitDir, 'filter.sh')],
    ['diff.evil.command', join(gitDir, 'filter.sh')],
    ['merge.evil.driver', trap('merge')],
    ['diff.external', join(gitDir, 'filter.sh')],
    ['log.showSignature', 'true'],
    ['gpg.program', join(gitDir, 'filter.sh')],
    ['commit.gpgSign', 'true'],
  ];
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: markerDir };
  for (const [key, value] of config)
    await runChecked('git', ['config', '--local', key, value], { cwd: tree, env });
  await mkdir(join(gitDir, 'info'), { recursive: true });
  await writeFile(join(gitDir, 'info', 'attributes'), '* filter=evil diff=evil merge=evil\n');
}

/** The traps that went off. */
export async function sprungTraps(markerDir: string): Promise<string[]> {
  return (await readdir(markerDir)).sort();
}

/** A fixed identity and no system or user config, so that tests do not depend on the machine. */
export const gitTestEnv = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME: '/nonexistent',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'H',
  GIT_AUTHOR_EMAIL: 'h@example.invalid',
  GIT_COMMITTER_NAME: 'H',
  GIT_COMMITTER_EMAIL: 'h@example.invalid',
};

/** The test's own git (not the code under test), in `cwd`. */
export async function gitIn(cwd: string, ...args: string[]): Promise<string> {
  return (await runChecked('git', args, { cwd, env: gitTestEnv })).stdout;
}

export interface TrapFixture {
  readonly root: string;
  /** A repository on `main` with one commit holding `a.txt`. */
  readonly tree: string;
  /** Where sprung traps leave their marker (empty so far). */
  readonly markers: string;
}

export async function trapFixture(prefix: string): Promise<TrapFixture> {
  const root = await tempDir(prefix);
  const tree = join(root, 'tree');
  const markers = join(root, 'markers');
  await mkdir(markers);
  await mkdir(tree);
  await gitIn(tree, 'init', '-q', '-b', 'main');
  await writeFile(join(tree, 'a.txt'), 'a\n');
  await gitIn(tree, 'add', '-A');
  await gitIn(tree, 'commit', '-qm', 'base');
  return { root, tree, markers };
}

/** Points the fixture's `core.worktree` at a new directory beside it, as an agent could: its path. */
export async function worktreeElsewhere(f: TrapFixture): Promise<string> {
  const elsewhere = join(f.root, 'elsewhere');
  await mkdir(elsewhere);
  await gitIn(f.tree, 'config', 'core.worktree', elsewhere);
  return elsewhere;
}

/** A fresh trap fixture for each test of the file, removed after it: read its fields in tests. */
export function trapFixturePerTest(prefix: string): TrapFixture {
  const current = { root: '', tree: '', markers: '' };
  beforeEach(async () => {
    Object.assign(current, await trapFixture(prefix));
  });
  afterEach(async () => {
    await rm(current.root, { recursive: true, force: true });
  });
  return current;
}
