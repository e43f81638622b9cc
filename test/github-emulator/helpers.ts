// Shared bits for the emulator's tests: a real git in a working clone, and client factories.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Octokit } from '@octokit/rest';
import type { GitHubEmulator } from '../support/github/index.js';
import { tempDir as removedAfterFile } from '../support/temp.js';

const execFileAsync = promisify(execFile);

const GIT_ENV = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.invalid',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.invalid',
};

/** Run git asynchronously (the emulator shares this event loop) and return trimmed stdout. */
export async function gitIn(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await execFileAsync('git', args, {
    cwd,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...GIT_ENV },
  });
  return stdout.trim();
}

export const tempDir = (prefix: string): Promise<string> => removedAfterFile(`${prefix}-`);

// Octokit logs every failed request with console.error; these tests expect failures.
export const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

export function octokitFor(gh: GitHubEmulator, token = gh.token): Octokit {
  return new Octokit({ auth: token, baseUrl: gh.url, log: quiet });
}

/**
 * Seeds `o/r` (a.txt: one, two) with the branch agent/issue-1 changing line 2 and a draft PR of
 * it, through the REST API as a client would.
 */
export async function seedDraftPr(
  gh: GitHubEmulator,
): Promise<{ number: number; nodeId: string; headSha: string }> {
  await gh.createRepo('o/r', { files: { 'a.txt': 'one\ntwo\n' } });
  const octokit = octokitFor(gh);
  const repo = { owner: 'o', repo: 'r' };
  const main = (await octokit.git.getRef({ ...repo, ref: 'heads/main' })).data.object.sha;
  const base = (await octokit.git.getCommit({ ...repo, commit_sha: main })).data.tree.sha;
  const tree = await octokit.git.createTree({
    ...repo,
    base_tree: base,
    tree: [{ path: 'a.txt', mode: '100644', type: 'blob', content: 'one\n2\n' }],
  });
  const commit = await octokit.git.createCommit({
    ...repo,
    message: 'c',
    tree: tree.data.sha,
    parents: [main],
  });
  await octokit.git.createRef({ ...repo, ref: 'refs/heads/agent/issue-1', sha: commit.data.sha });
  const { data: pr } = await octokit.pulls.create({
    ...repo,
    title: 't',
    head: 'agent/issue-1',
    base: 'main',
    draft: true,
  });
  return { number: pr.number, nodeId: pr.node_id, headSha: commit.data.sha };
}
