// A pull request with its labels and its review threads in one GraphQL query. The review and
// remediate stages read the PR first (its state marker, head and base); the review also needs
// the threads (what was already posted, what to resolve): one call instead of two.
import type { GitHubClient } from './client.js';
import type { PullSummary } from './pulls.js';
import { fullName, type RepoRef } from './repo.js';
import { findingThreadOf, type FindingThread } from './review-poster.js';

export interface PullRead {
  readonly summary: PullSummary;
  readonly labels: readonly string[];
  /** The repository's node id (check run mutations name it); absent when not read. */
  readonly repositoryId?: string;
  /** Our finding threads; null when the PR has more than one page of threads (read them later). */
  readonly threads: readonly FindingThread[] | null;
}

const PULL = `query($owner: String!, $name: String!, $pr: Int!) {
  repository(owner: $owner, name: $name) {
    id
    pullRequest(number: $pr) {
      number
      id
      url
      state
      isDraft
      body
      headRefName
      headRefOid
      baseRefName
      baseRefOid
      labels(first: 100) { nodes { name } }
      reviewThreads(first: 100) {
        pageInfo { hasNextPage }
        nodes { id isResolved comments(first: 1) { nodes { body } } }
      }
    }
  }
}`;

interface PullAnswer {
  readonly repository: {
    readonly id: string;
    readonly pullRequest: {
      readonly number: number;
      readonly id: string;
      readonly url: string;
      readonly state: 'OPEN' | 'CLOSED' | 'MERGED';
      readonly isDraft: boolean;
      readonly body: string;
      readonly headRefName: string;
      readonly headRefOid: string;
      readonly baseRefName: string;
      readonly baseRefOid: string;
      readonly labels: { readonly nodes: readonly { readonly name: string }[] };
      readonly reviewThreads: {
        readonly pageInfo: { readonly hasNextPage: boolean };
        readonly nodes: readonly {
          readonly id: string;
          readonly isResolved: boolean;
          readonly comments: { readonly nodes: readonly { readonly body: string }[] };
        }[];
      };
    } | null;
  } | null;
}

export async function readPull(
  octokit: GitHubClient,
  repo: RepoRef,
  pr: number,
): Promise<PullRead> {
  const answer = await octokit.graphql<PullAnswer>(PULL, {
    owner: repo.owner,
    name: repo.repo,
    pr,
  });
  const p = answer.repository?.pullRequest;
  if (!p) throw new Error(`GraphQL found no pull request #${pr} in ${fullName(repo)}`);
  const threads = p.reviewThreads.pageInfo.hasNextPage
    ? null
    : p.reviewThreads.nodes.flatMap((t) => findingThreadOf(t) ?? []);
  return {
    summary: {
      number: p.number,
      nodeId: p.id,
      url: p.url,
      open: p.state === 'OPEN',
      draft: p.isDraft,
      headRef: p.headRefName,
      headSha: p.headRefOid,
      baseRef: p.baseRefName,
      baseSha: p.baseRefOid,
      body: p.body,
    },
    labels: p.labels.nodes.map((l) => l.name),
    repositoryId: answer.repository?.id,
    threads,
  };
}
