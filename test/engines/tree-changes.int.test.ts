// What a run changed is read with git after the agent ran: nothing the agent planted in .git
// (hooks, fsmonitor, filters, a moved core.worktree) runs or changes the answer.
import { describe, expect, test } from '@jest/globals';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { treeChangesSince, headSha } from '../../src/engines/tree-changes.js';
import {
  gitTestEnv as env,
  plantGitTraps,
  sprungTraps,
  trapFixturePerTest,
  worktreeElsewhere,
} from '../support/git-traps.js';

describe('treeChangesSince after a hostile agent', () => {
  const f = trapFixturePerTest('changed-files-');

  test('runs no planted program and reads the tree, not a core.worktree elsewhere', async () => {
    const base = await headSha(f.tree, env);
    await plantGitTraps(f.tree, f.markers);
    await worktreeElsewhere(f);
    await writeFile(join(f.tree, 'a.txt'), 'a\nchanged\n');
    await writeFile(join(f.tree, 'new.txt'), 'new\n');
    const files = await treeChangesSince(f.tree, base, env);
    expect(files).toEqual(['a.txt', 'new.txt']);
    expect(await sprungTraps(f.markers)).toEqual([]);
  });
});
