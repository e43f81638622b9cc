// Where a run's settings come from: the base, never the head. The config file, the risk policy,
// CLAUDE.md and the rules decide budgets, the test command, models and what is protected; a PR
// that could change them for its own review would judge itself. So a run on a PR reads them at
// the PR's base commit, and a run on an issue at the default branch's head.
import type { GitHubClient } from './client.js';
import { hasStatus, wrapApiError } from './errors.js';
import { readPull, type PullRead } from './pull-read.js';
import { fullName, type RepoRef } from './repo.js';

export interface SettingsBase {
  /** The commit (a PR's base) or branch (the default branch) the settings are read at. */
  readonly ref: string;
  /** For messages: "the base commit 1a2b3c4d5e6f of PR #3". */
  readonly what: string;
  /** The PR, as read to find its base (with its threads): the forge reuses it (rememberPull). */
  readonly pull: PullRead | null;
}

export async function settingsBase(
  octokit: GitHubClient,
  repo: RepoRef,
  pr: number | null,
  /** The default branch as the event payload names it (`repository.default_branch`), if it does. */
  defaultBranch: string | null = null,
): Promise<SettingsBase> {
  const r = { owner: repo.owner, repo: repo.repo };
  // Every webhook payload of a repository carries its default branch: no request for it.
  if (pr === null && defaultBranch !== null)
    return { ref: defaultBranch, what: `the default branch ${defaultBranch}`, pull: null };
  try {
    if (pr !== null) {
      const pull = await readPull(octokit, repo, pr);
      const { baseSha, baseRef } = pull.summary;
      return {
        ref: baseSha,
        what: `the base commit ${baseSha.slice(0, 12)} of PR #${pr} (${baseRef})`,
        pull,
      };
    }
    const { data } = await octokit.rest.repos.get(r);
    return {
      ref: data.default_branch,
      what: `the default branch ${data.default_branch}`,
      pull: null,
    };
  } catch (error) {
    throw wrapApiError(error, {
      repo: fullName(repo),
      doing: pr === null ? 'reading the default branch' : `reading the base of PR #${pr}`,
    });
  }
}

/** A file's text at `ref` through the contents API, or null when there is no such file. */
export async function readFileAtRef(
  octokit: GitHubClient,
  repo: RepoRef,
  path: string,
  ref: string,
): Promise<string | null> {
  try {
    const { data } = await octokit.rest.repos.getContent({
      owner: repo.owner,
      repo: repo.repo,
      path,
      ref,
    });
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data))
      throw new Error(`${path} at ${ref} is not a file`);
    return Buffer.from(data.content, 'base64').toString('utf8');
  } catch (error) {
    if (hasStatus(error, 404)) return null;
    throw wrapApiError(error, { repo: fullName(repo), doing: `reading ${path} at ${ref}` });
  }
}
