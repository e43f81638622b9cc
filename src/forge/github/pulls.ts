// The agent's pull request: found by its head branch or created as a draft (idempotent), and
// marked ready for review through GraphQL (there is no REST endpoint for it).
import type { GitHubClient } from './client.js';
import { hasStatus, wrapApiError } from './errors.js';
import { fullName, type RepoRef } from './repo.js';

export interface PullSummary {
  readonly number: number;
  readonly nodeId: string;
  readonly url: string;
  /** Closed or merged PRs are false: no stage works on them. */
  readonly open: boolean;
  readonly draft: boolean;
  readonly headRef: string;
  readonly headSha: string;
  readonly baseRef: string;
  /** The PR's base commit: the settings (config, policy, rules) are read there. */
  readonly baseSha: string;
  readonly body: string;
}

export interface DraftPrOptions {
  readonly repo: RepoRef;
  /** The branch name without owner (`agent/issue-12`). */
  readonly head: string;
  readonly base: string;
  readonly title: string;
  readonly body: string;
}

/** The fields of a REST pull request (list, get, create and update answers) that we read. */
export interface RestPull {
  number: number;
  node_id: string;
  html_url: string;
  state: string;
  draft?: boolean;
  head: { ref: string; sha: string };
  base: { ref: string; sha: string };
  body: string | null;
}

export const pullSummary = (p: RestPull): PullSummary => ({
  number: p.number,
  nodeId: p.node_id,
  url: p.html_url,
  open: p.state === 'open',
  draft: p.draft === true,
  headRef: p.head.ref,
  headSha: p.head.sha,
  baseRef: p.base.ref,
  baseSha: p.base.sha,
  body: p.body ?? '',
});

/** The open PR whose head is `head` in this repository, if any. */
export async function findOpenPullByHead(
  octokit: GitHubClient,
  repo: RepoRef,
  head: string,
): Promise<PullSummary | undefined> {
  const pulls = await octokit.paginate(octokit.rest.pulls.list, {
    owner: repo.owner,
    repo: repo.repo,
    state: 'open',
    head: `${repo.owner}:${head}`,
    per_page: 100,
  });
  const found = pulls.find((p) => p.head.ref === head);
  return found === undefined ? undefined : pullSummary(found);
}

/** Returns the open PR for the head branch, creating it as a draft when there is none. */
export async function findOrCreateDraftPr(
  octokit: GitHubClient,
  options: DraftPrOptions,
): Promise<{ readonly pr: PullSummary; readonly created: boolean }> {
  const { repo } = options;
  try {
    const existing = await findOpenPullByHead(octokit, repo, options.head);
    if (existing) return { pr: existing, created: false };
    try {
      const { data } = await octokit.rest.pulls.create({
        owner: repo.owner,
        repo: repo.repo,
        head: options.head,
        base: options.base,
        title: options.title,
        body: options.body,
        draft: true,
      });
      return { pr: pullSummary(data), created: true };
    } catch (error) {
      // 422 "A pull request already exists": a concurrent run created it after our lookup.
      if (!hasStatus(error, 422)) throw error;
      const raced = await findOpenPullByHead(octokit, repo, options.head);
      if (!raced) throw error;
      return { pr: raced, created: false };
    }
  } catch (error) {
    throw wrapApiError(error, {
      repo: fullName(repo),
      doing: `opening the draft PR for ${options.head}`,
    });
  }
}

const READY = `mutation($id: ID!) {
  markPullRequestReadyForReview(input: { pullRequestId: $id }) {
    pullRequest { number isDraft }
  }
}`;

interface ReadyAnswer {
  markPullRequestReadyForReview: {
    pullRequest: { number: number; isDraft: boolean } | null;
  } | null;
}

/** Draft → ready. A PR that is already ready is left alone (no call). */
export async function markReadyForReview(
  octokit: GitHubClient,
  repo: RepoRef,
  pr: Pick<PullSummary, 'nodeId' | 'draft' | 'number'>,
): Promise<{ readonly changed: boolean }> {
  if (!pr.draft) return { changed: false };
  let answer: ReadyAnswer;
  try {
    answer = await octokit.graphql<ReadyAnswer>(READY, { id: pr.nodeId });
  } catch (error) {
    throw wrapApiError(error, {
      repo: fullName(repo),
      doing: `marking #${pr.number} ready for review`,
    });
  }
  const after = answer.markPullRequestReadyForReview?.pullRequest;
  if (!after || after.isDraft) {
    throw new Error(
      `markPullRequestReadyForReview left #${pr.number} a draft (answer: ${JSON.stringify(answer)})`,
    );
  }
  return { changed: true };
}
