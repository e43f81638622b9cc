// The built actions on the other events of issue #6: a human's push to an agent PR (through the
// root action's routing), stale chaining dispatches, and workflow_dispatch with a number.
import { mutationInputs } from './graphql-calls.js';
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  BOT,
  REPO,
  REPOSITORY,
  demoAnswers,
  demoIssue,
  demoRules,
  firstTwice,
  git,
  labeledEvent,
  ok,
  openIssue,
  outcomeRecords,
  startWorld,
  type EventSpec,
  type World,
} from './harness.js';

jest.setTimeout(240_000);

/** The head of a branch in the emulator's bare repository. */
const headOf = async (w: World, branch: string): Promise<string> =>
  (await git(w.root, '--git-dir', w.gh.repoPath(REPO), 'rev-parse', `refs/heads/${branch}`)).trim();

/** A person's commit on `branch`, pushed with git (the emulator moves the PR's head). */
async function humanPush(w: World, branch: string, file: string, text: string): Promise<string> {
  const dir = await mkdtemp(join(w.root, 'human-'));
  await git(w.root, 'clone', '-q', '--branch', branch, `file://${w.gh.repoPath(REPO)}`, dir);
  await writeFile(join(dir, file), text);
  await git(dir, 'commit', '-q', '-am', 'docs: a human edit');
  await git(dir, 'push', '-q', 'origin', `HEAD:refs/heads/${branch}`);
  return headOf(w, branch);
}

function synchronize(
  pr: { number: number; headRef: string },
  headSha: string,
  sender: { login: string; type: string },
): EventSpec {
  return {
    name: 'pull_request',
    payload: {
      action: 'synchronize',
      number: pr.number,
      pull_request: {
        number: pr.number,
        draft: true,
        head: { ref: pr.headRef, sha: headSha, repo: { full_name: REPO } },
        base: { ref: 'main' },
      },
      sender,
    },
  };
}

/** A field of a dispatch's client_payload. */
const field = (d: { clientPayload: unknown } | undefined, name: string): unknown =>
  (d?.clientPayload as Record<string, unknown> | undefined)?.[name];

const replay = (d: { eventType: string; clientPayload: unknown }): EventSpec => ({
  name: 'repository_dispatch',
  payload: {
    action: d.eventType,
    client_payload: d.clientPayload,
    repository: REPOSITORY,
    sender: { login: BOT, type: 'Bot' },
  },
});

describe('a human push to the agent PR, and stale dispatches', () => {
  let w: World;
  let issue: number;
  const alice = { login: 'alice', type: 'User' };
  beforeAll(async () => {
    // The re-review after the push reports round 0's findings again.
    w = await startWorld({
      rules: await demoRules({
        review_findings: await firstTwice('review_findings'),
        spec_audit: await firstTwice('spec_audit'),
      }),
    });
    const t = await demoIssue();
    issue = await openIssue(w, t);
    ok(await w.run('triage', labeledEvent(issue, t)));
    ok((await w.followDispatch()).result);
    const review0 = await w.followDispatch();
    expect(ok(review0.result).outputs.outcome).toBe('findings');
  });
  afterAll(async () => w?.close());
  const repo = () => w.gh.repo(REPO);
  const pull = () => {
    const p = [...repo().pulls.values()][0];
    if (!p) throw new Error('no PR');
    return p;
  };
  const reviewChecks = () => repo().checkRuns.filter((c) => c.name === 'LailaTov review');

  test('every chaining dispatch after the PR exists names the head it was sent for', async () => {
    const head = await headOf(w, pull().headRef);
    expect(repo().dispatches.map((d) => [d.eventType, field(d, 'headSha')])).toEqual([
      ['lailatov-write', undefined],
      ['lailatov-review', head],
      ['lailatov-remediate', head],
    ]);
  });

  test("a synchronize by the suite's bot, or on a branch that is not agent/*, starts nothing", async () => {
    const head = await headOf(w, pull().headRef);
    const before = w.gh.requests.length;
    const bot = ok(await w.run('lailatov', synchronize(pull(), head, { login: BOT, type: 'Bot' })));
    expect(bot.outputs.outcome).toBe('ignored');
    expect(bot.summary).toContain('nothing to do for pull_request');
    expect(bot.summary).toContain(`pushed by the bot ${BOT}`);
    const feature = ok(
      await w.run(
        'lailatov',
        synchronize({ number: pull().number, headRef: 'feature/x' }, head, alice),
      ),
    );
    expect(feature.outputs.outcome).toBe('ignored');
    expect(feature.summary).toContain('head branch "feature/x" is not an agent/* branch');
    expect(w.gh.requests.length).toBe(before);
  });

  test('a human push re-reviews through the root action: a new check on the new head, a new round, no duplicate comments', async () => {
    const oldHead = pull().headSha;
    const before = { reviews: repo().reviews.length, comments: repo().reviewComments.length };
    expect(before.comments).toBe(2);
    const head = await humanPush(w, pull().headRef, 'README.md', '# demo\n\nEdited by a human.\n');
    expect(head).not.toBe(oldHead);
    const from = w.gh.requests.length;
    const r = ok(await w.run('lailatov', synchronize(pull(), head, alice)));
    expect(r.outputs.stage).toBe('review');
    expect(r.outputs.outcome).toBe('findings');

    expect(repo().reviews).toHaveLength(before.reviews + 1);
    const latest = repo().reviews.at(-1);
    expect(latest?.commitId).toBe(head);
    expect(latest?.body).toContain('already commented on are still open');
    expect(repo().reviewComments).toHaveLength(before.comments);

    const onHead = reviewChecks().filter((c) => c.headSha === head);
    expect(onHead.map((c) => [c.status, c.conclusion])).toEqual([['completed', 'failure']]);
    // Started through GraphQL (batched with the run's first writes): in progress, on the new head.
    const created = mutationInputs(w.gh.requests.slice(from), 'createCheckRun');
    expect(created.map((c) => c.input)).toEqual([
      expect.objectContaining({ status: 'IN_PROGRESS', headSha: head }),
    ]);
    expect(reviewChecks().filter((c) => c.headSha === oldHead)).toHaveLength(1);

    expect(repo().dispatches.at(-1)).toMatchObject({
      eventType: 'lailatov-remediate',
      clientPayload: { round: 0, headSha: head },
    });
  });

  test('runs started for a head the PR has left are skipped with a notice and change nothing', async () => {
    const head = pull().headSha;
    // The remediation round 0's review asked for before the push.
    const oldRemediate = repo().dispatches.at(-2);
    if (oldRemediate?.eventType !== 'lailatov-remediate') throw new Error('no older remediate');
    const oldHead = String(field(oldRemediate, 'headSha'));
    const snapshot = () => ({
      dispatches: repo().dispatches.length,
      reviews: repo().reviews.length,
      comments: [...repo().issueComments.values()].map((c) => c.body),
      checks: reviewChecks().length,
      body: repo().issues.get(pull().number)?.body,
      labels: repo().issues.get(issue)?.labels,
    });
    const before = snapshot();

    const from = w.gh.requests.length;
    const r = ok(await w.run('remediate', replay(oldRemediate)));
    expect(r.outputs.outcome).toBe('stale');
    expect(r.summary).toContain('LailaTov remediate: nothing to do');
    expect(r.summary).toContain(
      `started for ${oldHead.slice(0, 12)}, but PR #${pull().number} has moved on to ${head.slice(0, 12)}`,
    );
    expect(r.stdout).toContain('::notice::');
    // One read of the PR (one GraphQL query; the config is read from its base commit in the
    // fetched git), no write.
    expect(w.gh.requests.slice(from).map((q) => q.route)).toEqual(['POST /graphql']);

    // A push event that arrives after the branch moved on is stale too.
    const late = ok(await w.run('review', synchronize(pull(), oldHead, alice)));
    expect(late.outputs.outcome).toBe('stale');
    expect(await headOf(w, pull().headRef)).toBe(head);
    expect(snapshot()).toEqual(before);
  });

  test('the current dispatch runs: remediation, then a clean review and the PR is ready', async () => {
    const remediated = await w.followDispatch();
    expect(ok(remediated.result).outputs).toMatchObject({ outcome: 'remediated', round: '1' });
    const review = await w.followDispatch();
    expect(ok(review.result).outputs.outcome).toBe('ready');
    expect(pull().draft).toBe(false);
    expect([...repo().threads.values()].filter((t) => t.isResolved)).toHaveLength(1);
    expect((await outcomeRecords(w)).map((x) => x.outcome)).toEqual(['ready']);
  });
});

describe('workflow_dispatch with a number', () => {
  let w: World;
  let t: { title: string; body: string };
  beforeAll(async () => {
    const verdict = (await demoAnswers()).triage_verdict ?? [];
    w = await startWorld({ rules: await demoRules({ triage_verdict: [...verdict, ...verdict] }) });
    t = await demoIssue();
  });
  afterAll(async () => w?.close());
  const repo = () => w.gh.repo(REPO);
  /** The event of the router workflow (.github/workflows/lailatov.yml): inputs stage and number. */
  const dispatched = (stage: string, n: number, login = 'alice'): EventSpec => ({
    name: 'workflow_dispatch',
    payload: {
      inputs: { stage, number: String(n) },
      ref: 'refs/heads/main',
      sender: { login, type: 'User' },
    },
  });

  test('stage triage: the triage action runs on that issue (the router passes number as issue-number)', async () => {
    const issue = await openIssue(w, t);
    const r = ok(
      await w.run('triage', dispatched('triage', issue), { 'issue-number': String(issue) }),
    );
    expect(r.outputs).toMatchObject({ outcome: 'clear', 'issue-number': String(issue) });
    expect(
      repo()
        .issues.get(issue)
        ?.reactions.map((x) => x.content),
    ).toEqual(['eyes']);
    expect(repo().issues.get(issue)?.labels).toContain('agent:working');
    expect(repo().dispatches.at(-1)).toMatchObject({
      eventType: 'lailatov-write',
      clientPayload: { issue },
    });
  });

  test('a given stage runs that stage on the issue: write opens the draft PR', async () => {
    const issue = [...repo().issues.keys()][0] ?? 0;
    const r = ok(
      await w.run('write', dispatched('write', issue), { 'issue-number': String(issue) }),
    );
    expect(r.outputs).toMatchObject({ outcome: 'pr_opened', 'issue-number': String(issue) });
    const pr = [...repo().pulls.values()][0];
    expect(repo().issues.get(pr?.number ?? 0)?.body).toContain(`Closes #${issue}`);
  });

  test('the root action reads the number from the event when no input carries it', async () => {
    const issue = await openIssue(w, t);
    const r = ok(await w.run('lailatov', dispatched('triage', issue), { stage: 'triage' }));
    expect(r.outputs).toMatchObject({
      stage: 'triage',
      outcome: 'clear',
      'issue-number': String(issue),
    });
    expect(
      repo()
        .issues.get(issue)
        ?.reactions.map((x) => x.content),
    ).toEqual(['eyes']);
  });

  test('a dispatch by someone with read permission starts nothing', async () => {
    const issue = await openIssue(w, t);
    const r = ok(
      await w.run('triage', dispatched('triage', issue, 'rita'), { 'issue-number': String(issue) }),
    );
    expect(r.outputs.outcome).toBe('ignored');
    expect(r.summary).toContain('rita');
    expect(repo().issues.get(issue)?.reactions).toHaveLength(0);
  });
});
