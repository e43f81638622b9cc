// The outcome logs of several repositories, read through the API (no checkout): for each, the
// data branch's tree once, then every .jsonl file under data/ as raw bytes. Repositories and
// files are read a few at a time (`concurrency`), so an organization's fifty logs neither wait
// for each other nor fire hundreds of requests at once; rate limits are the client's job
// (plugin-throttling waits out `retry-after`, retry-policy.ts).
import { UserError } from '../core/errors.js';
import type { GitHubClient } from '../forge/github/client.js';
import { hasStatus, wrapApiError } from '../forge/github/errors.js';
import { fullName, parseRepo, type RepoRef } from '../forge/github/repo.js';
import { DEFAULT_DATA_BRANCH } from './git-branch-store.js';

/** Requests in flight at most, across repositories. GitHub asks for no more than ~10. */
export const DEFAULT_CONCURRENCY = 4;

export interface RemoteLogOptions {
  readonly octokit: GitHubClient;
  /** Default `lailatov-data`. */
  readonly branch?: string;
  /** Default DEFAULT_CONCURRENCY. */
  readonly concurrency?: number;
}

export interface RemoteLogFile {
  readonly repo: string;
  /** The file's path on the data branch, e.g. data/outcomes/2026-12.jsonl. */
  readonly path: string;
  readonly bytes: Uint8Array;
}

/**
 * A limiter shared by everything one read starts: at most `limit` requests in flight. Listing
 * repositories and reading files go through the same one.
 */
export function limiter(limit: number): <R>(fn: () => Promise<R>) => Promise<R> {
  if (!Number.isInteger(limit) || limit < 1)
    throw new UserError(`--concurrency must be a whole number of at least 1, not ${limit}`);
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (fn) => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await fn();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

/** The log files on a repository's data branch; null when it has no data branch. */
async function logFilesOf(
  octokit: GitHubClient,
  repo: RepoRef,
  branch: string,
  run: <R>(fn: () => Promise<R>) => Promise<R>,
): Promise<{ commit: string; paths: string[] } | null> {
  let commit: string;
  try {
    const { data } = await run(() => octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` }));
    commit = data.object.sha;
  } catch (error) {
    if (hasStatus(error, 404, 409)) return null; // no such branch, or an empty repository
    throw error;
  }
  const { data: c } = await run(() => octokit.rest.git.getCommit({ ...repo, commit_sha: commit }));
  const { data: tree } = await run(() =>
    octokit.rest.git.getTree({ ...repo, tree_sha: c.tree.sha, recursive: '1' }),
  );
  if (tree.truncated)
    throw new UserError(
      `the tree of ${fullName(repo)}:${branch} is too large for one API answer; summarize a checkout instead (git worktree add DIR ${branch}; --log DIR)`,
    );
  const paths = tree.tree
    .filter((e) => e.type === 'blob' && e.path?.startsWith('data/') && e.path.endsWith('.jsonl'))
    .map((e) => e.path as string)
    .sort(); // the legacy data/agent-outcomes.jsonl first, then the months in order
  return { commit, paths };
}

/** One file at a commit, raw (never inside a JSON string: logs run to megabytes). */
async function rawFile(
  octokit: GitHubClient,
  repo: RepoRef,
  path: string,
  ref: string,
): Promise<Uint8Array> {
  const { data } = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
    ...repo,
    path,
    ref,
    headers: { accept: 'application/vnd.github.raw+json' },
  });
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  throw new Error(`reading ${fullName(repo)}:${path} returned JSON instead of the file's bytes`);
}

/**
 * Every repository of an owner, as owner/name: an organization's (`GET /orgs/{org}/repos`),
 * else a user's (`GET /users/{username}/repos`), a hundred a page. With a GitHub App
 * installation token, only the repositories it was installed on.
 */
export async function ownerRepositories(octokit: GitHubClient, owner: string): Promise<string[]> {
  if (!/^[A-Za-z0-9-]+$/.test(owner))
    throw new UserError(
      `--owner must be a user or organization name, got ${JSON.stringify(owner)}`,
    );
  try {
    let repos: { full_name: string }[];
    try {
      repos = await octokit.paginate('GET /orgs/{org}/repos', { org: owner, per_page: 100 });
    } catch (error) {
      if (!hasStatus(error, 404)) throw error;
      repos = await octokit.paginate('GET /users/{username}/repos', {
        username: owner,
        per_page: 100,
      });
    }
    return repos.map((r) => r.full_name).sort();
  } catch (error) {
    if (hasStatus(error, 404))
      throw new UserError(
        `--owner ${owner}: no such user or organization, or none of its repositories is visible to the token`,
      );
    throw wrapApiError(error, { repo: owner, doing: "listing the owner's repositories" });
  }
}

export interface RemoteLogs {
  readonly files: readonly RemoteLogFile[];
  /** Repositories asked for that have no data branch (nothing logged yet). */
  readonly withoutLog: readonly string[];
}

/**
 * Reads the logs of `repos` (owner/name each). A repository without the data branch is listed
 * in `withoutLog`, not an error: it has logged nothing yet. Files come back grouped by
 * repository, in the order asked, each repository's in path order.
 */
export async function readRemoteLogs(
  repos: readonly string[],
  opts: RemoteLogOptions,
): Promise<RemoteLogs> {
  const branch = opts.branch ?? DEFAULT_DATA_BRANCH;
  const run = limiter(opts.concurrency ?? DEFAULT_CONCURRENCY);
  const refs = repos.map((r) => parseRepo(r, '--repo'));
  const perRepo = await Promise.all(
    refs.map(async (repo) => {
      const name = fullName(repo);
      try {
        const listed = await logFilesOf(opts.octokit, repo, branch, run);
        if (listed === null) return null;
        return await Promise.all(
          listed.paths.map(async (path) => ({
            repo: name,
            path,
            bytes: await run(() => rawFile(opts.octokit, repo, path, listed.commit)),
          })),
        );
      } catch (error) {
        throw wrapApiError(error, { repo: name, doing: `reading the outcome log on ${branch}` });
      }
    }),
  );
  return {
    files: perRepo.flatMap((files) => files ?? []),
    withoutLog: refs.filter((_, k) => perRepo[k] === null).map(fullName),
  };
}
