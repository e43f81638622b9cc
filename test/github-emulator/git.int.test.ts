// Real git against the emulator's bare repositories: clone, push, PR diffs, the Git Data API.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { rm, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { gitIn, octokitFor, tempDir } from './helpers.js';

let gh: GitHubEmulator;
let work: string;

beforeEach(async () => {
  gh = await startGitHubEmulator();
  work = await tempDir('gh-emulator-work');
  await gh.createRepo('o/r', {
    files: {
      'README.md': '# r\n',
      'src/app.ts': 'export const one = 1;\nexport const two = 2;\n',
      'old.txt': 'bye\n',
    },
  });
});
afterEach(async () => {
  await gh.close();
  await rm(work, { recursive: true, force: true });
});

/** Clone, change files on a branch, push it. Returns the clone's path. */
async function pushBranch(branch: string, change: (dir: string) => Promise<void>): Promise<string> {
  const dir = path.join(work, 'clone');
  await gitIn(work, ['clone', '--quiet', gh.repoPath('o/r'), dir]);
  await gitIn(dir, ['checkout', '--quiet', '-b', branch]);
  await change(dir);
  await gitIn(dir, ['add', '-A']);
  await gitIn(dir, ['commit', '--quiet', '-m', `work on ${branch}`]);
  await gitIn(dir, ['push', '--quiet', 'origin', branch]);
  return dir;
}

describe('emulator with real git', () => {
  it('clone, commit, push a branch, open a PR and list its files from a real diff', async () => {
    const dir = await pushBranch('agent/issue-1', async (d) => {
      await writeFile(
        path.join(d, 'src/app.ts'),
        'export const one = 1;\nexport const two = 22;\nexport const three = 3;\n',
      );
      await mkdir(path.join(d, 'docs'));
      await writeFile(path.join(d, 'docs/new.md'), 'new\n');
      await rm(path.join(d, 'old.txt'));
    });
    const octokit = octokitFor(gh);
    const { data: pr } = await octokit.pulls.create({
      owner: 'o',
      repo: 'r',
      title: 'Agent work',
      head: 'agent/issue-1',
      base: 'main',
      body: 'body',
      draft: true,
    });
    expect(pr).toMatchObject({
      draft: true,
      state: 'open',
      merged: false,
      changed_files: 3,
      additions: 3,
      deletions: 2,
    });
    expect(pr.head.sha).toBe(await gitIn(dir, ['rev-parse', 'HEAD']));

    const files = await octokit.paginate(octokit.pulls.listFiles, {
      owner: 'o',
      repo: 'r',
      pull_number: pr.number,
    });
    const byName = Object.fromEntries(files.map((f) => [f.filename, f]));
    expect(Object.keys(byName).sort()).toEqual(['docs/new.md', 'old.txt', 'src/app.ts']);
    expect(byName['docs/new.md']).toMatchObject({ status: 'added', additions: 1, deletions: 0 });
    expect(byName['old.txt']).toMatchObject({ status: 'removed', additions: 0, deletions: 1 });
    expect(byName['src/app.ts']).toMatchObject({
      status: 'modified',
      additions: 2,
      deletions: 1,
      changes: 3,
    });
    expect(byName['src/app.ts']?.patch).toBe(
      '@@ -1,2 +1,3 @@\n export const one = 1;\n-export const two = 2;\n+export const two = 22;\n+export const three = 3;',
    );

    // Listing by head, and a duplicate PR is refused like GitHub does.
    const listed = await octokit.pulls.list({ owner: 'o', repo: 'r', head: 'o:agent/issue-1' });
    expect(listed.data.map((p) => p.number)).toEqual([pr.number]);
    const none = await octokit.pulls.list({ owner: 'o', repo: 'r', head: 'o:other' });
    expect(none.data).toEqual([]);
    await expect(
      octokit.pulls.create({
        owner: 'o',
        repo: 'r',
        title: 'again',
        head: 'agent/issue-1',
        base: 'main',
      }),
    ).rejects.toMatchObject({ status: 422 });

    // A later push moves the PR head.
    await writeFile(path.join(dir, 'more.txt'), 'more\n');
    await gitIn(dir, ['add', '-A']);
    await gitIn(dir, ['commit', '--quiet', '-m', 'more']);
    await gitIn(dir, ['push', '--quiet', 'origin', 'agent/issue-1']);
    const { data: after } = await octokit.pulls.get({
      owner: 'o',
      repo: 'r',
      pull_number: pr.number,
    });
    expect(after.head.sha).toBe(await gitIn(dir, ['rev-parse', 'HEAD']));
    expect(after.changed_files).toBe(4);
    expect(after.commits).toBe(2);
  });

  it('paginates PR files', async () => {
    await pushBranch('many', async (d) => {
      for (let i = 0; i < 45; i++) await writeFile(path.join(d, `f${i}.txt`), `${i}\n`);
    });
    const octokit = octokitFor(gh);
    const { data: pr } = await octokit.pulls.create({
      owner: 'o',
      repo: 'r',
      title: 't',
      head: 'many',
      base: 'main',
    });
    const page = await octokit.pulls.listFiles({ owner: 'o', repo: 'r', pull_number: pr.number });
    expect(page.data).toHaveLength(30);
    const all = await octokit.paginate(octokit.pulls.listFiles, {
      owner: 'o',
      repo: 'r',
      pull_number: pr.number,
    });
    expect(all).toHaveLength(45);
  });

  it('reviews with suggestion comments on diff lines; off-diff lines are refused', async () => {
    await pushBranch('b', async (d) => {
      await writeFile(
        path.join(d, 'src/app.ts'),
        'export const one = 1;\nexport const two = 22;\n',
      );
    });
    const octokit = octokitFor(gh);
    const { data: pr } = await octokit.pulls.create({
      owner: 'o',
      repo: 'r',
      title: 't',
      head: 'b',
      base: 'main',
    });
    const suggestion = 'Use 2\n```suggestion\nexport const two = 2;\n```';
    const { data: review } = await octokit.pulls.createReview({
      owner: 'o',
      repo: 'r',
      pull_number: pr.number,
      event: 'REQUEST_CHANGES',
      body: 'Please fix',
      comments: [{ path: 'src/app.ts', line: 2, side: 'RIGHT', body: suggestion }],
    });
    expect(review.state).toBe('CHANGES_REQUESTED');
    const { data: comments } = await octokit.pulls.listReviewComments({
      owner: 'o',
      repo: 'r',
      pull_number: pr.number,
    });
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatchObject({
      path: 'src/app.ts',
      line: 2,
      side: 'RIGHT',
      body: suggestion,
      pull_request_review_id: review.id,
    });
    expect(comments[0]?.diff_hunk).toBe(
      '@@ -1,2 +1,2 @@\n export const one = 1;\n-export const two = 2;\n+export const two = 22;',
    );

    await expect(
      octokit.pulls.createReview({
        owner: 'o',
        repo: 'r',
        pull_number: pr.number,
        event: 'COMMENT',
        body: 'x',
        comments: [{ path: 'README.md', line: 1, body: 'not in the diff' }],
      }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      octokit.pulls.createReviewComment({
        owner: 'o',
        repo: 'r',
        pull_number: pr.number,
        commit_id: pr.head.sha,
        path: 'src/app.ts',
        line: 9,
        body: 'x',
      }),
    ).rejects.toMatchObject({ status: 422 });

    // APPROVE is accepted and recorded, so tests can assert the pipeline never does it.
    await octokit.pulls.createReview({
      owner: 'o',
      repo: 'r',
      pull_number: pr.number,
      event: 'APPROVE',
    });
    const { data: reviews } = await octokit.pulls.listReviews({
      owner: 'o',
      repo: 'r',
      pull_number: pr.number,
    });
    expect(reviews.map((r) => r.state)).toEqual(['CHANGES_REQUESTED', 'APPROVED']);
  });

  it('Git Data API append: ref, blob, tree on base_tree, commit, fast-forward ref; git log sees it', async () => {
    const octokit = octokitFor(gh);
    const repo = { owner: 'o', repo: 'r' };
    const { data: ref } = await octokit.git.getRef({ ...repo, ref: 'heads/main' });
    const parent = ref.object.sha;
    const { data: parentCommit } = await octokit.git.getCommit({ ...repo, commit_sha: parent });
    const { data: blob } = await octokit.git.createBlob({
      ...repo,
      content: Buffer.from('{"n":1}\n').toString('base64'),
      encoding: 'base64',
    });
    const { data: tree } = await octokit.git.createTree({
      ...repo,
      base_tree: parentCommit.tree.sha,
      tree: [{ path: 'data/log.jsonl', mode: '100644', type: 'blob', sha: blob.sha }],
    });
    expect(tree.tree.map((e) => e.path).sort()).toEqual(['README.md', 'data', 'old.txt', 'src']);
    const { data: commit } = await octokit.git.createCommit({
      ...repo,
      message: 'Append outcome',
      tree: tree.sha,
      parents: [parent],
    });
    const { data: updated } = await octokit.git.updateRef({
      ...repo,
      ref: 'heads/main',
      sha: commit.sha,
    });
    expect(updated.object.sha).toBe(commit.sha);

    const log = await gitIn(work, [
      '--git-dir',
      gh.repoPath('o/r'),
      'log',
      '--format=%H %s',
      'main',
    ]);
    expect(log.split('\n')[0]).toBe(`${commit.sha} Append outcome`);
    const content = await gitIn(work, [
      '--git-dir',
      gh.repoPath('o/r'),
      'show',
      'main:data/log.jsonl',
    ]);
    expect(content).toBe('{"n":1}');
    const { data: file } = await octokit.repos.getContent({
      ...repo,
      path: 'data/log.jsonl',
      ref: 'main',
    });
    expect('content' in file && Buffer.from(file.content, 'base64').toString()).toBe('{"n":1}\n');
  });

  it('a stale ref update without force is a compare-and-swap: 422 "Update is not a fast forward"', async () => {
    const octokit = octokitFor(gh);
    const repo = { owner: 'o', repo: 'r' };
    const { data: ref } = await octokit.git.getRef({ ...repo, ref: 'heads/main' });
    const base = ref.object.sha;
    const { data: baseCommit } = await octokit.git.getCommit({ ...repo, commit_sha: base });
    const commitOn = async (text: string) => {
      const { data: tree } = await octokit.git.createTree({
        ...repo,
        base_tree: baseCommit.tree.sha,
        tree: [{ path: 'x.txt', mode: '100644', type: 'blob', content: text }],
      });
      return (
        await octokit.git.createCommit({ ...repo, message: text, tree: tree.sha, parents: [base] })
      ).data.sha;
    };
    // Two writers start from the same parent; the first wins, the second is refused.
    const [first, second] = [await commitOn('first'), await commitOn('second')];
    await octokit.git.updateRef({ ...repo, ref: 'heads/main', sha: first });
    await expect(
      octokit.git.updateRef({ ...repo, ref: 'heads/main', sha: second }),
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Update is not a fast forward' } },
    });
    expect((await octokit.git.getRef({ ...repo, ref: 'heads/main' })).data.object.sha).toBe(first);
    await octokit.git.updateRef({ ...repo, ref: 'heads/main', sha: second, force: true });
    expect((await octokit.git.getRef({ ...repo, ref: 'heads/main' })).data.object.sha).toBe(second);
  });

  it('creates, matches and deletes refs', async () => {
    const octokit = octokitFor(gh);
    const repo = { owner: 'o', repo: 'r' };
    const sha = (await octokit.git.getRef({ ...repo, ref: 'heads/main' })).data.object.sha;
    await octokit.git.createRef({ ...repo, ref: 'refs/heads/lailatov-data', sha });
    await octokit.git.createRef({ ...repo, ref: 'refs/heads/lailatov-other', sha });
    await expect(
      octokit.git.createRef({ ...repo, ref: 'refs/heads/lailatov-data', sha }),
    ).rejects.toMatchObject({ status: 422 });
    const { data: matching } = await octokit.git.listMatchingRefs({
      ...repo,
      ref: 'heads/lailatov-',
    });
    expect(matching.map((r) => r.ref)).toEqual([
      'refs/heads/lailatov-data',
      'refs/heads/lailatov-other',
    ]);
    await octokit.git.deleteRef({ ...repo, ref: 'heads/lailatov-other' });
    await expect(
      octokit.git.getRef({ ...repo, ref: 'heads/lailatov-other' }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      octokit.git.deleteRef({ ...repo, ref: 'heads/lailatov-other' }),
    ).rejects.toMatchObject({ status: 422 });
  });

  it('check runs with annotations, and commit statuses, on a real commit', async () => {
    const octokit = octokitFor(gh);
    const repo = { owner: 'o', repo: 'r' };
    const sha = (await octokit.git.getRef({ ...repo, ref: 'heads/main' })).data.object.sha;
    const { data: run } = await octokit.checks.create({
      ...repo,
      name: 'lailatov/review',
      head_sha: sha,
      status: 'in_progress',
    });
    const annotations = Array.from({ length: 3 }, (_, i) => ({
      path: 'src/app.ts',
      start_line: i + 1,
      end_line: i + 1,
      annotation_level: 'warning' as const,
      message: `finding ${i}`,
    }));
    await octokit.checks.update({
      ...repo,
      check_run_id: run.id,
      conclusion: 'failure',
      output: { title: 'Review', summary: '3 findings', annotations },
    });
    const { data: list } = await octokit.checks.listForRef({ ...repo, ref: 'main' });
    expect(list.total_count).toBe(1);
    expect(list.check_runs[0]).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      output: { annotations_count: 3 },
    });
    const { data: got } = await octokit.checks.listAnnotations({ ...repo, check_run_id: run.id });
    expect(got.map((a) => a.message)).toEqual(['finding 0', 'finding 1', 'finding 2']);
    const tooMany = Array.from({ length: 51 }, () => annotations[0]!);
    await expect(
      octokit.checks.update({
        ...repo,
        check_run_id: run.id,
        output: { title: 't', summary: 's', annotations: tooMany },
      }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      octokit.checks.create({ ...repo, name: 'x', head_sha: 'f'.repeat(40) }),
    ).rejects.toMatchObject({ status: 422 });

    await octokit.repos.createCommitStatus({
      ...repo,
      sha,
      state: 'success',
      context: 'lailatov/risk',
    });
    const { data: statuses } = await octokit.repos.listCommitStatusesForRef({ ...repo, ref: sha });
    expect(statuses.map((s) => [s.context, s.state])).toEqual([['lailatov/risk', 'success']]);
  });
});
