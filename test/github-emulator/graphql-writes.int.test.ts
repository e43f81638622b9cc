// GraphQL writes that REST has too, several in one request: each lands as the REST write would
// (read back over REST), runs in document order, fails alone with GitHub's error types, and needs
// the token's permission for what it writes.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { octokitFor, seedDraftPr } from './helpers.js';

let gh: GitHubEmulator;
let pr: { number: number; nodeId: string; headSha: string };
const repo = { owner: 'o', repo: 'r' };

beforeAll(async () => {
  gh = await startGitHubEmulator();
  pr = await seedDraftPr(gh);
});
afterAll(async () => {
  await gh.close();
});

/** Sends a mutation and returns its data, or the data and errors GitHub sent next to them. */
async function mutate(
  query: string,
  variables: Record<string, unknown>,
  token = gh.token,
): Promise<{ data: Record<string, unknown>; errors: { type?: string; path?: unknown[] }[] }> {
  try {
    return { data: await octokitFor(gh, token).graphql(query, variables), errors: [] };
  } catch (error) {
    // What octokit's GraphqlResponseError carries next to its message.
    const e = error as { data?: Record<string, unknown> | null; errors?: unknown[] };
    if (!e.errors) throw error;
    return { data: e.data ?? {}, errors: e.errors as { type?: string; path?: unknown[] }[] };
  }
}

describe('GraphQL writes', () => {
  it('one request: PR body, a label, a comment and its edit, ready for review, in order', async () => {
    const octokit = octokitFor(gh);
    const { data: label } = await octokit.issues.createLabel({
      ...repo,
      name: 'risk:low',
      color: '0E8A16',
    });
    const { data: issue } = await octokit.issues.create({ ...repo, title: 'I' });
    const { data: comment } = await octokit.issues.createComment({
      ...repo,
      issue_number: issue.number,
      body: 'progress',
    });
    const { data } = await mutate(
      `mutation($a: UpdatePullRequestInput!, $b: AddLabelsToLabelableInput!, $c: AddCommentInput!,
                $d: UpdateIssueCommentInput!, $e: MarkPullRequestReadyForReviewInput!) {
        a: updatePullRequest(input: $a) { pullRequest { body } }
        b: addLabelsToLabelable(input: $b) { labelable { labels(first: 10) { nodes { name } } } }
        c: addComment(input: $c) { commentEdge { node { id databaseId body } } }
        d: updateIssueComment(input: $d) { issueComment { databaseId body } }
        e: markPullRequestReadyForReview(input: $e) { pullRequest { isDraft } }
      }`,
      {
        a: { pullRequestId: pr.nodeId, body: 'new body' },
        b: { labelableId: pr.nodeId, labelIds: [label.node_id] },
        c: { subjectId: issue.node_id, body: 'hello' },
        d: { id: comment.node_id, body: 'progress, edited' },
        e: { pullRequestId: pr.nodeId },
      },
    );
    expect(data).toEqual({
      a: { pullRequest: { body: 'new body' } },
      b: { labelable: { labels: { nodes: [{ name: 'risk:low' }] } } },
      c: { commentEdge: { node: expect.objectContaining({ body: 'hello' }) } },
      d: { issueComment: { databaseId: comment.id, body: 'progress, edited' } },
      e: { pullRequest: { isDraft: false } },
    });
    const got = (await octokit.pulls.get({ ...repo, pull_number: pr.number })).data;
    expect([got.body, got.draft, got.labels.map((l) => l.name)]).toEqual([
      'new body',
      false,
      ['risk:low'],
    ]);
    const comments = (await octokit.issues.listComments({ ...repo, issue_number: issue.number }))
      .data;
    expect(comments.map((c) => c.body)).toEqual(['progress, edited', 'hello']);
  });

  it('a check run created in progress and completed with annotations, as REST shows it', async () => {
    const repositoryId = gh.repo('o/r').nodeId;
    const { data } = await mutate(
      `mutation($c: CreateCheckRunInput!) { c: createCheckRun(input: $c) { checkRun { id databaseId status } } }`,
      {
        c: {
          repositoryId,
          name: 'LailaTov review',
          headSha: pr.headSha,
          status: 'IN_PROGRESS',
          output: { title: 'reviewing', summary: 'LailaTov is reviewing this commit.' },
        },
      },
    );
    const created = (data.c as { checkRun: { id: string; databaseId: number; status: string } })
      .checkRun;
    expect(created.status).toBe('IN_PROGRESS');
    const done = await mutate(
      `mutation($u: UpdateCheckRunInput!) { u: updateCheckRun(input: $u) { checkRun { conclusion } } }`,
      {
        u: {
          repositoryId,
          checkRunId: created.id,
          status: 'COMPLETED',
          conclusion: 'FAILURE',
          output: {
            title: 'findings',
            summary: 'one',
            annotations: [
              {
                path: 'a.txt',
                location: { startLine: 2, endLine: 2 },
                annotationLevel: 'FAILURE',
                message: 'two is spelled out',
                title: 'major: style',
              },
            ],
          },
        },
      },
    );
    expect(done).toEqual({ data: { u: { checkRun: { conclusion: 'FAILURE' } } }, errors: [] });
    const octokit = octokitFor(gh);
    const run = (await octokit.checks.get({ ...repo, check_run_id: created.databaseId })).data;
    expect([run.status, run.conclusion, run.output.title, run.output.annotations_count]).toEqual([
      'completed',
      'failure',
      'findings',
      1,
    ]);
    const notes = (
      await octokit.checks.listAnnotations({ ...repo, check_run_id: created.databaseId })
    ).data;
    expect(notes[0]).toMatchObject({ path: 'a.txt', start_line: 2, annotation_level: 'failure' });
  });

  it('a review with threads on the diff; one off the diff fails alone, recording nothing', async () => {
    const review = (threads: unknown[]) => ({
      pullRequestId: pr.nodeId,
      commitOID: pr.headSha,
      event: 'COMMENT',
      body: 'round 0',
      threads,
    });
    const reviewsBefore = gh.repo('o/r').reviews.length;
    const { data, errors } = await mutate(
      `mutation($bad: AddPullRequestReviewInput!, $good: AddPullRequestReviewInput!) {
        bad: addPullRequestReview(input: $bad) { pullRequestReview { id } }
        good: addPullRequestReview(input: $good) { pullRequestReview { body state } }
      }`,
      {
        bad: review([{ path: 'a.txt', line: 9, side: 'RIGHT', body: 'off the diff' }]),
        good: review([{ path: 'a.txt', line: 2, side: 'RIGHT', body: 'on line 2' }]),
      },
    );
    expect(errors).toEqual([expect.objectContaining({ type: 'UNPROCESSABLE', path: ['bad'] })]);
    expect(data).toEqual({
      bad: null,
      good: { pullRequestReview: { body: 'round 0', state: 'COMMENTED' } },
    });
    expect(gh.repo('o/r').reviews.length).toBe(reviewsBefore + 1);
    const comments = (
      await octokitFor(gh).pulls.listReviewComments({ ...repo, pull_number: pr.number })
    ).data;
    expect(comments.at(-1)).toMatchObject({ path: 'a.txt', line: 2, body: 'on line 2' });
  });

  it('needs the permission the REST route needs; an unknown enum value is refused', async () => {
    gh.addToken('no-checks', { pull_requests: 'write', issues: 'write' });
    const input = {
      repositoryId: gh.repo('o/r').nodeId,
      name: 'x',
      headSha: pr.headSha,
      status: 'IN_PROGRESS',
    };
    const query = `mutation($c: CreateCheckRunInput!) { c: createCheckRun(input: $c) { checkRun { id } } }`;
    const forbidden = await mutate(query, { c: input }, 'no-checks');
    expect(forbidden.errors).toEqual([expect.objectContaining({ type: 'FORBIDDEN', path: ['c'] })]);
    const bad = await mutate(query, { c: { ...input, status: 'in_progress' } });
    // As on GitHub, variables that do not coerce refuse the whole request, before any field runs.
    expect(bad.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/\$c.*"in_progress".*RequestableCheckStatusState/),
      }),
    ]);
    expect(gh.repo('o/r').checkRuns.filter((r) => r.name === 'x')).toEqual([]);
  });
});
