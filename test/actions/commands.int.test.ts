// Issue 14, Builds 3 and 4: comment commands and plan approval, end to end on the GitHub emulator
// with the action run from source (the root action, stage auto, as the router's command job runs
// it). Each command: 👀 on the comment, one reply, a line in the outcome log with its cost.
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { PROGRESS_KEY } from '../../src/action/progress.js';
import { stickyMarker } from '../../src/forge/github/comments.js';
import { writePrState } from '../../src/forge/github/state-marker.js';
import type { Rule } from '../support/model/types.js';
import { ANSWER, commentEvent, extraRules, reply } from './command-world.js';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  REPO,
  git,
  demoIssue,
  labeledEvent,
  ok,
  openIssue,
  outcomeRecords,
  startWorld,
  type EventSpec,
  type World,
} from './harness.js';

jest.setTimeout(300_000);

describe('comment commands', () => {
  let w: World;
  let issue: number;
  let pr: number;
  const repo = () => w.gh.repo(REPO);
  const repliesTo = (id: number) =>
    [...repo().issueComments.values()].filter((c) =>
      c.body.startsWith(`<!-- lailatov:sticky:command-${id} -->`),
    );
  const eyes = (id: number) =>
    repo()
      .issueComments.get(id)
      ?.reactions.filter((r) => r.content === 'eyes').length ?? 0;
  const run = (e: EventSpec, opts: { newRun?: boolean } = {}) => w.run('lailatov', e, {}, opts);

  beforeAll(async () => {
    w = await startWorld({ source: true, rules: await extraRules() });
    const t = await demoIssue();
    issue = await openIssue(w, t);
    ok(await w.run('triage', labeledEvent(issue, t)));
    const write = ok((await w.followDispatch()).result);
    pr = Number(write.outputs['pr-number']);
  });
  afterAll(async () => w?.close());

  test('help: 👀 at once, one reply with the list, a line in the log', async () => {
    const c = await commentEvent(w, { number: issue, login: 'alice', body: '@lailatov help' });
    const r = ok(await run(c.event));
    expect(r.outputs.outcome).toBe('answered');
    expect(eyes(c.id)).toBe(1);
    const [answer, ...more] = repliesTo(c.id);
    expect(more).toHaveLength(0);
    for (const cmd of ['start', 'plan', 'approve', 'review', 'describe', 'ask', 'fix', 'stop'])
      expect(answer?.body).toContain(`@lailatov ${cmd}`);
    const line = (await outcomeRecords(w)).find((x) => x.correlationId === `command-${c.id}`);
    expect(line).toMatchObject({ outcome: 'answered', issue, source: 'issue-comment' });
  });

  test('an unknown command answers with the list', async () => {
    const c = await commentEvent(w, {
      number: issue,
      login: 'alice',
      body: '@lailatov deploy prod',
    });
    ok(await run(c.event));
    const [answer] = repliesTo(c.id);
    expect(answer?.body).toContain('I do not know the command `deploy`');
    expect(answer?.body).toContain('@lailatov ask');
  });

  test("a non-writer's command is ignored: a log line, no reply, no record", async () => {
    const before = (await outcomeRecords(w)).length;
    const c = await commentEvent(w, { number: issue, login: 'rita', body: '@lailatov help' });
    const r = ok(await run(c.event));
    expect(r.outputs.outcome).toBe('ignored');
    expect(r.stdout).toContain('rita');
    expect(repliesTo(c.id)).toHaveLength(0);
    expect(eyes(c.id)).toBe(0);
    expect(await outcomeRecords(w)).toHaveLength(before);
  });

  test('the same comment delivered twice, or its job re-run, starts one run', async () => {
    const c = await commentEvent(w, { number: issue, login: 'alice', body: '/help' });
    ok(await run(c.event));
    const redelivered = ok(await run(c.event, { newRun: true }));
    const rerun = ok(await run(c.event));
    expect(redelivered.outputs.outcome).toBe('ignored');
    expect(rerun.outputs.outcome).toBe('ignored');
    expect(repliesTo(c.id)).toHaveLength(1);
    const lines = (await outcomeRecords(w)).filter((x) => x.correlationId === `command-${c.id}`);
    expect(lines).toHaveLength(1);
  });

  test('ask answers in a reply, read-only, with its cost on the log', async () => {
    const head = repo().pulls.get(pr)?.headSha;
    const c = await commentEvent(w, {
      number: pr,
      pr: true,
      login: 'alice',
      body: '@lailatov ask why is the retry capped?',
    });
    const r = ok(await run(c.event));
    expect(r.outputs.outcome).toBe('answered');
    const [answer] = repliesTo(c.id);
    expect(answer?.body).toContain(ANSWER);
    expect(answer?.body).toContain('read-only');
    expect(repo().pulls.get(pr)?.headSha).toBe(head);
    const records = await outcomeRecords(w);
    const line = records.find(
      (x) => x.pr === pr && (x.stages as { stage: string }[])[0]?.stage === 'ask',
    );
    expect(line).toMatchObject({ outcome: 'answered', issue });
    expect((line?.totals as { costUsd: number }).costUsd).toBeGreaterThan(0);
  });

  test('describe writes the PR description and keeps the state marker', async () => {
    const c = await commentEvent(w, { number: pr, pr: true, login: 'alice', body: '/describe' });
    ok(await run(c.event));
    const body = repo().issues.get(pr)?.body ?? '';
    expect(body).toContain('<!-- lailatov:description -->');
    expect(body).toContain('Parses "1h30m" durations.');
    expect(body).toContain('lailatov:state');
    expect(repliesTo(c.id)[0]?.body).toContain('description is updated');
    // Again: replaced in place, not added twice.
    const again = await commentEvent(w, {
      number: pr,
      pr: true,
      login: 'alice',
      body: '/describe',
    });
    ok(await run(again.event));
    expect((repo().issues.get(pr)?.body ?? '').split('<!-- lailatov:description -->')).toHaveLength(
      2,
    );
  });

  test('fix runs a remediation round for the request and dispatches a review', async () => {
    const head = repo().pulls.get(pr)?.headSha;
    const c = await commentEvent(w, {
      number: pr,
      pr: true,
      login: 'alice',
      body: '@lailatov fix handle an empty string',
    });
    const r = ok(await run(c.event));
    expect(r.outputs.outcome).toBe('remediated');
    expect(repo().pulls.get(pr)?.headSha).not.toBe(head);
    expect(repo().dispatches.at(-1)?.eventType).toBe('lailatov-review');
    expect(repliesTo(c.id)[0]?.body).toContain('**remediated**');
  });

  test('stop labels the PR and the issue, records cancelled, and later stages honour it', async () => {
    const c = await commentEvent(w, {
      number: pr,
      pr: true,
      login: 'alice',
      body: '@lailatov stop',
    });
    const r = ok(await run(c.event));
    expect(r.outputs.outcome).toBe('cancelled');
    expect(repo().issues.get(pr)?.labels).toContain('agent:stopped');
    expect(repo().issues.get(issue)?.labels).toContain('agent:stopped');
    expect((await outcomeRecords(w)).some((x) => x.pr === pr && x.outcome === 'cancelled')).toBe(
      true,
    );
    // The review the fix dispatched now finds the PR stopped and does nothing.
    const { result } = await w.followDispatch();
    expect(ok(result).outputs.outcome).toBe('ignored');
    expect(result.stdout).toContain('agent:stopped');
  });

  test('a PR command on an issue says where it works, with the list', async () => {
    const c = await commentEvent(w, { number: issue, login: 'alice', body: '/describe' });
    ok(await run(c.event));
    expect(repliesTo(c.id)[0]?.body).toContain('`describe` works on a pull request, not an issue.');
  });
});

describe('plan approval', () => {
  let w: World;
  afterAll(async () => w?.close());

  test('plan posts a plan and waits; approve from a writer writes from it', async () => {
    w = await startWorld({ source: true, rules: await extraRules() });
    const repo = () => w.gh.repo(REPO);
    const t = await demoIssue();
    const issue = await openIssue(w, t);
    const p = await commentEvent(w, { number: issue, login: 'alice', body: '@lailatov plan' });
    const planned = ok(await w.run('lailatov', p.event));
    expect(planned.outputs.outcome).toBe('plan_posted');
    const planComment = [...repo().issueComments.values()].find((c) =>
      c.body.startsWith('<!-- lailatov:sticky:plan -->'),
    );
    expect(planComment?.body).toContain('1. Add the parser');
    expect(planComment?.body).toContain('@lailatov approve');
    expect(repo().issues.get(issue)?.labels).toContain('agent:plan-pending');
    expect(repo().pulls.size).toBe(0);

    const a = await commentEvent(w, { number: issue, login: 'alice', body: '@lailatov approve' });
    const written = ok(await w.run('lailatov', a.event));
    expect(written.outputs.outcome).toBe('pr_opened');
    expect(repo().pulls.size).toBe(1);
    expect(repo().issues.get(issue)?.labels).not.toContain('agent:plan-pending');
    const prNumber = Number(written.outputs['pr-number']);
    expect(repo().issues.get(prNumber)?.body).toContain('1. Add the parser');
  });

  test('with planApproval: always, write posts the plan instead of writing', async () => {
    const w2 = await startWorld({
      source: true,
      rules: await extraRules(),
      files: { '.github/lailatov.yml': 'planApproval: always\n' },
    });
    try {
      const t = await demoIssue();
      const issue = await openIssue(w2, t);
      ok(await w2.run('triage', labeledEvent(issue, t)));
      const write = ok((await w2.followDispatch()).result);
      expect(write.outputs.outcome).toBe('plan_posted');
      expect(w2.gh.repo(REPO).pulls.size).toBe(0);
    } finally {
      await w2.close();
    }
  });
});

describe('plan revision', () => {
  test("with planApproval, a writer's reply that edits the plan revises it, and approve writes from the revised plan", async () => {
    // The revision is answered only when the prompt carries the previous plan and the change.
    const revised: Rule = {
      name: 'plan-revised',
      when: { toolChoice: 'plan', promptIncludes: 'Your previous plan:\n\n1. Add the parser' },
      reply: {
        toolUses: [
          {
            name: 'plan',
            input: { steps: ['Add the parser', 'Reject negative durations', 'Add tests'] },
          },
        ],
      },
      times: 1,
    };
    const w = await startWorld({
      source: true,
      rules: [revised, ...(await extraRules())],
      files: { '.github/lailatov.yml': 'planApproval: always\n' },
    });
    try {
      const repo = () => w.gh.repo(REPO);
      const plans = () =>
        [...repo().issueComments.values()].filter((c) =>
          c.body.startsWith('<!-- lailatov:sticky:plan -->'),
        );
      const t = await demoIssue();
      const issue = await openIssue(w, t);
      ok(await w.run('triage', labeledEvent(issue, t)));
      expect(ok((await w.followDispatch()).result).outputs.outcome).toBe('plan_posted');
      expect(plans().map((c) => c.body)).toEqual([expect.stringContaining('2. Add tests')]);

      // A reader's edit changes nothing; a writer's revises the plan in place and waits again.
      const rita = await commentEvent(w, {
        number: issue,
        login: 'rita',
        body: '@lailatov plan skip the tests',
      });
      expect(ok(await w.run('lailatov', rita.event)).outputs.outcome).toBe('ignored');
      const edit = await commentEvent(w, {
        number: issue,
        login: 'alice',
        body: '@lailatov plan also reject negative durations',
      });
      expect(ok(await w.run('lailatov', edit.event)).outputs.outcome).toBe('plan_posted');
      const [plan, ...more] = plans();
      expect(more).toEqual([]);
      expect(plan?.body).toContain('(revised)');
      expect(plan?.body).toContain('2. Reject negative durations');
      expect(repo().issues.get(issue)?.labels).toContain('agent:plan-pending');
      expect(repo().pulls.size).toBe(0);

      const a = await commentEvent(w, { number: issue, login: 'alice', body: '@lailatov approve' });
      const written = ok(await w.run('lailatov', a.event));
      expect(written.outputs.outcome).toBe('pr_opened');
      const body = repo().issues.get(Number(written.outputs['pr-number']))?.body ?? '';
      expect(body).toContain('2. Reject negative durations');
      expect(repo().issues.get(issue)?.labels).not.toContain('agent:plan-pending');
    } finally {
      await w.close();
    }
  });
});

describe('a spent budget', () => {
  test('a command on an issue whose budget is spent says so and spends nothing', async () => {
    const w = await startWorld({ source: true, rules: await extraRules() });
    try {
      const t = await demoIssue();
      const issue = await openIssue(w, t);
      // The issue's ledger, as the suite keeps it in its progress comment: $12, past the demo's budget.
      const spent = writePrState(`${stickyMarker(PROGRESS_KEY)}\nprogress`, {
        v: 1,
        correlationId: 'c-spent',
        verdict: null,
        stages: [
          {
            stage: 'triage',
            engine: 'model',
            model: 'claude-sonnet-4-6',
            provider: 'anthropic',
            costUsd: 12,
            tokens: { input: 1, output: 1, cacheRead: 0, cacheWrite: 0 },
            turns: 1,
            durationMs: 1,
            outcome: 'completed',
          },
        ],
        requestedBy: 'alice',
        pr: null,
        prUrl: null,
      });
      w.gh.addToken('tok-suite', { issues: 'write' }, { login: 'github-actions[bot]' });
      await fetch(`${w.gh.url}/repos/${REPO}/issues/${issue}/comments`, {
        method: 'POST',
        headers: { authorization: 'token tok-suite', 'content-type': 'application/json' },
        body: JSON.stringify({ body: spent }),
      });
      const c = await commentEvent(w, { number: issue, login: 'alice', body: '@lailatov plan' });
      const r = ok(await w.run('lailatov', c.event));
      expect(r.outputs.outcome).toBe('budget_exceeded');
      const replyBody = [...w.gh.repo(REPO).issueComments.values()].find((x) =>
        x.body.startsWith(`<!-- lailatov:sticky:command-${c.id} -->`),
      )?.body;
      expect(replyBody).toMatch(/the issue budget of \$\d+ is spent \(\$12\.0000 so far\)/);
      const line = (await outcomeRecords(w)).find((x) => x.correlationId === `command-${c.id}`);
      expect(line).toMatchObject({ outcome: 'budget_exceeded', issue });
      expect((line?.totals as { costUsd: number }).costUsd).toBe(0);
      const comments = [...w.gh.repo(REPO).issueComments.values()];
      expect(comments.some((x) => x.body.includes('sticky:plan'))).toBe(false);
      // One reply: no escalation comment, no label.
      expect(comments.filter((x) => x.body.includes('LailaTov** stopped'))).toHaveLength(0);
      expect(w.gh.repo(REPO).issues.get(issue)?.labels).not.toContain('agent:escalated');
    } finally {
      await w.close();
    }
  });
});

describe("review on a person's PR", () => {
  test('posts inline suggestions and a check run, and pushes nothing', async () => {
    const finding = {
      severity: 'major',
      path: 'README.md',
      startLine: 1,
      endLine: 1,
      rule: 'docs-accuracy',
      message: 'The first line promises more than the code does.',
      suggestion: 'Say what the parser accepts.',
    };
    const w = await startWorld({
      source: true,
      rules: [
        reply('review_findings', { summary: 'One issue.', findings: [finding], previous: [] }),
      ],
    });
    try {
      const repo = () => w.gh.repo(REPO);
      const dir = await w.checkout();
      const readme = await readFile(join(dir, 'README.md'), 'utf8');
      await writeFile(join(dir, 'README.md'), `Parses every duration you can think of.\n${readme}`);
      await git(dir, 'checkout', '-q', '-b', 'feature/readme');
      await git(dir, 'commit', '-qam', 'docs: a bold first line');
      await git(dir, 'push', '-q', 'origin', 'feature/readme');
      w.gh.addToken(
        'tok-alice',
        { issues: 'write', pull_requests: 'write', contents: 'write' },
        { login: 'alice' },
      );
      const res = await fetch(`${w.gh.url}/repos/${REPO}/pulls`, {
        method: 'POST',
        headers: { authorization: 'token tok-alice', 'content-type': 'application/json' },
        body: JSON.stringify({
          title: 'Docs',
          head: 'feature/readme',
          base: 'main',
          body: 'Mine.',
        }),
      });
      const pr = ((await res.json()) as { number: number }).number;
      const head = repo().pulls.get(pr)?.headSha;
      const c = await commentEvent(w, { number: pr, pr: true, login: 'alice', body: '/review' });
      const r = ok(await w.run('lailatov', c.event));
      expect(r.outputs.outcome).toBe('findings');
      expect(
        repo()
          .reviewComments.filter((x) => x.pullNumber === pr)
          .map((x) => x.path),
      ).toEqual(['README.md']);
      const check = repo().checkRuns.find((x) => x.headSha === head);
      expect(check).toMatchObject({
        name: 'LailaTov review',
        status: 'completed',
        conclusion: 'failure',
      });
      expect(repo().pulls.get(pr)?.headSha).toBe(head);
      expect(repo().issues.get(pr)?.body).toBe('Mine.');
      expect(repo().dispatches).toHaveLength(0);
      const line = (await outcomeRecords(w)).find((x) => x.pr === pr);
      expect(line).toMatchObject({ outcome: 'answered', source: 'issue-comment' });
    } finally {
      await w.close();
    }
  });
});
