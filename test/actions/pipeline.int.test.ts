// The built actions take an issue from `labeled` to a PR ready for review on the GitHub emulator,
// one stage per child process, chained by the repository_dispatch events they send.
import { mutationInputs } from './graphql-calls.js';
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import {
  BOT,
  REPO,
  REPOSITORY,
  demoIssue,
  demoRules,
  firstTwice,
  labeledEvent,
  ok,
  openIssue,
  outcomeRecords,
  startWorld,
  type RunResult,
  type World,
} from './harness.js';

jest.setTimeout(240_000);

const HUMAN_POLICY = JSON.stringify({
  version: 1,
  riskTierRules: { high: ['.github/**'], medium: ['src/**'], low: ['test/**', '*.md'] },
  mergePolicy: {
    high: { requiredChecks: ['tests'], humanApprovalRequired: true },
    medium: { requiredChecks: ['tests'], humanApprovalRequired: true },
    low: { requiredChecks: ['tests'], humanApprovalRequired: false },
  },
  blockedPatterns: ['**/*.pem'],
});

describe('labeled issue → triage → write → review → remediate → review → ready', () => {
  let w: World;
  let issue: number;
  const steps: Record<string, RunResult> = {};

  beforeAll(async () => {
    // The re-run of review round 0 gets round 0's answers again.
    w = await startWorld({
      files: { 'risk-policy.json': HUMAN_POLICY },
      rules: await demoRules({
        review_findings: await firstTwice('review_findings'),
        spec_audit: await firstTwice('spec_audit'),
      }),
    });
    const t = await demoIssue();
    issue = await openIssue(w, t);
    steps.triage = ok(await w.run('triage', labeledEvent(issue, t)));
  });
  afterAll(async () => w?.close());

  const repo = () => w.gh.repo(REPO);
  const comments = () => [...repo().issueComments.values()].filter((c) => c.issueNumber === issue);
  const sticky = () => comments().filter((c) => c.body.startsWith('<!-- lailatov:sticky:progress'));
  const labels = () => repo().issues.get(issue)?.labels ?? [];

  test('triage: 👀, one sticky comment, agent:working, outputs, a write dispatch', () => {
    expect(steps.triage?.outputs.outcome).toBe('clear');
    expect(steps.triage?.outputs['issue-number']).toBe(String(issue));
    expect(
      repo()
        .issues.get(issue)
        ?.reactions.map((r) => r.content),
    ).toEqual(['eyes']);
    expect(sticky()).toHaveLength(1);
    expect(sticky()[0]?.body).toContain('- [ ] ⏳ Write the change');
    expect(labels()).toContain('agent:working');
    expect(repo().labels.get('agent:working')?.color.toUpperCase()).toBe('1D76DB');
    expect(repo().dispatches.map((d) => d.eventType)).toEqual(['lailatov-write']);
    expect(steps.triage?.summary).toContain('LailaTov triage: clear');
  });

  test('write (under a 502 burst): the agent branch is pushed and a draft PR opened with cost table and state', async () => {
    const burst = w.gh.faults.add({
      route: 'POST /repos/{owner}/{repo}/pulls',
      status: 502,
      times: 2,
    });
    const { stage, result } = await w.followDispatch();
    expect(burst.hits).toBe(2);
    expect(stage).toBe('write');
    steps.write = ok(result);
    expect(result.outputs.outcome).toBe('pr_opened');
    const pulls = [...repo().pulls.values()];
    expect(pulls).toHaveLength(1);
    const pr = pulls[0];
    expect(pr?.draft).toBe(true);
    expect(pr?.headRef).toMatch(/^agent\/issue-\d+-parseduration/);
    expect(result.outputs['pr-number']).toBe(String(pr?.number));
    expect(result.outputs.branch).toBe(pr?.headRef);
    const body = repo().issues.get(pr?.number ?? 0)?.body ?? '';
    expect(body).toContain(`Closes #${issue}`);
    expect(body).toContain('| **Total** |');
    expect(body).toMatch(/<!-- lailatov:state \{/);
    expect(Number(result.outputs['cost-usd'])).toBeCloseTo(0.1342, 4);
    expect(repo().dispatches.at(-1)?.eventType).toBe('lailatov-review');
    expect(sticky()).toHaveLength(1);
  });

  test('review round 0 (under a secondary rate limit): one review with inline findings on the diff lines, a failing check, remediation dispatched', async () => {
    // The review rides in one GraphQL request with the round's other writes.
    const limited = w.gh.faults.add({
      route: 'POST /graphql',
      bodyIncludes: 'addPullRequestReview',
      secondaryRateLimit: true,
      retryAfter: 2,
    });
    // The read of the PR with its review threads (what was already posted) is the round's first
    // GraphQL call.
    const threads502 = w.gh.faults.add({ route: 'POST /graphql', status: 502, times: 2 });
    const from = w.gh.requests.length;
    const { stage, result } = await w.followDispatch();
    expect([limited.hits, threads502.hits]).toEqual([1, 2]);
    expect(stage).toBe('review');
    steps.review0 = ok(result);
    expect(result.outputs.outcome).toBe('findings');
    expect(result.outputs['risk-tier']).toBe('medium');
    expect(repo().reviews).toHaveLength(1);
    expect(repo().reviews[0]?.state).toBe('COMMENTED');
    const inline = repo().reviewComments;
    expect(inline.map((c) => [c.path, c.line])).toEqual([
      ['src/duration.js', 19],
      ['src/duration.js', 16],
    ]);
    expect(inline[0]?.body).toContain('tests-for-behaviour-change');
    const checks = repo().checkRuns.filter((c) => c.name === 'LailaTov review');
    expect(checks.map((c) => c.conclusion)).toEqual(['failure']);
    expect(checks[0]?.annotations.length).toBeGreaterThan(0);
    expect(repo().dispatches.at(-1)?.eventType).toBe('lailatov-remediate');
    // The check was created in_progress on the PR head before the review was posted, then
    // completed in place: one check run, two writes (GraphQL mutations, batched with others).
    const pr = [...repo().pulls.values()][0];
    expect(checks[0]?.headSha).toBe(pr?.headSha);
    const calls = w.gh.requests.slice(from).filter((q) => q.status < 300);
    const inputsOf = (field: string) => mutationInputs(calls, field);
    const [created, ...moreCreated] = inputsOf('createCheckRun');
    expect(moreCreated).toEqual([]);
    expect(created?.input).toMatchObject({ status: 'IN_PROGRESS', headSha: pr?.headSha });
    const [posted] = inputsOf('addPullRequestReview');
    expect(created?.at).toBeLessThan(posted?.at ?? -1);
    expect(inputsOf('updateCheckRun').map((m) => m.input)).toEqual([
      expect.objectContaining({ checkRunId: checks[0]?.nodeId, conclusion: 'FAILURE' }),
    ]);
    // No REST write does the same again.
    expect(calls.map((q) => q.route)).not.toContain('POST /repos/{owner}/{repo}/check-runs');
    expect(calls.map((q) => q.route)).not.toContain(
      'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
    );
  });

  test('re-running review round 0 changes nothing visible', async () => {
    const d = repo().dispatches.at(-2);
    const before = {
      reviews: repo().reviews.length,
      comments: repo().reviewComments.length,
      sticky: sticky().length,
    };
    ok(
      await w.run('review', {
        name: 'repository_dispatch',
        payload: {
          action: d?.eventType,
          client_payload: d?.clientPayload,
          repository: REPOSITORY,
          sender: { login: BOT, type: 'Bot' },
        },
      }),
    );
    // The state already moved past round 0's head: the same findings, no duplicate comments.
    expect(repo().reviewComments).toHaveLength(before.comments);
    expect(repo().pulls.size).toBe(1);
    expect(sticky()).toHaveLength(before.sticky);
    expect(repo().reviews.length).toBe(before.reviews);
  });

  test('remediate: one round pushed, review dispatched', async () => {
    const { stage, result } = await w.followDispatch();
    expect(stage).toBe('remediate');
    steps.remediate = ok(result);
    expect(result.outputs.outcome).toBe('remediated');
    expect(result.outputs.round).toBe('1');
    expect(repo().dispatches.at(-1)?.eventType).toBe('lailatov-review');
  });

  test('review round 1: clean, thread resolved, success check, ready for review, reviewer requested, ready record', async () => {
    const { result } = await w.followDispatch();
    steps.review1 = ok(result);
    expect(result.outputs.outcome).toBe('ready');
    const pr = [...repo().pulls.values()][0];
    expect(pr?.draft).toBe(false);
    expect(pr?.requestedReviewers).toEqual(['alice']);
    expect(repo().reviews).toHaveLength(2);
    const threads = [...repo().threads.values()];
    const resolved = threads.filter((t) => t.isResolved);
    expect(resolved).toHaveLength(1);
    const checks = repo().checkRuns.filter((c) => c.name === 'LailaTov review');
    // Round 0's head has its run and its re-run's; the new head one, each completed in place.
    expect(checks.every((c) => c.status === 'completed')).toBe(true);
    expect(checks.filter((c) => c.headSha === pr?.headSha).map((c) => c.conclusion)).toEqual([
      'success',
    ]);
    expect(labels()).not.toContain('agent:working');
    expect(repo().issues.get(pr?.number ?? 0)?.labels).toContain('risk:medium');
    const records = await outcomeRecords(w);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      outcome: 'ready',
      issue,
      pr: pr?.number,
      remediationRounds: 1,
      riskTier: 'medium',
    });
    expect(sticky()).toHaveLength(1);
    expect(sticky()[0]?.body).toContain('**Outcome: ready.**');
    expect(result.summary).toContain('| **Total** |');
    expect(w.slack.bodies).toHaveLength(0);
  });
});
