// GraphQL: ready-for-review, review threads and their resolution, GitHub's error shapes.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { octokitFor, seedDraftPr } from './helpers.js';

let gh: GitHubEmulator;
let prNodeId: string;
let prNumber: number;

beforeAll(async () => {
  gh = await startGitHubEmulator();
  const pr = await seedDraftPr(gh);
  prNodeId = pr.nodeId;
  prNumber = pr.number;
  const octokit = octokitFor(gh);
  const repo = { owner: 'o', repo: 'r' };
  await octokit.pulls.createReview({
    ...repo,
    pull_number: pr.number,
    event: 'COMMENT',
    body: 'review',
    comments: [{ path: 'a.txt', line: 2, body: '```suggestion\ntwo\n```' }],
  });
});
afterAll(async () => {
  await gh.close();
});

const THREADS = `query($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      isDraft
      reviewThreads(first: 100) {
        totalCount
        nodes { id isResolved comments(first: 50) { nodes { id body path author { login } } } }
      }
    }
  }
}`;

interface ThreadsResult {
  repository: {
    pullRequest: {
      isDraft: boolean;
      reviewThreads: {
        totalCount: number;
        nodes: {
          id: string;
          isResolved: boolean;
          comments: { nodes: { id: string; body: string; path: string }[] };
        }[];
      };
    };
  };
}

describe('GraphQL', () => {
  it('markPullRequestReadyForReview flips draft, visible over REST too', async () => {
    const octokit = octokitFor(gh);
    const result = await octokit.graphql<{
      markPullRequestReadyForReview: { pullRequest: { id: string; isDraft: boolean } };
    }>(
      `mutation($id: ID!) { markPullRequestReadyForReview(input: { pullRequestId: $id }) { pullRequest { id isDraft } } }`,
      { id: prNodeId },
    );
    expect(result.markPullRequestReadyForReview.pullRequest).toEqual({
      id: prNodeId,
      isDraft: false,
    });
    const { data } = await octokit.pulls.get({ owner: 'o', repo: 'r', pull_number: prNumber });
    expect(data.draft).toBe(false);
  });

  it('lists review threads and resolves one', async () => {
    const octokit = octokitFor(gh);
    const vars = { owner: 'o', name: 'r', number: prNumber };
    const before = await octokit.graphql<ThreadsResult>(THREADS, vars);
    const threads = before.repository.pullRequest.reviewThreads;
    expect(threads.totalCount).toBe(1);
    const thread = threads.nodes[0]!;
    expect(thread.isResolved).toBe(false);
    expect(thread.comments.nodes[0]).toMatchObject({
      path: 'a.txt',
      body: '```suggestion\ntwo\n```',
      author: { login: 'lailatov-bot' },
    });

    const resolved = await octokit.graphql<{ r: { thread: { isResolved: boolean } } }>(
      `mutation { r: resolveReviewThread(input: { threadId: "${thread.id}" }) { thread { isResolved } } }`,
    );
    expect(resolved.r.thread.isResolved).toBe(true);
    const after = await octokit.graphql<ThreadsResult>(THREADS, vars);
    expect(after.repository.pullRequest.reviewThreads.nodes[0]?.isResolved).toBe(true);
  });

  it('reads an issue with its labels and every page of comments; a bot is typed Bot', async () => {
    const octokit = octokitFor(gh);
    const repo = { owner: 'o', repo: 'r' };
    const { data: issue } = await octokit.issues.create({ ...repo, title: 'T', body: 'B' });
    await octokit.issues.addLabels({ ...repo, issue_number: issue.number, labels: ['bug'] });
    for (let i = 0; i < 3; i++)
      await octokit.issues.createComment({ ...repo, issue_number: issue.number, body: `c${i}` });
    const ISSUE = `query($owner: String!, $name: String!, $n: Int!, $after: String) {
      repository(owner: $owner, name: $name) {
        issue(number: $n) {
          number title body author { __typename login } labels(first: 100) { nodes { name } }
          comments(first: 2, after: $after) {
            pageInfo { hasNextPage endCursor }
            nodes { databaseId body authorAssociation author { __typename login } }
          }
        }
      }
    }`;
    type Page = {
      repository: {
        issue: {
          number: number;
          title: string;
          labels: { nodes: { name: string }[] };
          comments: {
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
            nodes: { databaseId: number; body: string; author: { __typename: string } }[];
          };
        };
      };
    };
    const vars = { owner: 'o', name: 'r', n: issue.number };
    const first = await octokit.graphql<Page>(ISSUE, { ...vars, after: null });
    expect(first.repository.issue).toMatchObject({ number: issue.number, title: 'T' });
    expect(first.repository.issue.labels.nodes).toEqual([{ name: 'bug' }]);
    const page1 = first.repository.issue.comments;
    expect(page1.nodes.map((c) => c.body)).toEqual(['c0', 'c1']);
    expect(page1.nodes[0]?.author.__typename).toBe('Bot');
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await octokit.graphql<Page>(ISSUE, { ...vars, after: page1.pageInfo.endCursor });
    expect(second.repository.issue.comments.nodes.map((c) => c.body)).toEqual(['c2']);
    expect(second.repository.issue.comments.pageInfo.hasNextPage).toBe(false);
    // A pull request is not an issue to this field, as on GitHub.
    await expect(octokit.graphql(ISSUE, { ...vars, n: prNumber })).rejects.toThrow(
      /Could not resolve to an Issue/,
    );
  });

  it('a REST reply joins the thread as a review of its own; comments name their review and parent', async () => {
    const octokit = octokitFor(gh);
    const repo = { owner: 'o', repo: 'r', pull_number: prNumber };
    const { data: list } = await octokit.pulls.listReviewComments(repo);
    const root = list[0]!;
    const { data: reply } = await octokit.request(
      'POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies',
      { ...repo, comment_id: root.id, body: 'Done in abc1234.' },
    );
    expect(reply.in_reply_to_id).toBe(root.id);
    const { data: review } = await octokit.pulls.getReview({
      ...repo,
      review_id: Number(reply.pull_request_review_id ?? 0),
    });
    expect(review.state).toBe('COMMENTED');
    const answer = await octokit.graphql<{
      repository: {
        pullRequest: {
          reviewThreads: {
            nodes: {
              comments: {
                nodes: {
                  databaseId: number;
                  pullRequestReview: { databaseId: number; state: string } | null;
                  replyTo: { databaseId: number } | null;
                }[];
              };
            }[];
          };
        };
      };
    }>(
      `query($owner: String!, $name: String!, $number: Int!) { repository(owner: $owner, name: $name) { pullRequest(number: $number) { reviewThreads(first: 10) { nodes { comments(first: 10) { nodes { databaseId pullRequestReview { databaseId state } replyTo { databaseId } } } } } } } }`,
      { owner: 'o', name: 'r', number: prNumber },
    );
    const nodes = answer.repository.pullRequest.reviewThreads.nodes[0]?.comments.nodes ?? [];
    expect(nodes).toEqual([
      {
        databaseId: root.id,
        pullRequestReview: { databaseId: root.pull_request_review_id, state: 'COMMENTED' },
        replyTo: null,
      },
      {
        databaseId: reply.id,
        pullRequestReview: { databaseId: review.id, state: 'COMMENTED' },
        replyTo: { databaseId: root.id },
      },
    ]);
  });

  it('answers unknown fields and operations with GitHub errors at HTTP 200', async () => {
    const res = await fetch(`${gh.url}/graphql`, {
      method: 'POST',
      headers: { authorization: `bearer ${gh.token}` },
      body: JSON.stringify({
        query: 'mutation { mergePullRequest(input: {pullRequestId: "x"}) { clientMutationId } }',
      }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      data?: unknown;
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]).toMatchObject({
      message: "Field 'mergePullRequest' doesn't exist on type 'Mutation'",
      extensions: { code: 'undefinedField' },
    });
    await expect(
      octokitFor(gh).graphql('query { repository(owner: "o", name: "r") { nope } }'),
    ).rejects.toThrow("Field 'nope' doesn't exist on type 'Repository'");
  });

  it('reports NOT_FOUND and FORBIDDEN like GitHub, and requires first/last on connections', async () => {
    const octokit = octokitFor(gh);
    await expect(
      octokit.graphql(
        'mutation { markPullRequestReadyForReview(input: { pullRequestId: "PR_missing" }) { pullRequest { id } } }',
      ),
    ).rejects.toMatchObject({ errors: [{ type: 'NOT_FOUND' }] });
    gh.addToken('no-prs', { contents: 'write' });
    await expect(
      octokitFor(gh, 'no-prs').graphql(
        `mutation { markPullRequestReadyForReview(input: { pullRequestId: "${prNodeId}" }) { pullRequest { id } } }`,
      ),
    ).rejects.toMatchObject({
      errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }],
    });
    await expect(
      octokit.graphql(
        `query { repository(owner: "o", name: "r") { pullRequest(number: ${prNumber}) { reviewThreads { totalCount } } } }`,
      ),
    ).rejects.toThrow(/must provide a `first` or `last` value/);
  });
});
