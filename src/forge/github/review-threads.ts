// A PR's review threads as people wrote them (GraphQL `pullRequest.reviewThreads`: REST has no
// threads), one review by id, and the answer in a thread (REST replies endpoint). Resolving is
// review-poster's `resolveThreads`.
import type { GitHubClient } from './client.js';
import { wrapApiError } from './errors.js';
import { fullName, type RepoRef } from './repo.js';

export interface ThreadComment {
  /** The REST id (GraphQL `databaseId`): replies and review events name comments by it. */
  readonly id: number;
  /** The login as GraphQL gives it: a bot without its `[bot]` suffix. */
  readonly author: string;
  readonly body: string;
  /** The review the comment belongs to (each reply is a review of its own on GitHub). */
  readonly reviewId: number | null;
}

export interface ReviewThread {
  readonly id: string;
  readonly isResolved: boolean;
  readonly path: string;
  readonly line: number | null;
  /** Oldest first; the first one is the thread's root, the one replies are made to. */
  readonly comments: readonly ThreadComment[];
}

interface CommentNode {
  databaseId: number | null;
  body: string;
  author: { login: string } | null;
  pullRequestReview: { databaseId: number | null } | null;
}

interface CommentPage {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: CommentNode[];
}

interface ThreadsAnswer {
  repository: {
    pullRequest: {
      reviewThreads: {
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        nodes: {
          id: string;
          isResolved: boolean;
          path: string;
          line: number | null;
          comments: CommentPage;
        }[];
      };
    } | null;
  } | null;
}

interface MoreCommentsAnswer {
  node: { __typename: string; comments?: CommentPage } | null;
}

const COMMENT_PAGE = `pageInfo { hasNextPage endCursor }
  nodes { databaseId body author { login } pullRequestReview { databaseId } }`;

const THREADS = `query($owner: String!, $name: String!, $pr: Int!, $after: String) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $pr) {
      reviewThreads(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { id isResolved path line comments(first: 100) { ${COMMENT_PAGE} } }
      }
    }
  }
}`;

/** A thread's comments past its first 100: a long discussion's newest replies are the ones that count. */
const MORE_COMMENTS = `query($id: ID!, $after: String) {
  node(id: $id) {
    __typename
    ... on PullRequestReviewThread { comments(first: 100, after: $after) { ${COMMENT_PAGE} } }
  }
}`;

function threadComment(c: CommentNode): ThreadComment {
  return {
    id: c.databaseId ?? 0,
    author: c.author?.login ?? 'ghost',
    body: c.body,
    reviewId: c.pullRequestReview?.databaseId ?? null,
  };
}

/** Every comment of a thread, oldest first: the page its thread came with, then the rest. */
async function allComments(
  octokit: GitHubClient,
  threadId: string,
  first: CommentPage,
): Promise<ThreadComment[]> {
  const out = first.nodes.map(threadComment);
  let page = first.pageInfo;
  while (page.hasNextPage && page.endCursor) {
    const answer: MoreCommentsAnswer = await octokit.graphql<MoreCommentsAnswer>(MORE_COMMENTS, {
      id: threadId,
      after: page.endCursor,
    });
    const more = answer.node?.comments;
    if (!more) throw new Error(`GraphQL found no review thread ${threadId}`);
    out.push(...more.nodes.map(threadComment));
    page = more.pageInfo;
  }
  return out;
}

/** Every review thread of the PR with every comment (all pages of both). */
export async function listReviewThreads(
  octokit: GitHubClient,
  repo: RepoRef,
  pr: number,
): Promise<ReviewThread[]> {
  const out: ReviewThread[] = [];
  let after: string | null = null;
  try {
    for (;;) {
      const answer: ThreadsAnswer = await octokit.graphql<ThreadsAnswer>(THREADS, {
        owner: repo.owner,
        name: repo.repo,
        pr,
        after,
      });
      const page = answer.repository?.pullRequest?.reviewThreads;
      if (!page) throw new Error(`GraphQL found no pull request #${pr} in ${fullName(repo)}`);
      for (const t of page.nodes)
        out.push({
          id: t.id,
          isResolved: t.isResolved,
          path: t.path,
          line: t.line,
          comments: await allComments(octokit, t.id, t.comments),
        });
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return out;
      after = page.pageInfo.endCursor;
    }
  } catch (error) {
    throw wrapApiError(error, {
      repo: fullName(repo),
      doing: `reading the review threads of PR #${pr}`,
    });
  }
}

export interface ReviewSummary {
  readonly id: number;
  readonly author: string;
  readonly body: string;
  /** COMMENTED, CHANGES_REQUESTED, APPROVED, ... */
  readonly state: string;
}

/** One review by id (a thread comment's event names its review, not the review's body). */
export async function getReview(
  octokit: GitHubClient,
  repo: RepoRef,
  pr: number,
  reviewId: number,
): Promise<ReviewSummary> {
  try {
    const { data } = await octokit.rest.pulls.getReview({
      owner: repo.owner,
      repo: repo.repo,
      pull_number: pr,
      review_id: reviewId,
    });
    return {
      id: data.id,
      author: data.user?.login ?? 'ghost',
      body: data.body ?? '',
      state: data.state,
    };
  } catch (error) {
    throw wrapApiError(error, { repo: fullName(repo), doing: `reading review ${reviewId}` });
  }
}

/** Answers in the thread of `commentId` (a thread's root comment). */
export async function replyInThread(
  octokit: GitHubClient,
  repo: RepoRef,
  o: { readonly pr: number; readonly commentId: number; readonly body: string },
): Promise<void> {
  try {
    await octokit.rest.pulls.createReplyForReviewComment({
      owner: repo.owner,
      repo: repo.repo,
      pull_number: o.pr,
      comment_id: o.commentId,
      body: o.body,
    });
  } catch (error) {
    throw wrapApiError(error, {
      repo: fullName(repo),
      doing: `replying to review comment ${o.commentId} on PR #${o.pr}`,
    });
  }
}
