// Keeps the adapters' GraphQL honest against GitHub's schema (the subset in
// test/support/github/graphql-subset.graphql, extracted by scripts/extract-graphql.mjs): every
// operation the digest poster and the issue, PR and thread readers send must validate, its
// variables must coerce to the declared input types, and the emulator's answer must be one
// GitHub's schema can give (types, enums and non-null fields), checked by executing the document
// over the answer with graphql-js (graphql-contract.ts). test/actions/api-calls checks
// the batched writes of a whole pipeline run the same way.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { isObjectType } from 'graphql';
import {
  CATEGORY_DISCUSSIONS_QUERY,
  CREATE_DISCUSSION_MUTATION,
  DISCUSSION_CATEGORIES_QUERY,
  postDigestDiscussion,
  UPDATE_DISCUSSION_MUTATION,
} from '../../src/forge/github/digest-post.js';
import { readIssueThread } from '../../src/forge/github/issue-thread.js';
import { MutationBatch } from '../../src/forge/github/mutation-batch.js';
import { readPull } from '../../src/forge/github/pull-read.js';
import { findOrCreateDraftPr, markReadyForReview } from '../../src/forge/github/pulls.js';
import { resolveThreads } from '../../src/forge/github/review-poster.js';
import { listReviewThreads } from '../../src/forge/github/review-threads.js';
import type { GitHubClient } from '../../src/forge/github/client.js';
import { fullName, type RepoRef } from '../../src/forge/github/repo.js';
import { bareGit, clientFor } from '../forge/github/helpers.js';
import {
  issueObject,
  pullObject,
  type GqlObject,
} from '../support/github/routes/graphql-objects.js';
import { INPUT_ENUMS } from '../support/github/routes/graphql-writes.js';
import {
  githubSchema,
  graphqlExchanges,
  schemaVerdict,
} from '../support/github/graphql-contract.js';
import {
  DEFAULT_DISCUSSION_CATEGORIES,
  startGitHubEmulator,
  type GitHubEmulator,
} from '../support/github/index.js';

let gh: GitHubEmulator;

beforeAll(async () => {
  gh = await startGitHubEmulator();
  await gh.createRepo('o/r', { discussionCategories: DEFAULT_DISCUSSION_CATEGORIES });
});
afterAll(async () => {
  await gh?.close();
});

/** The schema's verdict on one request and its answer: [] when GitHub could have given it. */
function check(query: string, variables: Record<string, unknown>, data: unknown): string[] {
  const { errors, replayed } = schemaVerdict(query, variables, data);
  if (errors.length === 0) expect(replayed).toEqual(data);
  return errors;
}

/** The fields of an emulator object (and the objects they resolve to) GitHub's type lacks. */
function notGitHubs(o: GqlObject, seen = new Set<string>()): string[] {
  if (seen.has(o.__typename)) return [];
  seen.add(o.__typename);
  const type = githubSchema().getType(o.__typename);
  if (!isObjectType(type)) return [`${o.__typename}: no such type`];
  const known = type.getFields();
  return Object.entries(o.fields).flatMap(([name, resolve]) => {
    if (!(name in known)) return [`${o.__typename}.${name}`];
    const value: unknown = resolve({ first: 100 });
    const inner = (Array.isArray(value) ? value : [value]).filter(
      (v): v is GqlObject => typeof v === 'object' && v !== null && '__typename' in v,
    );
    return inner.flatMap((v) => notGitHubs(v, seen));
  });
}

/** Checks every GraphQL request since the last reset; the documents sent, in order. */
function checkSent(): string[] {
  const sent = graphqlExchanges(gh.requests);
  for (const x of sent) {
    expect(x.errors).toBeUndefined();
    expect(check(x.query, x.variables, x.data)).toEqual([]);
  }
  return sent.map((x) => x.query);
}

describe("the discussion GraphQL against GitHub's schema", () => {
  it('posts and updates a digest with operations, variables and answers the schema accepts', async () => {
    const octokit = clientFor(gh);
    const post = {
      repo: { owner: 'o', repo: 'r' },
      title: 'LailaTov digest: 2026-03-02 to 2026-03-09',
      key: '2026-03-02 to 2026-03-09',
      category: 'General',
    };
    gh.resetRequests();
    await postDigestDiscussion(octokit, { ...post, body: 'one' });
    await postDigestDiscussion(octokit, { ...post, body: 'two' });
    const sent = gh.requests.filter((r) => r.path === '/graphql');
    const queries = sent.map((r) => (r.body as { query: string }).query);
    // categories, the category's discussions, create; then categories, discussions, update.
    expect(queries).toEqual([
      DISCUSSION_CATEGORIES_QUERY,
      CATEGORY_DISCUSSIONS_QUERY,
      CREATE_DISCUSSION_MUTATION,
      DISCUSSION_CATEGORIES_QUERY,
      CATEGORY_DISCUSSIONS_QUERY,
      UPDATE_DISCUSSION_MUTATION,
    ]);
    for (const r of sent) {
      const body = r.body as { query: string; variables?: Record<string, unknown> };
      const answer = r.responseBody as { data?: unknown; errors?: unknown };
      expect(answer.errors).toBeUndefined();
      expect(check(body.query, body.variables ?? {}, answer.data)).toEqual([]);
    }
    // REST agrees that the repository has Discussions.
    expect((await octokit.rest.repos.get({ owner: 'o', repo: 'r' })).data.has_discussions).toBe(
      true,
    );
    expect(gh.repo('o/r').discussions.map((d) => d.body)).toEqual([
      '<!-- lailatov-digest: 2026-03-02 to 2026-03-09 -->\ntwo',
    ]);
  });

  it('is strict enough to catch a wrong field, a wrong input and a wrong answer', () => {
    expect(
      check('query { repository(owner: "o", name: "r") { discussionz { totalCount } } }', {}, {}),
    ).toEqual([
      'Cannot query field "discussionz" on type "Repository". Did you mean "discussion" or "discussions"?',
    ]);
    expect(
      check(
        CREATE_DISCUSSION_MUTATION,
        { input: { title: 't', body: 'b', categoryId: 'c' } },
        {},
      )[0],
    ).toMatch(/Field "repositoryId" of required type "ID!" was not provided/);
    expect(
      check(
        CREATE_DISCUSSION_MUTATION,
        { input: { repositoryId: 'r', title: 't', body: 'b', categoryId: 'c' } },
        {
          createDiscussion: { discussion: { id: 'D_1', number: 'one', url: 'https://x' } },
        },
      ),
    ).toEqual(['Int cannot represent non-integer value: "one"']);
  });
});

/** A repository `t` with issue #1 (one comment) and a PR on agent/x holding one review finding. */
async function pullWithFinding(octokit: GitHubClient, t: RepoRef) {
  await gh.createRepo(fullName(t), { files: { 'README.md': '# t\n' } });
  const { data: issue } = await octokit.rest.issues.create({ ...t, title: 'I', body: 'b' });
  await octokit.rest.issues.createComment({ ...t, issue_number: issue.number, body: 'c' });
  const gitDir = gh.repoPath(fullName(t));
  const blob = (await bareGit(gitDir, ['hash-object', '-w', '--stdin'], 'a\nb\n')).trim();
  const entries = await bareGit(gitDir, ['ls-tree', 'main^{tree}']);
  const tree = (await bareGit(gitDir, ['mktree'], `${entries}100644 blob ${blob}\tx.txt\n`)).trim();
  const head = (await bareGit(gitDir, ['commit-tree', tree, '-p', 'main', '-m', 'x'])).trim();
  await bareGit(gitDir, ['update-ref', 'refs/heads/agent/x', head]);
  const { pr } = await findOrCreateDraftPr(octokit, {
    repo: t,
    head: 'agent/x',
    base: 'main',
    title: 'X',
    body: 'Closes #1',
  });
  await octokit.rest.pulls.createReview({
    ...t,
    pull_number: pr.number,
    commit_id: head,
    event: 'COMMENT',
    body: 'r',
    comments: [{ path: 'x.txt', line: 1, side: 'RIGHT', body: 'finding' }],
  });
  return { issue, pr };
}

describe("the issue, PR and thread GraphQL against GitHub's schema", () => {
  it('reads an issue, a PR with its threads, resolves a thread and marks the PR ready', async () => {
    const octokit = clientFor(gh);
    const t = { owner: 'o', repo: 't' };
    const { issue, pr } = await pullWithFinding(octokit, t);
    await octokit.rest.issues.addLabels({ ...t, issue_number: pr.number, labels: ['risk:low'] });
    gh.resetRequests();
    // A label's color is non-null on GitHub, on a PR's labels as on an issue's.
    await octokit.graphql(
      `query($pr: Int!) { repository(owner: "o", name: "t") { pullRequest(number: $pr) { labels(first: 9) { nodes { name color } } } } }`,
      { pr: pr.number },
    );
    expect((await readIssueThread(octokit, t, issue.number)).comments).toHaveLength(1);
    const read = await readPull(octokit, t, pr.number);
    const threads = await listReviewThreads(octokit, t, pr.number);
    expect(threads.map((x) => x.comments[0]?.body)).toEqual(['finding']);
    await resolveThreads(octokit, [threads[0]?.id ?? '']);
    // A payload's __typename is GitHub's: ConvertPullRequestToDraftPayload.
    await octokit.graphql(
      `mutation($id: ID!) { convertPullRequestToDraft(input: { pullRequestId: $id }) { __typename pullRequest { isDraft } } }`,
      { id: read.summary.nodeId },
    );
    await markReadyForReview(octokit, t, { ...read.summary, draft: true });
    expect(checkSent()).toHaveLength(7);
    expect(gh.repo('o/t').pulls.get(pr.number)?.draft).toBe(false);
    // Whatever the emulator could answer, not only what these documents select, is GitHub's.
    const state = gh.repo('o/t');
    const pull = state.pulls.get(pr.number);
    const issueRecord = state.issues.get(issue.number);
    expect(pull && issueRecord).toBeTruthy();
    if (!pull || !issueRecord) return;
    expect(notGitHubs(pullObject(state, pull))).toEqual([]);
    expect(notGitHubs(issueObject(state, issueRecord))).toEqual([]);
  });

  it('reads a review thread of more than 100 comments whole, the rest through node(id)', async () => {
    const octokit = clientFor(gh);
    const t = { owner: 'o', repo: 'long' };
    const { pr } = await pullWithFinding(octokit, t);
    const [root] = await octokit.paginate(octokit.rest.pulls.listReviewComments, {
      ...t,
      pull_number: pr.number,
    });
    for (let i = 1; i <= 230; i++)
      await octokit.rest.pulls.createReplyForReviewComment({
        ...t,
        pull_number: pr.number,
        comment_id: root?.id ?? 0,
        body: `reply ${i}`,
      });
    gh.resetRequests();
    const [thread] = await listReviewThreads(octokit, t, pr.number);
    const bodies = thread?.comments.map((c) => c.body) ?? [];
    expect(bodies).toHaveLength(231);
    expect([bodies[0], bodies[100], bodies[230]]).toEqual(['finding', 'reply 100', 'reply 230']);
    // The threads page, then the thread's two further pages of comments; each valid for GitHub.
    expect(checkSent()).toHaveLength(3);
  });

  it('catches a batched write with a field or an input field GitHub does not have', () => {
    const batch = new MutationBatch(clientFor(gh), { owner: 'o', repo: 'r' });
    batch.add({
      field: 'updatePullRequest',
      inputType: 'UpdatePullRequestInput',
      input: { pullRequestId: 'PR_1', body: 'b' },
      select: 'pullRequest { isDraftt }',
      doing: 'updating PR #1',
    });
    const { query, variables } = batch.document();
    expect(check(query, variables, {})).toEqual([
      'Cannot query field "isDraftt" on type "PullRequest". Did you mean "isDraft"?',
    ]);
    const comment = `mutation($m0: UpdateIssueCommentInput!) { m0: updateIssueComment(input: $m0) { clientMutationId } }`;
    expect(check(comment, { m0: { id: 'IC_1', body: 'b', bodyy: 'c' } }, {})[0]).toMatch(
      /Field "bodyy" is not defined by type "UpdateIssueCommentInput"/,
    );
  });
});

describe("the emulator's write inputs", () => {
  it("refuses, as GitHub does, input fields and values GitHub's schema does not take", async () => {
    const octokit = clientFor(gh);
    const query = `mutation($m0: UpdateIssueCommentInput!) { m0: updateIssueComment(input: $m0) { clientMutationId } }`;
    await expect(
      octokit.graphql(query, { m0: { id: 'IC_1', body: 'b', bodyy: 'c' } }),
    ).rejects.toThrow(/Field "bodyy" is not defined by type "UpdateIssueCommentInput"/);
    await expect(
      octokit.graphql(
        `mutation { resolveReviewThread(input: { threadId: 1, why: "x" }) { clientMutationId } }`,
      ),
    ).rejects.toThrow(/Field "why" is not defined by type "ResolveReviewThreadInput"/);
  });

  it("take the enum values GitHub's schema defines, no more, no fewer", () => {
    for (const [name, values] of Object.entries(INPUT_ENUMS)) {
      const type = githubSchema().getType(name);
      expect([
        name,
        type && 'getValues' in type
          ? type
              .getValues()
              .map((v) => v.name)
              .sort()
          : [],
      ]).toEqual([name, [...values].sort()]);
    }
  });
});
