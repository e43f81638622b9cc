// GitHub API calls per stage run, counted by the emulator: issue → ready with one remediation
// round, a review of an agent PR of 20 files after a human push, and each comment command. Counts, not times: each
// stage's calls are deterministic, so any change shows here (`npm run bench -- api-calls` prints
// them per route). Every GraphQL document these runs send, its variables and the emulator's
// answer are also held to GitHub's schema (graphql-contract.ts).
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { mutationFields, schemaRefusals } from '../support/github/graphql-contract.js';
import { extraRules } from './command-world.js';
import { commandCalls, pipelineCalls, reviewOf20Files } from './count-calls.js';
import { demoRules, firstTwice, startWorld, type World } from './harness.js';

jest.setTimeout(240_000);

describe('GitHub API calls per stage', () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
  });
  afterAll(async () => w?.close());

  test('issue → ready with one remediation round: 29 calls (triage 7, write 5, review 5, remediate 4, review 8)', async () => {
    const { stages, outcome, round } = await pipelineCalls(w);
    expect([outcome, round]).toEqual(['ready', '1']);
    // triage: permission, 👀, the issue with its comments (GraphQL), create agent:working, label,
    //   progress comment, dispatch write.
    // write: the issue (GraphQL), progress (claim), open the PR, progress, dispatch review.
    // review: the PR with its threads (GraphQL); the claim and the check's start (one GraphQL
    //   request); create risk:medium; the review, PR body, check completed, label and progress
    //   (one GraphQL request); dispatch remediate.
    // remediate: the PR (GraphQL), PR body (claim), PR body, dispatch review.
    // review: the PR (GraphQL); claim + check start; the review, resolved thread, PR body, check
    //   completed, ready for review and progress (one GraphQL request); agent:working removed
    //   from the issue; the outcome record (data branch ref, tree, commit, ref created).
    expect(stages.map((s) => [s.stage, s.routes.length])).toEqual([
      ['triage', 7],
      ['write', 5],
      ['review', 5],
      ['remediate', 4],
      ['review', 8],
    ]);
    const all = stages.flatMap((s) => s.routes);
    expect(all).toHaveLength(29);
    // What the event payload and the fetched git already hold is not asked again.
    expect(all).not.toContain('GET /repos/{owner}/{repo}');
    expect(all).not.toContain('GET /repos/{owner}/{repo}/contents/{path}');
    // An issue and its comments are one GraphQL query, read once per stage run; so are a PR and
    // its review threads.
    expect(all).not.toContain('GET /repos/{owner}/{repo}/pulls/{pull_number}');
    expect(all).not.toContain('GET /repos/{owner}/{repo}/issues/{issue_number}');
    expect(all).not.toContain('GET /repos/{owner}/{repo}/issues/{issue_number}/comments');
    // The batched writes of this path, each one GitHub's schema takes, answered as GitHub would.
    expect(mutationFields(w.gh.requests)).toEqual(
      new Set([
        'createCheckRun',
        'updateCheckRun',
        'updatePullRequest',
        'updateIssueComment',
        'addPullRequestReview',
        'addLabelsToLabelable',
        'resolveReviewThread',
        'markPullRequestReadyForReview',
      ]),
    );
    expect(schemaRefusals(w.gh.requests)).toEqual([]);
  });
});

describe('a review of an agent PR of 20 files', () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld({
      rules: await demoRules({
        review_findings: await firstTwice('review_findings'),
        spec_audit: await firstTwice('spec_audit'),
      }),
    });
  });
  afterAll(async () => w?.close());

  test('after a human push, the review takes at most 15 calls (5)', async () => {
    const r = await reviewOf20Files(w);
    expect(r.files).toBe(20);
    expect(r.routes.length).toBeLessThanOrEqual(15);
    // permission, PR with its threads (GraphQL), check started (GraphQL), the review, PR state,
    // check completed and progress (one GraphQL request), dispatch
    expect(r.routes).toHaveLength(5);
    expect(schemaRefusals(w.gh.requests)).toEqual([]);
  });
});

describe('each comment command', () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld({ rules: await extraRules() });
  });
  afterAll(async () => w?.close());

  // Every command: the writer's permission, 👀 on the comment, its reply (created, then edited
  // with the result); every command but plan and approve (whose record is the write's) appends
  // its outcome line (data branch: ref, commit, shard, tree, commit, ref).
  test('help 9, review 13, describe 15, ask 14, fix 11, stop 18, plan 11, approve 11', async () => {
    const calls = await commandCalls(w);
    expect(calls.map((c) => [c.stage, c.outcome, c.routes.length])).toEqual([
      ['help', 'answered', 9],
      ['review', 'findings', 13],
      ['describe', 'answered', 15],
      ['ask', 'answered', 14],
      ['fix', 'remediated', 11],
      ['stop', 'cancelled', 18],
      ['plan', 'plan_posted', 11],
      ['approve', 'pr_opened', 11],
    ]);
    // The issue #14 target for a review command.
    expect(calls.find((c) => c.stage === 'review')?.routes.length).toBeLessThanOrEqual(15);
    expect(schemaRefusals(w.gh.requests)).toEqual([]);
  });
});
