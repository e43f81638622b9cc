// The other paths of the built actions on the emulator: clarification and re-triage, who may
// start a run, events with nothing to do, escalation with Slack, and a permanent API failure.
import { mutationInputs } from './graphql-calls.js';
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import {
  BOT,
  REPO,
  demoAnswers,
  demoIssue,
  demoRules,
  labeledEvent,
  ok,
  openIssue,
  outcomeRecords,
  startWorld,
  type World,
} from './harness.js';

jest.setTimeout(240_000);

async function comment(w: World, issue: number, author: string, body: string): Promise<number> {
  const res = await fetch(`${w.gh.url}/repos/${REPO}/issues/${issue}/comments`, {
    method: 'POST',
    headers: { authorization: `token tok-${author}`, 'content-type': 'application/json' },
    body: JSON.stringify({ body }),
  });
  return ((await res.json()) as { id: number }).id;
}

function commentEvent(
  issue: number,
  t: { title: string; body: string },
  id: number,
  author: string,
) {
  return {
    name: 'issue_comment',
    payload: {
      action: 'created',
      issue: {
        number: issue,
        title: t.title,
        body: t.body,
        user: { login: 'alice' },
        labels: [{ name: 'needs-clarification' }],
      },
      comment: { id, body: 'answer', user: { login: author, type: 'User' } },
      sender: { login: author, type: 'User' },
    },
  };
}

const UNCLEAR = {
  clear: false,
  confidence: 0.3,
  question: 'Should "1h30m" also accept spaces, like "1h 30m"?',
  defaultAssumption: 'No spaces.',
  why: 'The parser rejects anything else.',
  acceptanceCriteria: [],
  complexity: 'low',
};

describe('clarification, re-triage, then a permanent API failure in review', () => {
  let w: World;
  let issue: number;
  let t: { title: string; body: string };
  beforeAll(async () => {
    w = await startWorld({
      rules: await demoRules({
        triage_verdict: [UNCLEAR, (await demoAnswers()).triage_verdict?.[0]],
      }),
    });
    t = await demoIssue();
    issue = await openIssue(w, t);
    w.gh.addToken('tok-rita', { issues: 'write' }, { login: 'rita' });
  });
  afterAll(async () => w?.close());
  const repo = () => w.gh.repo(REPO);
  const labels = () => repo().issues.get(issue)?.labels ?? [];

  test('an unclear issue gets one question, the label and a needs_clarification record', async () => {
    const r = ok(await w.run('triage', labeledEvent(issue, t)));
    expect(r.outputs.outcome).toBe('needs_clarification');
    const bodies = [...repo().issueComments.values()].map((c) => c.body);
    expect(bodies.filter((b) => b.includes('needs a clarification'))).toHaveLength(1);
    expect(bodies.some((b) => b.includes(UNCLEAR.question))).toBe(true);
    expect(labels()).toContain('needs-clarification');
    expect(labels()).not.toContain('agent:working');
    expect(repo().dispatches).toHaveLength(0);
    expect((await outcomeRecords(w)).map((x) => x.outcome)).toEqual(['needs_clarification']);
  });

  test('a reply by someone with read permission who is not the author starts nothing', async () => {
    const id = await comment(w, issue, 'rita', 'spaces please');
    const before = w.gh.requests.length;
    const r = ok(await w.run('triage', commentEvent(issue, t, id, 'rita')));
    expect(r.outputs.outcome).toBe('ignored');
    expect(r.summary).toContain('rita');
    expect(r.stdout).toContain('::notice::');
    // One permission lookup, nothing else: no reaction, no comment, no model call.
    const calls = w.gh.requests.slice(before).map((q) => q.route);
    expect(calls).toEqual(['GET /repos/{owner}/{repo}/collaborators/{username}/permission']);
  });

  test('a login GitHub does not know (404 on the permission lookup) is refused, with no error annotation', async () => {
    const route = 'GET /repos/{owner}/{repo}/collaborators/{username}/permission';
    w.gh.faults.add({ route, status: 404 });
    const before = w.gh.requests.length;
    const sender = { login: 'ghost-user', type: 'User' };
    const r = ok(await w.run('triage', labeledEvent(issue, { ...t, sender })));
    expect(r.outputs.outcome).toBe('ignored');
    expect(r.stdout).toContain('::notice::LailaTov triage: ignored: ghost-user');
    // The 404 is an answer, not a failure: no ::error:: line (@octokit/rest's request log, once
    // in the actions' client, wrote one for every failed request).
    expect(r.stdout).not.toContain('::error::');
    expect(w.gh.requests.slice(before).map((q) => [q.route, q.status])).toEqual([[route, 404]]);
  });

  test("the author's reply re-runs triage on the whole thread: clear, label removed, write dispatched", async () => {
    const id = await comment(w, issue, 'alice', 'No spaces; only the compact form.');
    const r = ok(await w.run('triage', commentEvent(issue, t, id, 'alice')));
    expect(r.outputs.outcome).toBe('clear');
    expect(labels()).not.toContain('needs-clarification');
    expect(
      repo()
        .issueComments.get(id)
        ?.reactions.map((x) => x.content),
    ).toEqual(['eyes']);
    expect(repo().dispatches.map((d) => d.eventType)).toEqual(['lailatov-write']);
  });

  test('a permanent failure ends with a clear error, a neutral check and an infra_error record', async () => {
    ok((await w.followDispatch()).result);
    // The review rides in one GraphQL request with the round's other writes (batched).
    w.gh.faults.add({
      route: 'POST /graphql',
      bodyIncludes: 'addPullRequestReview',
      status: 502,
      times: 50,
    });
    const { result } = await w.followDispatch();
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /::error::LailaTov review: GitHub answered 502 .* to POST \/graphql while posting the review of PR #\d+/,
    );
    // The check the review started in_progress is the one that ends neutral: no false green.
    const checks = repo().checkRuns.filter((c) => c.name === 'LailaTov review');
    expect(checks.map((c) => [c.status, c.conclusion])).toEqual([['completed', 'neutral']]);
    expect(mutationInputs(w.gh.requests, 'createCheckRun').map((m) => m.input)).toEqual([
      expect.objectContaining({ status: 'IN_PROGRESS' }),
    ]);
    const checkCalls = w.gh.requests.filter((q) => q.route?.includes('/check-runs'));
    expect(checkCalls.map((q) => [q.method, q.body])).toEqual([
      ['PATCH', expect.objectContaining({ conclusion: 'neutral' })],
    ]);
    const records = await outcomeRecords(w);
    expect(records.map((x) => x.outcome)).toEqual(['needs_clarification', 'infra_error']);
    expect(result.summary).toContain('LailaTov review failed');
    w.gh.faults.clear();
  });
});

describe('who may start a run, events with nothing to do, and escalation', () => {
  let w: World;
  let issue: number;
  let t: { title: string; body: string };
  beforeAll(async () => {
    w = await startWorld();
    t = await demoIssue();
    issue = await openIssue(w, t);
  });
  afterAll(async () => w?.close());
  const repo = () => w.gh.repo(REPO);

  test('a label from a read-only user or an unlisted bot starts nothing', async () => {
    for (const sender of [
      { login: 'rita', type: 'User' },
      { login: 'renovate[bot]', type: 'Bot' },
    ]) {
      const r = ok(await w.run('triage', labeledEvent(issue, { ...t, sender })));
      expect(r.outputs.outcome).toBe('ignored');
      expect(r.summary).toContain(sender.login);
    }
    expect(repo().issues.get(issue)?.reactions).toHaveLength(0);
    expect([...repo().issueComments.values()]).toHaveLength(0);
    expect(repo().dispatches).toHaveLength(0);
  });

  test('an event with nothing to do says so and exits 0', async () => {
    const r = ok(await w.run('triage', { name: 'push', payload: { ref: 'refs/heads/main' } }));
    expect(r.outputs.outcome).toBe('ignored');
    expect(r.summary).toContain('nothing to do for push');
    const wrong = ok(
      await w.run('review', {
        name: 'repository_dispatch',
        payload: {
          action: 'lailatov-write',
          client_payload: { issue, round: 0, correlationId: 'c' },
          sender: { login: BOT, type: 'Bot' },
        },
      }),
    );
    expect(wrong.summary).toContain('asks for the write stage');
  });

  test('findings past the round limit escalate: PR comment, label, Slack Block Kit, escalated record', async () => {
    ok(await w.run('triage', labeledEvent(issue, t)));
    ok((await w.followDispatch()).result);
    const { result } = await w.followDispatch({ 'max-rounds': '0' });
    ok(result);
    expect(result.outputs.outcome).toBe('escalated');
    const pr = [...repo().pulls.values()][0];
    const prComments = [...repo().issueComments.values()].filter(
      (c) => c.issueNumber === pr?.number,
    );
    expect(prComments.map((c) => c.body).join('\n')).toContain('stopped (escalated)');
    expect(repo().issues.get(issue)?.labels).toContain('agent:escalated');
    expect(w.slack.bodies).toHaveLength(1);
    const slack = w.slack.bodies[0] as { blocks: { type: string; text?: { text: string } }[] };
    expect(slack.blocks.map((b) => b.type)).toEqual(['header', 'section', 'context']);
    expect(slack.blocks[1]?.text?.text).toContain('tests-for-behaviour-change');
    expect(pr?.draft).toBe(true);
    const records = await outcomeRecords(w);
    expect(records.map((x) => x.outcome)).toEqual(['escalated']);
    expect(repo().dispatches.map((d) => d.eventType)).toEqual([
      'lailatov-write',
      'lailatov-review',
    ]);
  });

  test('an agent-task without an issue (the ClickUp relay) opens one, then a draft PR for it', async () => {
    const before = repo().issues.size;
    const r = ok(
      await w.run('write', {
        name: 'repository_dispatch',
        payload: {
          action: 'agent-task',
          client_payload: {
            title: 'Compound durations in parseDuration',
            description: 'Add up every part of "1h30m".',
            clickup_task_id: 'cu-9',
            correlation_id: 'corr-9',
          },
          sender: { login: 'alice', type: 'User' },
        },
      }),
    );
    expect(r.outputs.outcome).toBe('pr_opened');
    const created = [...repo().issues.values()].find(
      (i) => i.title === 'Compound durations in parseDuration',
    );
    expect(created?.body).toContain('ClickUp cu-9');
    expect(repo().issues.size).toBe(before + 2);
    expect(r.outputs['issue-number']).toBe(String(created?.number));
    expect(r.outputs['correlation-id']).toBe('corr-9');
    expect(r.outputs.branch).toBe(
      `agent/issue-${created?.number}-compound-durations-in-parseduration`,
    );
  });
});
