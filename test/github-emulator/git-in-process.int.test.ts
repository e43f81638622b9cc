// The emulator writes git objects and refs in-process (git-objects.ts, git-trees.ts,
// git-refs.ts). These tests hold it to real git: byte-identical objects, packed objects and
// refs read back, git's ref locks honoured, and no ref name that leaves the repository.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runGit } from '../support/github/git.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { octokitFor } from './helpers.js';

let gh: GitHubEmulator;
let gitDir: string;
const repo = { owner: 'o', repo: 'r' };

beforeEach(async () => {
  gh = await startGitHubEmulator();
  await gh.createRepo('o/r', {
    files: { 'README.md': '# r\n', 'src/app.ts': 'export {};\n', 'old.txt': 'bye\n' },
  });
  gitDir = gh.repoPath('o/r');
});
afterEach(async () => {
  await gh.close();
});

const git = async (args: string[], options: Parameters<typeof runGit>[2] = {}) =>
  (await runGit(gitDir, args, options)).stdout.toString('utf8').trim();

/** Every tree under `sha` rebuilt by `git mktree` (which sorts): same sha if ours is canonical. */
async function expectCanonical(sha: string): Promise<void> {
  const listing = await git(['ls-tree', sha]);
  expect(await git(['mktree'], { input: listing === '' ? '' : `${listing}\n` })).toBe(sha);
  for (const line of listing.split('\n')) {
    const [, type, child] = line.split(/\s+/);
    if (type === 'tree' && child !== undefined) await expectCanonical(child);
  }
}

async function mainHead(): Promise<{ commit: string; tree: string }> {
  const octokit = octokitFor(gh);
  const commit = (await octokit.git.getRef({ ...repo, ref: 'heads/main' })).data.object.sha;
  const tree = (await octokit.git.getCommit({ ...repo, commit_sha: commit })).data.tree.sha;
  return { commit, tree };
}

describe('in-process git objects', () => {
  it('trees from edits on a base tree are the ones git writes, in its order', async () => {
    const octokit = octokitFor(gh);
    const { tree: base } = await mainHead();
    const srcTree = (await git(['rev-parse', `${base}:src`])).trim();
    const readme = (await git(['rev-parse', `${base}:README.md`])).trim();
    const { data: tree } = await octokit.git.createTree({
      ...repo,
      base_tree: base,
      tree: [
        // Names whose order differs between "plain bytes" and git's "a tree sorts as name/".
        { path: 'a/b/c.txt', mode: '100644', type: 'blob', content: 'deep\n' },
        { path: 'a.b', mode: '100644', type: 'blob', content: 'dot\n' },
        { path: 'a-', mode: '100644', type: 'blob', content: 'dash\n' },
        { path: 'a0', mode: '100644', type: 'blob', content: 'zero\n' },
        { path: 'bin/run', mode: '100755', type: 'blob', content: '#!/bin/sh\n' },
        { path: 'link', mode: '120000', type: 'blob', content: 'README.md' },
        { path: 'copy.md', mode: '100644', type: 'blob', sha: readme },
        { path: 'lib', mode: '040000', type: 'tree', sha: srcTree },
        { path: 'old.txt', mode: '100644', type: 'blob', sha: null },
        { path: 'src', mode: '040000', type: 'tree', sha: null }, // a whole directory
        { path: 'gone/x.txt', mode: '100644', type: 'blob', sha: null }, // never existed
      ],
    });
    await expectCanonical(tree.sha);
    expect(await git(['ls-tree', '-r', '--name-only', tree.sha])).toBe(
      [
        'README.md',
        'a-',
        'a.b',
        'a/b/c.txt',
        'a0',
        'bin/run',
        'copy.md',
        'lib/app.ts',
        'link',
      ].join('\n'),
    );
    expect(await git(['cat-file', '-p', `${tree.sha}:a/b/c.txt`])).toBe('deep');
    expect(await git(['ls-tree', tree.sha, 'bin/run'])).toMatch(/^100755 blob /);
    expect(await git(['ls-tree', tree.sha, 'link'])).toMatch(/^120000 blob /);
    // The response lists the top level as `ls-tree -l` does.
    expect(tree.tree.map((e) => [e.path, e.mode, e.type])).toEqual([
      ['README.md', '100644', 'blob'],
      ['a-', '100644', 'blob'],
      ['a.b', '100644', 'blob'],
      ['a', '040000', 'tree'],
      ['a0', '100644', 'blob'],
      ['bin', '040000', 'tree'],
      ['copy.md', '100644', 'blob'],
      ['lib', '040000', 'tree'],
      ['link', '120000', 'blob'],
    ]);
    expect(tree.tree.find((e) => e.path === 'README.md')?.size).toBe(4);

    // Deleting the last file of a directory removes the directory, as git's index does.
    const { data: pruned } = await octokit.git.createTree({
      ...repo,
      base_tree: tree.sha,
      tree: [{ path: 'a/b/c.txt', mode: '100644', type: 'blob', sha: null }],
    });
    expect(pruned.tree.map((e) => e.path)).not.toContain('a');
    await expectCanonical(pruned.sha);
    await git(['fsck', '--strict', '--no-dangling']);
  });

  it('a commit is byte-identical to the one `git commit-tree` writes, dates and all', async () => {
    const octokit = octokitFor(gh);
    const { commit: parent, tree } = await mainHead();
    const message = 'Append outcome\n\nbody line\n';
    const { data: commit } = await octokit.git.createCommit({
      ...repo,
      message,
      tree,
      parents: [parent],
      author: { name: ' Ann <Lee> ', email: 'ann@example.com', date: '2026-02-19T10:39:16+02:00' },
      committer: { name: 'Bot', email: 'bot@example.com', date: '2026-02-19T08:40:00Z' },
    });
    const expected = await git(['commit-tree', tree, '-p', parent], {
      input: message,
      env: {
        GIT_AUTHOR_NAME: ' Ann <Lee> ',
        GIT_AUTHOR_EMAIL: 'ann@example.com',
        GIT_AUTHOR_DATE: '2026-02-19T10:39:16+02:00',
        GIT_COMMITTER_NAME: 'Bot',
        GIT_COMMITTER_EMAIL: 'bot@example.com',
        GIT_COMMITTER_DATE: '2026-02-19T08:40:00Z',
      },
    });
    expect(commit.sha).toBe(expected);
    expect(commit.author).toEqual({
      name: 'Ann Lee',
      email: 'ann@example.com',
      date: '2026-02-19T08:39:16Z',
    });
    expect(commit.message).toBe('Append outcome\n\nbody line');
    await git(['fsck', '--strict', '--no-dangling']);
  });

  it('reads packed objects and packed refs, and updates and deletes a packed ref', async () => {
    const octokit = octokitFor(gh);
    await octokit.git.createRef({
      ...repo,
      ref: 'refs/heads/spare',
      sha: (await mainHead()).commit,
    });
    await git(['repack', '-a', '-d', '-q']);
    await git(['pack-refs', '--all']);
    await git(['prune-packed']);
    expect(await git(['count-objects'])).toMatch(/^0 objects/);

    const { commit: c0, tree } = await mainHead(); // from packed-refs and the pack
    const { data: listing } = await octokit.git.getTree({ ...repo, tree_sha: c0, recursive: '1' });
    expect(listing.tree.map((e) => e.path)).toEqual(['README.md', 'old.txt', 'src', 'src/app.ts']);
    const { data: file } = await octokit.repos.getContent({
      ...repo,
      path: 'src/app.ts',
      ref: 'main',
    });
    expect('content' in file && Buffer.from(file.content, 'base64').toString()).toBe(
      'export {};\n',
    );

    const commitOn = async (parent: string, base: string, text: string) => {
      const { data: t } = await octokit.git.createTree({
        ...repo,
        base_tree: base,
        tree: [{ path: 'log.txt', mode: '100644', type: 'blob', content: text }],
      });
      const { data: c } = await octokit.git.createCommit({
        ...repo,
        message: text,
        tree: t.sha,
        parents: [parent],
      });
      return c;
    };
    // c1 gets packed too, so the fast-forward check from c0 to c2 walks a packed history.
    const c1 = await commitOn(c0, tree, 'one\n');
    await git(['repack', '-a', '-d', '-q']);
    await git(['prune-packed']);
    const c2 = await commitOn(c1.sha, c1.tree.sha, 'two\n');
    await expect(
      octokit.git.updateRef({ ...repo, ref: 'heads/main', sha: c0 }),
    ).resolves.toMatchObject({ status: 200 }); // to itself: a fast forward of zero commits
    await octokit.git.updateRef({ ...repo, ref: 'heads/main', sha: c2.sha });
    expect(await git(['rev-parse', 'main'])).toBe(c2.sha);
    await expect(
      octokit.git.updateRef({ ...repo, ref: 'heads/main', sha: c1.sha }),
    ).rejects.toMatchObject({ status: 422 });

    await octokit.git.deleteRef({ ...repo, ref: 'heads/spare' });
    expect(await git(['for-each-ref', '--format=%(refname)'])).toBe('refs/heads/main');
    await git(['fsck', '--strict', '--no-dangling']);
  });
});

describe('in-process refs', () => {
  it('honours a lock git holds on the ref: 422 while it is there, then the update lands', async () => {
    const octokit = octokitFor(gh);
    const { commit, tree } = await mainHead();
    const { data: next } = await octokit.git.createCommit({
      ...repo,
      message: 'next',
      tree,
      parents: [commit],
    });
    const lock = path.join(gitDir, 'refs/heads/main.lock');
    await writeFile(lock, `${commit}\n`); // what git leaves while a push to main is in flight
    await expect(
      octokit.git.updateRef({ ...repo, ref: 'heads/main', sha: next.sha }),
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Update is not a fast forward' } },
    });
    expect(await git(['rev-parse', 'main'])).toBe(commit);
    await rm(lock);
    await octokit.git.updateRef({ ...repo, ref: 'heads/main', sha: next.sha });
    expect(await git(['rev-parse', 'main'])).toBe(next.sha);
    // The lock files are gone: git itself can update the ref afterwards.
    await git(['update-ref', 'refs/heads/main', commit, next.sha]);
  });

  it('refuses ref names git refuses, and never reads or writes outside refs/', async () => {
    const octokit = octokitFor(gh);
    const { commit } = await mainHead();
    for (const ref of [
      'refs/heads/../../config',
      'refs/heads/a..b',
      'refs/heads/x.lock',
      'refs/heads/a b',
    ]) {
      await expect(octokit.git.createRef({ ...repo, ref, sha: commit })).rejects.toMatchObject({
        status: 422,
      });
    }
    // Raw requests: a client would encode the `%`, and `..` must reach the router as it is.
    const raw = (method: string, ref: string) =>
      fetch(`${gh.url}/repos/o/r/git/${method === 'GET' ? 'ref' : 'refs'}/${ref}`, {
        method,
        headers: { authorization: `token ${gh.token}`, 'content-type': 'application/json' },
        ...(method === 'GET' ? {} : { body: JSON.stringify({ sha: commit, force: true }) }),
      });
    expect((await raw('GET', 'heads/..%2F..%2FHEAD')).status).toBe(404);
    expect((await raw('PATCH', 'heads/..%2F..%2FHEAD')).status).toBe(422);
    expect((await raw('GET', 'heads/main')).status).toBe(200);
    // A ref cannot be both a file and a directory: `a` blocks `a/b`, and `c/d` blocks `c`.
    await octokit.git.createRef({ ...repo, ref: 'refs/heads/a', sha: commit });
    await expect(
      octokit.git.createRef({ ...repo, ref: 'refs/heads/a/b', sha: commit }),
    ).rejects.toMatchObject({ status: 422 });
    await octokit.git.createRef({ ...repo, ref: 'refs/heads/c/d', sha: commit });
    await expect(
      octokit.git.createRef({ ...repo, ref: 'refs/heads/c', sha: commit }),
    ).rejects.toMatchObject({ status: 422 });
    expect(await git(['for-each-ref', '--format=%(refname)'])).toBe(
      ['refs/heads/a', 'refs/heads/c/d', 'refs/heads/main'].join('\n'),
    );
    expect(await git(['cat-file', '-p', 'HEAD:README.md'])).toBe('# r');
  });

  it('resolves branches, annotated tags and full shas itself, anything else through git', async () => {
    const octokit = octokitFor(gh);
    const { commit } = await mainHead();
    await git(['tag', '-a', 'v1', '-m', 'release', commit]);
    const read = async (ref: string) => {
      const { data } = await octokit.repos.getContent({ ...repo, path: 'README.md', ref });
      return 'sha' in data ? data.sha : undefined;
    };
    const blob = await git(['rev-parse', 'main:README.md']);
    for (const ref of [
      'main',
      'heads/main',
      'refs/heads/main',
      'v1',
      'refs/tags/v1',
      commit,
      'main~0',
      commit.slice(0, 10),
    ]) {
      expect(await read(ref)).toBe(blob);
    }
    await expect(read('nope')).rejects.toMatchObject({ status: 404 });
    const { data: tagRef } = await octokit.git.getRef({ ...repo, ref: 'tags/v1' });
    expect(tagRef.object.type).toBe('tag');
  });
});
