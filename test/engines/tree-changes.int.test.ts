// What a run changed is read with git after the agent ran: nothing the agent planted in .git
// (hooks, fsmonitor, filters, a moved core.worktree) runs or changes the answer.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { treeChangesSince, headSha } from '../../src/engines/tree-changes.js';
import {
  gitIn,
  gitTestEnv,
  plantGitTraps,
  sprungTraps,
  trapFixture,
} from '../support/git-traps.js';

const env = gitTestEnv;
const git = gitIn;

describe('treeChangesSince after a hostile agent', () => {
  let root: string;
  let tree: string;
  let markers: string;

  beforeEach(async () => {
    ({ root, tree, markers } = await trapFixture('changed-files-'));
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
    const files = await treeChangesSince(tree, base, env);
    expect(files).toEqual(['a.txt', 'new.txt']);
    expect(await sprungTraps(markers)).toEqual([]);
  });
});
