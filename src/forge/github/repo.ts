// The repository a GitHub adapter works on, and a cheap access check for a clear first error.
import { UserError } from '../../core/errors.js';
import type { GitHubClient } from './client.js';
import { wrapApiError } from './errors.js';

export interface RepoRef {
  readonly owner: string;
  readonly repo: string;
}

export const fullName = (r: RepoRef): string => `${r.owner}/${r.repo}`;

/** Parses `owner/name` (GITHUB_REPOSITORY or an input), naming the field when it is wrong. */
export function parseRepo(value: string, field = 'GITHUB_REPOSITORY'): RepoRef {
  const match = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(value.trim());
  if (!match?.[1] || !match[2]) {
    throw new UserError(`${field} must be "owner/name", got ${JSON.stringify(value)}`);
  }
  return { owner: match[1], repo: match[2] };
}

/** One GET on the repository: a token that cannot see it fails here with the fix, not later. */
export async function verifyRepoAccess(octokit: GitHubClient, repo: RepoRef): Promise<void> {
  try {
    await octokit.rest.repos.get({ owner: repo.owner, repo: repo.repo });
  } catch (error) {
    throw wrapApiError(error, { repo: fullName(repo), doing: 'reading the repository' });
  }
}
