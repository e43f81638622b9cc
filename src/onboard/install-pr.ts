// `lailatov init --github o/r --pr`: the suite's files as one commit on `lailatov/install` and a
// PR for a human to merge, instead of files written into a local checkout. A second run finds
// the open PR and says so. Existing files are left alone, as `init` without --force does.
import { readFile } from 'node:fs/promises';
import type { GitHubClient } from '../forge/github/client.js';
import { hasStatus } from '../forge/github/errors.js';
import type { RepoRef } from '../forge/github/repo.js';
import { STATE_DIR_PATTERN } from '../init/gitignore.js';
import type { InstallItem } from '../init/install.js';

export const INSTALL_BRANCH = 'lailatov/install';

async function fileAt(octokit: GitHubClient, repo: RepoRef, ref: string, path: string) {
  try {
    const { data } = await octokit.rest.repos.getContent({ ...repo, path, ref });
    if (Array.isArray(data) || data.type !== 'file') return { exists: true, text: null };
    return { exists: true, text: Buffer.from(data.content, 'base64').toString('utf8') };
  } catch (e) {
    if (hasStatus(e, 404)) return { exists: false, text: null };
    throw e;
  }
}

export async function openInstallPullRequest(
  octokit: GitHubClient,
  repo: RepoRef,
  items: readonly InstallItem[],
): Promise<string[]> {
  const open = await octokit.rest.pulls.list({
    ...repo,
    head: `${repo.owner}:${INSTALL_BRANCH}`,
    state: 'open',
  });
  if (open.data[0]) return [`pull request: already open, ${open.data[0].html_url}`];
  const { data: meta } = await octokit.rest.repos.get({ ...repo });
  const base = meta.default_branch;
  const { data: head } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${base}` });
  const { data: baseCommit } = await octokit.rest.git.getCommit({
    ...repo,
    commit_sha: head.object.sha,
  });
  const tree: { path: string; mode: '100644' | '100755'; type: 'blob'; sha: string }[] = [];
  const skipped: string[] = [];
  for (const item of items) {
    if ((await fileAt(octokit, repo, base, item.to)).exists) {
      skipped.push(item.to);
      continue;
    }
    const content = await readFile(item.from);
    const { data: blob } = await octokit.rest.git.createBlob({
      ...repo,
      content: content.toString('base64'),
      encoding: 'base64',
    });
    // The hooks must stay executable, as `init` keeps file modes.
    const mode = item.to.startsWith('.claude/hooks/') ? '100755' : '100644';
    tree.push({ path: item.to, mode, type: 'blob', sha: blob.sha });
  }
  const ignore = await fileAt(octokit, repo, base, '.gitignore');
  const ignored = (ignore.text ?? '')
    .split(/\r?\n/)
    .some((l) => l.trim().replace(/^\/|\/$/g, '') === '.lailatov');
  if (!ignored) {
    const text = ignore.text ?? '';
    const { data: blob } = await octokit.rest.git.createBlob({
      ...repo,
      content: `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${STATE_DIR_PATTERN}\n`,
      encoding: 'utf-8',
    });
    tree.push({ path: '.gitignore', mode: '100644', type: 'blob', sha: blob.sha });
  }
  if (tree.length === 0) return [`pull request: none needed, every file exists on ${base}`];
  const { data: newTree } = await octokit.rest.git.createTree({
    ...repo,
    base_tree: baseCommit.tree.sha,
    tree,
  });
  const { data: commit } = await octokit.rest.git.createCommit({
    ...repo,
    message: 'chore: install LailaTov\n\nWritten by `lailatov init --github --pr`.',
    tree: newTree.sha,
    parents: [head.object.sha],
  });
  try {
    await octokit.rest.git.createRef({
      ...repo,
      ref: `refs/heads/${INSTALL_BRANCH}`,
      sha: commit.sha,
    });
  } catch (e) {
    if (!hasStatus(e, 422)) throw e;
    // A branch left by an earlier run whose PR was closed: start it again from this commit.
    await octokit.rest.git.updateRef({
      ...repo,
      ref: `heads/${INSTALL_BRANCH}`,
      sha: commit.sha,
      force: true,
    });
  }
  const { data: pr } = await octokit.rest.pulls.create({
    ...repo,
    head: INSTALL_BRANCH,
    base,
    title: 'Install LailaTov',
    body: [
      'The files of `lailatov init`: the caller workflow, `.github/lailatov.yml`, `risk-policy.json`, `CLAUDE.md` and the `.claude/` hooks.',
      '',
      'Before merging: fill in `CLAUDE.md`, adapt `risk-policy.json` to your paths, and set `setup-command` in `.github/workflows/lailatov.yml`.',
      ...(skipped.length > 0
        ? ['', `Left alone (they exist): ${skipped.map((s) => `\`${s}\``).join(', ')}.`]
        : []),
    ].join('\n'),
  });
  return [`pull request: opened ${pr.html_url} (${tree.length} file(s))`];
}
