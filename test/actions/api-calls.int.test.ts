// GitHub API calls per stage run, counted by the emulator: issue → ready with one remediation
// round, and a review of an agent PR of 20 files after a human push. Counts, not times: each
// stage's calls are deterministic, so any change shows here (bench/github.bench.ts prints them
// with the calls per route).
import { mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import {
  REPO,
  demoIssue,
  demoRules,
  firstTwice,
  git,
  labeledEvent,
  ok,
  openIssue,
  startWorld,
  type World,
} from './harness.js';

jest.setTimeout(240_000);

/** Each stage run with the routes it called, in order. */
async function pipelineCalls(w: World, issue: number, t: { title: string; body: string }) {
  const stages: { stage: string; routes: string[] }[] = [];
  let mark = w.gh.requests.length;
  const take = (stage: string) => {
    stages.push({ stage, routes: w.gh.requests.slice(mark).map((q) => q.route ?? q.path) });
    mark = w.gh.requests.length;
  };
  let last = ok(await w.run('triage', labeledEvent(issue, t)));
  take('triage');
  const chained = new Set(['clear', 'pr_opened', 'findings', 'remediated']);
  while (chained.has(last.outputs.outcome ?? '')) {
    const { stage, result } = await w.followDispatch();
    last = ok(result);
    take(stage);
  }
  return { stages, outcome: last.outputs.outcome, round: last.outputs.round };
}

describe('GitHub API calls per stage', () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
  });
  afterAll(async () => w?.close());

  test('issue → ready with one remediation round: 44 calls (triage 8, write 6, review 11, remediate 4, review 15)', async () => {
    const t = await demoIssue();
    const issue = await openIssue(w, t);
    const { stages, outcome, round } = await pipelineCalls(w, issue, t);
    expect([outcome, round]).toEqual(['ready', '1']);
    expect(stages.map((s) => [s.stage, s.routes.length])).toEqual([
      ['triage', 8],
      ['write', 6],
      ['review', 11],
      ['remediate', 4],
      ['review', 15],
    ]);
    const all = stages.flatMap((s) => s.routes);
    expect(all).toHaveLength(44);
    // What the event payload and the fetched git already hold is not asked again.
    expect(all).not.toContain('GET /repos/{owner}/{repo}');
    expect(all).not.toContain('GET /repos/{owner}/{repo}/contents/{path}');
    // An issue and its comments are one GraphQL query, read once per stage run.
    expect(all).not.toContain('GET /repos/{owner}/{repo}/issues/{issue_number}');
    expect(all).not.toContain('GET /repos/{owner}/{repo}/issues/{issue_number}/comments');
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

  test('after a human push, the review takes at most 15 calls (11 today)', async () => {
    const t = await demoIssue();
    const issue = await openIssue(w, t);
    ok(await w.run('triage', labeledEvent(issue, t)));
    ok((await w.followDispatch()).result);
    ok((await w.followDispatch()).result);
    const pull = [...w.gh.repo(REPO).pulls.values()][0];
    if (!pull) throw new Error('no PR');
    // A human adds files until the PR changes 20.
    const dir = await mkdtemp(join(w.root, 'human-'));
    await git(
      w.root,
      'clone',
      '-q',
      '--branch',
      pull.headRef,
      `file://${w.gh.repoPath(REPO)}`,
      dir,
    );
    const changed = (await git(dir, 'diff', '--name-only', 'origin/main...HEAD'))
      .split('\n')
      .filter((l) => l !== '');
    for (let i = changed.length; i < 20; i++)
      await writeFile(join(dir, `notes-${i}.md`), `# note ${i}\n`);
    await git(dir, 'add', '-A');
    await git(dir, 'commit', '-q', '-m', 'docs: notes');
    await git(dir, 'push', '-q', 'origin', `HEAD:refs/heads/${pull.headRef}`);
    const head = (await git(dir, 'rev-parse', 'HEAD')).trim();
    expect(
      (await git(dir, 'diff', '--name-only', 'origin/main...HEAD')).trim().split('\n'),
    ).toHaveLength(20);

    const from = w.gh.requests.length;
    const r = ok(
      await w.run('lailatov', {
        name: 'pull_request',
        payload: {
          action: 'synchronize',
          number: pull.number,
          pull_request: {
            number: pull.number,
            draft: true,
            head: { ref: pull.headRef, sha: head, repo: { full_name: REPO } },
            base: { ref: 'main' },
          },
          repository: { full_name: REPO, default_branch: 'main' },
          sender: { login: 'alice', type: 'User' },
        },
      }),
    );
    expect(r.outputs.stage).toBe('review');
    const routes = w.gh.requests.slice(from).map((q) => q.route ?? q.path);
    expect(routes.length).toBeLessThanOrEqual(15);
    expect(routes).toHaveLength(11);
  });
});
