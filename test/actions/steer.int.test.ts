// Who may start or steer a run, and where the settings come from, on the GitHub emulator with the
// action run from source: the author's reply only when a writer labeled and the suite asked, a
// bot's chaining dispatch only with the one-time nonce the previous stage wrote, no second write
// for one issue, and the config of the base, never of the PR's head.
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { access, mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PROGRESS_KEY } from '../../src/action/progress.js';
import { stickyMarker } from '../../src/forge/github/comments.js';
import { writePrState } from '../../src/forge/github/state-marker.js';
import {
  REPO,
  demoAnswers,
  demoIssue,
  demoRules,
  git,
  labeledEvent,
  ok,
  openIssue,
  startWorld,
  type EventSpec,
  type World,
} from './harness.js';

jest.setTimeout(240_000);

const alice = { login: 'alice', type: 'User' };
const ACTIONS_BOT = { login: 'github-actions[bot]', type: 'Bot' };

const UNCLEAR = {
  clear: false,
  confidence: 0.3,
  question: 'Should "1h30m" also accept spaces, like "1h 30m"?',
  defaultAssumption: 'No spaces.',
  why: 'The parser rejects anything else.',
  acceptanceCriteria: [],
  complexity: 'low',
};

/** `login` acts through the API with its own token, as a person does. */
function as(
  w: World,
  login: string,
): (method: string, path: string, body: unknown) => Promise<unknown> {
  w.gh.addToken(`tok-${login}`, { issues: 'write', contents: 'read' }, { login });
  return async (method, path, body) => {
    const res = await fetch(`${w.gh.url}/repos/${REPO}${path}`, {
      method,
      headers: { authorization: `token tok-${login}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
}

const label = (w: World, login: string, issue: number, name: string) =>
  as(w, login)('POST', `/issues/${issue}/labels`, { labels: [name] });

async function reply(w: World, login: string, issue: number, t: { title: string; body: string }) {
  const c = (await as(w, login)('POST', `/issues/${issue}/comments`, { body: 'No spaces.' })) as {
    id: number;
  };
  const user = { login, type: 'User' };
  return {
    name: 'issue_comment',
    payload: {
      action: 'created',
      issue: {
        number: issue,
        title: t.title,
        body: t.body,
        user: { login },
        labels: [{ name: 'ai-agent' }, { name: 'needs-clarification' }],
      },
      comment: { id: c.id, body: 'No spaces.', user },
      sender: user,
    },
  } satisfies EventSpec;
}

const dispatch = (stage: string, clientPayload: Record<string, unknown>): EventSpec => ({
  name: 'repository_dispatch',
  payload: { action: `lailatov-${stage}`, client_payload: clientPayload, sender: ACTIONS_BOT },
});

describe("the issue author's reply steers a run only when a writer labeled and the suite asked", () => {
  let w: World;
  let t: { title: string; body: string };
  beforeAll(async () => {
    const clear = (await demoAnswers()).triage_verdict?.[0];
    w = await startWorld({
      source: true,
      collaborators: { tina: 'triage' },
      rules: await demoRules({ triage_verdict: [UNCLEAR, UNCLEAR, clear] }),
    });
    t = await demoIssue();
  });
  afterAll(async () => w?.close());
  const repo = () => w.gh.repo(REPO);

  test('needs-clarification put on by a triage-role user does not let a read-only author through', async () => {
    const issue = await openIssue(w, { ...t, author: 'rita' });
    await label(w, 'alice', issue, 'ai-agent');
    await label(w, 'tina', issue, 'needs-clarification');
    const r = ok(await w.run('triage', await reply(w, 'rita', issue, t)));
    expect(r.outputs.outcome).toBe('ignored');
    expect(r.stdout).toContain('::notice::LailaTov triage: ignored: rita');
    expect(r.summary).toContain('`needs-clarification` was put on by tina, not by LailaTov');
    expect(repo().issues.get(issue)?.reactions).toHaveLength(0);
    expect(repo().dispatches).toHaveLength(0);
  });

  test('the trigger label put on by a triage-role user does not let the author through, even when the suite asked', async () => {
    const issue = await openIssue(w, { ...t, author: 'rita' });
    await label(w, 'tina', issue, 'ai-agent');
    // A writer starts triage by hand; it asks, and puts needs-clarification on itself.
    const asked = ok(
      await w.run('triage', {
        name: 'workflow_dispatch',
        payload: { inputs: { number: String(issue) }, sender: alice },
      }),
    );
    expect(asked.outputs.outcome).toBe('needs_clarification');
    expect(repo().issues.get(issue)?.labels).toContain('needs-clarification');
    const r = ok(await w.run('triage', await reply(w, 'rita', issue, t)));
    expect(r.outputs.outcome).toBe('ignored');
    expect(r.summary).toContain('`ai-agent` was put on by tina, who may not start a run');
    expect(repo().dispatches).toHaveLength(0);
  });

  test("the author's reply is taken when a writer put the label on and the suite asked", async () => {
    const issue = await openIssue(w, { ...t, author: 'rita' });
    await label(w, 'alice', issue, 'ai-agent');
    const asked = ok(await w.run('triage', labeledEvent(issue, { ...t, author: 'rita' })));
    expect(asked.outputs.outcome).toBe('needs_clarification');
    const r = ok(await w.run('triage', await reply(w, 'rita', issue, t)));
    expect(r.outputs.outcome).toBe('clear');
    expect(repo().dispatches.map((d) => d.eventType)).toEqual(['lailatov-write']);
  });
});

describe('chaining dispatches carry a one-time nonce; no stage starts twice', () => {
  let w: World;
  let issue: number;
  let t: { title: string; body: string };
  beforeAll(async () => {
    const clear = (await demoAnswers()).triage_verdict?.[0];
    w = await startWorld({
      source: true,
      rules: await demoRules({ triage_verdict: [clear, clear] }),
    });
    t = await demoIssue();
    issue = await openIssue(w, t);
    ok(await w.run('triage', labeledEvent(issue, t)));
  });
  afterAll(async () => w?.close());
  const repo = () => w.gh.repo(REPO);
  const writeDispatch = () => repo().dispatches.find((d) => d.eventType === 'lailatov-write');

  test('the write dispatch carries the nonce triage wrote into the progress comment', () => {
    const nonce = (writeDispatch()?.clientPayload as { nonce?: string }).nonce ?? '';
    expect(nonce).toMatch(/^[0-9a-f-]{36}$/);
    const sticky = [...repo().issueComments.values()].find((c) =>
      c.body.startsWith('<!-- lailatov:sticky:progress'),
    );
    expect(sticky?.body).toContain(nonce);
  });

  test('a re-run of triage does not dispatch a second write', async () => {
    const again = ok(await w.run('triage', labeledEvent(issue, t), {}, { newRun: true }));
    expect(again.outputs.outcome).toBe('clear');
    expect(again.summary).toContain('no write was dispatched');
    expect(again.summary).toContain('not started twice');
    expect(repo().dispatches).toHaveLength(1);
  });

  test('a forged write dispatch (no nonce, an unknown nonce) is ignored with a notice', async () => {
    const base = { issue, round: 0, correlationId: 'forged' };
    for (const [payload, why] of [
      [base, 'carries no nonce'],
      [{ ...base, nonce: randomUUID() }, 'carries an unknown nonce'],
    ] as const) {
      const r = ok(await w.run('write', dispatch('write', payload)));
      expect(r.outputs.outcome).toBe('ignored');
      expect(r.stdout).toContain(`::notice::LailaTov write: ignored: this write dispatch ${why}`);
      expect(r.summary).toContain(why);
    }
    expect(repo().pulls.size).toBe(0);
    expect(repo().dispatches).toHaveLength(1);
  });

  test("a person's comment that imitates the progress state, with a nonce of their own, is not the state", async () => {
    const other = await openIssue(w, { ...t, author: 'rita' });
    const nonce = randomUUID();
    const forged = writePrState(`${stickyMarker(PROGRESS_KEY)}\nprogress`, {
      v: 1,
      correlationId: 'forged',
      verdict: null,
      stages: [],
      requestedBy: null,
      pr: null,
      prUrl: null,
      dispatch: { pending: { nonce, stage: 'write' }, used: [] },
    });
    await as(w, 'rita')('POST', `/issues/${other}/comments`, { body: forged });
    const r = ok(
      await w.run(
        'write',
        dispatch('write', { issue: other, round: 0, correlationId: 'f', nonce }),
      ),
    );
    expect(r.outputs.outcome).toBe('ignored');
    expect(r.summary).toContain('carries an unknown nonce');
    expect(repo().pulls.size).toBe(0);
  });

  test('the real dispatch runs once; the same nonce sent again by another run is ignored', async () => {
    const real = writeDispatch();
    if (!real) throw new Error('no write dispatch');
    const first = await w.followDispatch();
    expect(ok(first.result).outputs.outcome).toBe('pr_opened');
    const reused = ok(
      await w.run(
        'write',
        dispatch('write', real.clientPayload as Record<string, unknown>),
        {},
        {
          newRun: true,
        },
      ),
    );
    expect(reused.outputs.outcome).toBe('ignored');
    expect(reused.summary).toMatch(/carries a nonce already used by run \d+/);
    expect(repo().pulls.size).toBe(1);
    expect(repo().dispatches.map((d) => d.eventType)).toEqual([
      'lailatov-write',
      'lailatov-review',
    ]);
  });

  test('a forged review dispatch without the nonce in the PR body is ignored', async () => {
    const pr = [...repo().pulls.values()][0];
    const before = repo().checkRuns.length;
    const r = ok(
      await w.run(
        'review',
        dispatch('review', { issue, pr: pr?.number, round: 0, correlationId: 'x' }),
      ),
    );
    expect(r.outputs.outcome).toBe('ignored');
    expect(r.summary).toContain(`this review dispatch carries no nonce`);
    expect(r.summary).toContain(`the body of PR #${pr?.number}`);
    expect(repo().checkRuns).toHaveLength(before);
    expect(repo().reviews).toHaveLength(0);
  });
});

describe('settings from the base', () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld({ source: true });
    const t = await demoIssue();
    const issue = await openIssue(w, t);
    ok(await w.run('triage', labeledEvent(issue, t)));
    ok((await w.followDispatch()).result);
  });
  afterAll(async () => w?.close());
  const repo = () => w.gh.repo(REPO);

  test('a PR whose head changes .github/lailatov.yml does not get its config used by review', async () => {
    const pr = [...repo().pulls.values()][0];
    if (!pr) throw new Error('no PR');
    const dir = await mkdtemp(join(w.root, 'push-'));
    await git(w.root, 'clone', '-q', '--branch', pr.headRef, `file://${w.gh.repoPath(REPO)}`, dir);
    await writeFile(
      join(dir, '.github/lailatov.yml'),
      [
        'baseBranch: main',
        `testCommand: [node, -e, "require('fs').writeFileSync('HEAD-CONFIG-RAN', 'x')"]`,
        'budgets:',
        '  issue: 1000',
        'engines:',
        '  write: [replay]',
        '  remediate: [replay]',
        '',
      ].join('\n'),
    );
    await git(dir, 'commit', '-q', '-am', 'ci: my own settings');
    await git(dir, 'push', '-q', 'origin', `HEAD:refs/heads/${pr.headRef}`);
    const head = (await git(dir, 'rev-parse', 'HEAD')).trim();
    // A pull_request job's checkout is the PR itself.
    const r = await w.run(
      'review',
      {
        name: 'pull_request',
        payload: {
          action: 'synchronize',
          number: pr.number,
          pull_request: {
            number: pr.number,
            draft: true,
            head: { ref: pr.headRef, sha: head, repo: { full_name: REPO } },
            base: { ref: 'main' },
          },
          sender: alice,
        },
      },
      {},
      { ref: pr.headRef },
    );
    expect(r.stdout).not.toContain('::error::');
    // The base's test command ran (node --test), not the head's.
    const ran = await access(join(r.workspace, 'HEAD-CONFIG-RAN')).then(
      () => true,
      () => false,
    );
    expect(ran).toBe(false);
    expect(repo().checkRuns.filter((c) => c.headSha === head)).toHaveLength(1);
  });
});
