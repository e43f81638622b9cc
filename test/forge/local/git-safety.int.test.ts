// The orchestrator's git (GitRepo, used in local mode and for the checkout in GitHub mode) runs
// nothing that the repository's own .git names, whatever the agent wrote there.
import { describe, expect, test } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GitRepo } from '../../../src/forge/local/git.js';
import {
  gitIn as git,
  gitTestEnv as env,
  plantGitTraps,
  sprungTraps,
  trapFixturePerTest,
  worktreeElsewhere,
} from '../../support/git-traps.js';

describe('GitRepo with a hostile .git', () => {
  const f = trapFixturePerTest('git-safety-');

  test('no hook, fsmonitor, filter, driver, pager, editor or gpg program the agent planted runs', async () => {
    const repo = await GitRepo.open(f.tree, env);
    await plantGitTraps(f.tree, f.markers);
    await repo.checkout('agent/x', 'main');
    await writeFile(join(f.tree, 'a.txt'), 'a\nb\n');
    await writeFile(join(f.tree, 'b.txt'), 'new\n');
    expect(await repo.dirtyFiles()).toEqual(expect.arrayContaining(['a.txt', 'b.txt']));
    const sha = await repo.commitAll('feat: b');
    expect(sha).toMatch(/^[0-9a-f]{40}$/);
    expect(await repo.commits('main', 'agent/x')).toHaveLength(1);
    expect(await repo.changedFiles('main', 'agent/x')).toEqual(['a.txt', 'b.txt']);
    expect((await repo.diff('main', 'agent/x')).map((d) => d.path)).toEqual(['a.txt', 'b.txt']);
    expect(await repo.show('agent/x', 'a.txt')).toBe('a\nb\n');
    await repo.checkout('main', 'main');
    expect(await sprungTraps(f.markers)).toEqual([]);
    // The commit holds what the agent wrote, not a filter's output, and no leaked config.
    expect(await git(f.tree, 'ls-tree', '--name-only', 'agent/x')).toBe('a.txt\nb.txt\n');
  });

  test('a core.worktree written later does not move the work tree the suite commits', async () => {
    const repo = await GitRepo.open(f.tree, env);
    const elsewhere = await worktreeElsewhere(f);
    await writeFile(join(elsewhere, 'stolen.txt'), 'outside the tree\n');
    await writeFile(join(f.tree, 'c.txt'), 'c\n');
    await repo.commitAll('feat: c');
    expect(
      await git(f.root, '--git-dir', join(f.tree, '.git'), 'ls-tree', '--name-only', 'HEAD'),
    ).toBe('a.txt\nc.txt\n');
    expect(await readFile(join(elsewhere, 'stolen.txt'), 'utf8')).toBe('outside the tree\n');
  });

  test("a url.insteadOf to ext:: in the repository's config cannot make a fetch run a command", async () => {
    const repo = await GitRepo.open(f.tree, env);
    await git(
      f.tree,
      'config',
      `url.ext::sh -c touch% ${join(f.markers, 'ext')}.insteadOf`,
      '/src/repo',
    );
    await git(f.tree, 'config', 'protocol.ext.allow', 'always');
    await expect(repo.exec(['fetch', '--quiet', '/src/repo', 'main'])).rejects.toThrow();
    expect(await sprungTraps(f.markers)).toEqual([]);
  });
});
