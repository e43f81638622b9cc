// What a run changed is read with git after the agent ran: nothing the agent planted in .git
// (hooks, fsmonitor, filters, a moved core.worktree) runs or changes the answer.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { changedFiles, headSha } from '../../src/engines/changed-files.js';
import { runChecked } from '../../src/engines/process.js';
import { plantGitTraps, sprungTraps } from '../support/git-traps.js';

const env = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME: '/nonexistent',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'H',
  GIT_AUTHOR_EMAIL: 'h@example.invalid',
  GIT_COMMITTER_NAME: 'H',
  GIT_COMMITTER_EMAIL: 'h@example.invalid',
};
const git = async (cwd: string, ...args: string[]) =>
  (await runChecked('git', args, { cwd, env })).stdout;

describe('changedFiles after a hostile agent', () => {
  let root: string;
  let tree: string;
  let markers: string;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'changed-files-'));
    tree = join(root, 'tree');
    markers = join(root, 'markers');
    await mkdir(markers);
    await mkdir(tree);
    await git(tree, 'init', '-q', '-b', 'main');
    await writeFile(join(tree, 'a.txt'), 'a\n');
    await git(tree, 'add', '-A');
    await git(tree, 'commit', '-qm', 'base');
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  test('runs no planted program and reads the tree, not a core.worktree elsewhere', async () => {
    const base = await headSha(tree, env);
    await plantGitTraps(tree, markers);
    const elsewhere = join(root, 'elsewhere');
    await mkdir(elsewhere);
    await git(tree, 'config', 'core.worktree', elsewhere);
    await writeFile(join(tree, 'a.txt'), 'a\nchanged\n');
    await writeFile(join(tree, 'new.txt'), 'new\n');
    const files = await changedFiles(tree, base, env);
    expect(files).toEqual(['a.txt', 'new.txt']);
    expect(await sprungTraps(markers)).toEqual([]);
  });
});
