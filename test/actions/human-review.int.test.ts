// Iteration on human review, end to end on the GitHub emulator with the built actions (dist/):
// a writer's review with three comments on the agent PR starts one remediation round that
// replies in each thread with the commit that fixed it and resolves the three threads; the
// review's other events start nothing more; a mention is a round of its own; a reader's review
// is ignored.
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { commentableLines } from '../../src/forge/github/review-poster.js';
import {
  REPO,
  demoIssue,
  git,
  labeledEvent,
  ok,
  openIssue,
  startWorld,
  type EventSpec,
  type World,
} from './harness.js';

jest.setTimeout(240_000);

/** `login` calls the API with its own token, as a person does. */
function as(w: World, login: string) {
  w.gh.addToken(
    `tok-${login}`,
    { issues: 'write', pull_requests: 'write', contents: 'read' },
    {
      login,
    },
  );
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${w.gh.url}/repos/${REPO}${path}`, {
      method,
      headers: { authorization: `token tok-${login}`, 'content-type': 'application/json' },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
}

interface Pull {
  number: number;
  head: { ref: string; sha: string };
}
interface Review {
  id: number;
  body: string | null;
  state: string;
}
interface ReviewComment {
  id: number;
  pull_request_review_id: number;
  body: string;
}

const FIX_SCRIPT = {
  version: 1,
  tokens: { input: 4000, output: 300 },
  costUsd: 0.02,
  steps: [
    {
      action: 'write',
      path: 'src/units.js',
      content:
        '// Milliseconds per unit, shared by parse and format.\nexport const SECOND = 1000;\n',
    },
    {
      action: 'finish',
      message:
        'Addressed the review.\nT1: fixed — named the constant\nT2: fixed — added a comment on the unit table\nT3: fixed — moved the units to src/units.js',
    },
  ],
};

function reviewEvent(pull: Pull, review: Review, login: string): EventSpec {
  return {
    name: 'pull_request_review',
    payload: {
      action: 'submitted',
      review: { id: review.id, body: review.body, state: review.state, user: { login } },
      pull_request: { number: pull.number, head: pull.head },
      sender: { login, type: 'User' },
    },
  };
}

function commentEvent(pull: Pull, c: ReviewComment, login: string): EventSpec {
  return {
    name: 'pull_request_review_comment',
    payload: {
      action: 'created',
      comment: { id: c.id, pull_request_review_id: c.pull_request_review_id, body: c.body },
      pull_request: { number: pull.number, head: pull.head },
      sender: { login, type: 'User' },
    },
  };
}

/** alice's PR comment (issue_comment on a PR: its event does not name the PR's head). */
function mentionEvent(pr: number, id: number, body: string): EventSpec {
  const alice = { login: 'alice', type: 'User' };
  return {
    name: 'issue_comment',
    payload: {
      action: 'created',
      issue: { number: pr, title: 't', body: '', user: alice, labels: [], pull_request: {} },
      comment: { id, body, user: alice },
      sender: alice,
    },
  };
}

describe('a writer reviews the agent PR with three comments', () => {
  let w: World;
  let pull: Pull;
  let comments: ReviewComment[];
  let round: Awaited<ReturnType<World['run']>>;
  /** The GitHub API calls of the round, in order. */
  let calls: string[] = [];
  const repo = () => w.gh.repo(REPO);
  const branchHead = async () =>
    (await as(w, 'alice')<Pull>('GET', `/pulls/${pull.number}`)).head.sha;

  beforeAll(async () => {
    w = await startWorld();
    await writeFile(join(w.replay, 'remediate-human-1.json'), JSON.stringify(FIX_SCRIPT));
    const t = await demoIssue();
    const issue = await openIssue(w, t);
    ok(await w.run('triage', labeledEvent(issue, t)));
    const { stage, result } = await w.followDispatch();
    expect(stage).toBe('write');
    ok(result);
    const alice = as(w, 'alice');
    pull = (await alice<Pull[]>('GET', '/pulls'))[0]!;
    const files = await alice<{ filename: string; patch?: string }[]>(
      'GET',
      `/pulls/${pull.number}/files`,
    );
    const patch = files.find((f) => f.filename === 'src/duration.js')?.patch ?? '';
    const lines = [...commentableLines(patch)].slice(0, 3);
    expect(lines).toHaveLength(3);
    const review = await alice<Review>('POST', `/pulls/${pull.number}/reviews`, {
      event: 'REQUEST_CHANGES',
      body: 'A few things before this can go in.',
      comments: lines.map((line, i) => ({
        path: 'src/duration.js',
        line,
        side: 'RIGHT',
        body: ['Name this constant.', 'Explain the unit table.', 'Move the units out.'][i],
      })),
    });
    comments = (await alice<ReviewComment[]>('GET', `/pulls/${pull.number}/comments`)).filter(
      (c) => c.pull_request_review_id === review.id,
    );
    const from = w.gh.requests.length;
    round = await w.run('remediate', reviewEvent(pull, review, 'alice'));
    calls = w.gh.requests.slice(from).map((r) => r.route ?? `${r.method} ${r.path}`);
  });
  afterAll(async () => w?.close());

  test('one round: a commit on the agent branch, review dispatched for it', async () => {
    ok(round);
    expect(round.outputs.outcome).toBe('remediated');
    const head = await branchHead();
    expect(head).not.toBe(pull.head.sha);
    const last = repo().dispatches.at(-1);
    expect(last?.eventType).toBe('lailatov-review');
    expect(last?.clientPayload).toMatchObject({ pr: pull.number, headSha: head });
  });

  test('the round costs a bounded number of GitHub API calls: the PR read, the threads, one resolve', () => {
    process.stdout.write(`human review round: ${calls.length} API calls\n${calls.join('\n')}\n`);
    // One GraphQL read of the PR (with its labels), one of the review threads, one resolve.
    expect(calls.filter((c) => c === 'POST /graphql')).toHaveLength(3);
    expect(calls.filter((c) => c.endsWith('/comments/{comment_id}/replies'))).toHaveLength(3);
    expect(calls.length).toBeLessThanOrEqual(11);
  });

  test('each of the 3 threads gets a reply naming the commit, and is resolved', async () => {
    const head = await branchHead();
    const threads = [...repo().threads.values()].filter((t) => t.pullNumber === pull.number);
    const reviewerThreads = threads.filter((t) => comments.some((c) => t.commentIds[0] === c.id));
    expect(reviewerThreads).toHaveLength(3);
    for (const t of reviewerThreads) {
      expect(t.isResolved).toBe(true);
      const replies = repo().reviewComments.filter(
        (c) => t.commentIds.includes(c.id) && c.inReplyTo !== undefined,
      );
      expect(replies).toHaveLength(1);
      expect(replies[0]?.user).toBe('lailatov-bot[bot]');
      expect(replies[0]?.body).toContain(`Fixed in ${head.slice(0, 12)}`);
    }
    const bodies = repo()
      .reviewComments.filter((c) => c.inReplyTo !== undefined)
      .map((c) => c.body);
    expect(bodies.join('\n')).toMatch(/named the constant[\s\S]*unit table[\s\S]*src\/units\.js/);
  });

  test('the review body is answered once in the PR conversation; the round is on the ledger', () => {
    const answers = [...repo().issueComments.values()].filter(
      (c) => c.issueNumber === pull.number && c.body.includes('<!-- lailatov:answer -->'),
    );
    expect(answers).toHaveLength(1);
    expect(answers[0]?.body).toContain('@alice');
    const body = repo().issues.get(pull.number)?.body ?? '';
    expect(body).toContain('remediate-human-1');
    expect(body).toContain('"feedback":["review:');
  });

  test("the review's comment events (and a re-delivery) start no second round", async () => {
    const commits = await branchHead();
    const dispatches = w.dispatchCount();
    for (const c of comments) {
      const r = ok(await w.run('remediate', commentEvent(pull, c, 'alice')));
      expect(r.outputs.outcome).toBe('ignored');
    }
    expect(await branchHead()).toBe(commits);
    expect(w.dispatchCount()).toBe(dispatches);
  });

  test('a PR comment that mentions the suite is a round of its own, answered in the conversation', async () => {
    await writeFile(
      join(w.replay, 'remediate-human-2.json'),
      JSON.stringify({
        ...FIX_SCRIPT,
        steps: [
          { action: 'write', path: 'src/units.js', content: 'export const SECOND = 1_000;\n' },
          { action: 'finish', message: 'T1: fixed — used a numeric separator' },
        ],
      }),
    );
    const body = '@lailatov use a numeric separator in SECOND';
    const c = await as(w, 'alice')<{ id: number }>('POST', `/issues/${pull.number}/comments`, {
      body,
    });
    const r = ok(await w.run('remediate', mentionEvent(pull.number, c.id, body)));
    expect(r.outputs.outcome).toBe('remediated');
    const head = await branchHead();
    expect(
      repo()
        .issueComments.get(c.id)
        ?.reactions.map((x) => x.content),
    ).toEqual(['eyes']);
    const answer = [...repo().issueComments.values()].at(-1);
    expect(answer?.body).toContain(
      `The request: Fixed in ${head.slice(0, 12)}: used a numeric separator`,
    );
    expect(repo().dispatches.at(-1)?.clientPayload).toMatchObject({ headSha: head });
  });

  test('a mention on a PR that is not an agent PR is ignored', async () => {
    const dir = await w.checkout();
    await git(dir, 'checkout', '-q', '-b', 'feature/human');
    await writeFile(join(dir, 'NOTES.md'), 'notes\n');
    await git(dir, 'add', '-A');
    await git(dir, 'commit', '-q', '-m', 'notes');
    await git(dir, 'push', '-q', 'origin', 'feature/human');
    const alice = as(w, 'alice');
    const human = await alice<Pull>('POST', '/pulls', {
      title: 'notes',
      head: 'feature/human',
      base: 'main',
    });
    const body = '@lailatov tidy this up';
    const c = await alice<{ id: number }>('POST', `/issues/${human.number}/comments`, { body });
    const before = repo().issueComments.size;
    const r = ok(await w.run('remediate', mentionEvent(human.number, c.id, body)));
    expect(r.outputs.outcome).toBe('ignored');
    expect(r.summary).toContain('not an agent PR');
    expect(repo().issueComments.size).toBe(before);
  });

  test("a reader's review is ignored with a log line, and nothing is answered", async () => {
    const rita = as(w, 'rita');
    const replies = repo().reviewComments.length;
    const review = await rita<Review>('POST', `/pulls/${pull.number}/reviews`, {
      event: 'COMMENT',
      body: 'Please also rewrite everything in Rust.',
    });
    const r = ok(await w.run('remediate', reviewEvent(pull, review, 'rita')));
    expect(r.outputs.outcome).toBe('ignored');
    expect(r.stdout).toMatch(/rita.*read permission/);
    expect(repo().reviewComments).toHaveLength(replies);
  });
});
