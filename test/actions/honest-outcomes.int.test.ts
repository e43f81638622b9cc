// Issue 13 on the GitHub emulator, the action stages run from source: a turn cap after partial
// edits (in write or in a remediation round) leaves a draft PR labelled incomplete that nothing
// reviews again or marks ready; a tier that requires tests, in a repository with no test command,
// gets no green check and no ready PR.
import { afterEach, describe, expect, jest, test } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DEMO,
  REPO,
  demoIssue,
  labeledEvent,
  openIssue,
  outcomeRecords,
  startWorld,
  type World,
} from './harness.js';

jest.setTimeout(240_000);

let w: World | undefined;
afterEach(async () => w?.close());

async function triaged(world: World): Promise<number> {
  const t = await demoIssue();
  const issue = await openIssue(world, t);
  const r = await world.run('triage', labeledEvent(issue, t));
  expect(r.outputs.outcome).toBe('clear');
  return issue;
}

describe('honest outcomes in the actions (issue 13)', () => {
  test('write stopped by its turn cap after editing: a draft PR labelled agent:incomplete, no review, outcome incomplete', async () => {
    w = await startWorld({ source: true });
    await triaged(w);
    const script = JSON.parse(await readFile(join(w.replay, 'write.json'), 'utf8'));
    await writeFile(
      join(w.replay, 'write.json'),
      JSON.stringify({ ...script, outcome: 'max_turns' }),
    );
    const { stage, result } = await w.followDispatch();
    expect(stage).toBe('write');
    expect(result.outputs.outcome).toBe('incomplete');
    const repo = w.gh.repo(REPO);
    const pulls = [...repo.pulls.values()];
    expect(pulls).toHaveLength(1);
    expect(pulls[0]?.draft).toBe(true);
    expect(repo.issues.get(pulls[0]?.number ?? 0)?.labels).toContain('agent:incomplete');
    expect(repo.dispatches.map((d) => d.eventType)).not.toContain('lailatov-review');
    expect((await outcomeRecords(w)).map((r) => r.outcome)).toEqual(['incomplete']);
  });

  test('remediation stopped by its turn cap after editing: outcome incomplete, the PR stays a draft labelled agent:incomplete, no review', async () => {
    w = await startWorld({ source: true });
    await triaged(w);
    const script = JSON.parse(await readFile(join(w.replay, 'remediate-1.json'), 'utf8'));
    await writeFile(
      join(w.replay, 'remediate-1.json'),
      JSON.stringify({ ...script, outcome: 'max_turns' }),
    );
    expect((await w.followDispatch()).result.outputs.outcome).toBe('pr_opened');
    const review = (await w.followDispatch()).result;
    expect(review.outputs.outcome).toBe('findings');
    const reviewedHead = [...w.gh.repo(REPO).pulls.values()][0]?.headSha;
    const { stage, result } = await w.followDispatch();
    expect(stage).toBe('remediate');
    expect(result.outputs.outcome).toBe('incomplete');
    const repo = w.gh.repo(REPO);
    const pull = [...repo.pulls.values()][0];
    expect(pull?.draft).toBe(true);
    expect(repo.issues.get(pull?.number ?? 0)?.labels).toContain('agent:incomplete');
    // The partial edits are pushed, and nothing reviews them or marks the PR ready.
    expect(repo.dispatches.at(-1)?.eventType).not.toBe('lailatov-review');
    const records = await outcomeRecords(w);
    expect(records.map((r) => r.outcome)).toEqual(['incomplete']);
    expect(records[0]?.headSha).toBe(pull?.headSha);
    expect(pull?.headSha).not.toBe(reviewedHead);
  });

  test('a damaged PR marker fails a pushed review before its check run starts or the model is asked', async () => {
    w = await startWorld({ source: true });
    await triaged(w);
    expect((await w.followDispatch()).result.outputs.outcome).toBe('pr_opened');
    const repo = w.gh.repo(REPO);
    const pull = [...repo.pulls.values()][0];
    if (!pull) throw new Error('no PR');
    // A PR's body lives on its issue record, as on GitHub.
    const record = repo.issues.get(pull.number);
    const body = record?.body ?? '';
    if (!record || !body.includes('<!-- lailatov:github {'))
      throw new Error('no marker in the PR body');
    record.body = body.replace('<!-- lailatov:github {', '<!-- lailatov:github {,');
    const before = repo.checkRuns.length;
    const r = await w.run('review', {
      name: 'pull_request',
      payload: {
        action: 'synchronize',
        number: pull.number,
        pull_request: {
          number: pull.number,
          draft: true,
          head: { ref: pull.headRef, sha: pull.headSha, repo: { full_name: REPO } },
          base: { ref: 'main' },
        },
        sender: { login: 'alice', type: 'User' },
      },
    });
    expect(r.code).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/marker: "JSON" is not valid JSON/);
    expect(repo.checkRuns).toHaveLength(before);
  });

  test('a tier that requires tests, no test command: the review check asks for action, the PR stays a draft', async () => {
    const config = await readFile(join(DEMO, 'repo', '.github', 'lailatov.yml'), 'utf8');
    const pkg = JSON.parse(await readFile(join(DEMO, 'repo', 'package.json'), 'utf8'));
    delete pkg.scripts;
    w = await startWorld({
      source: true,
      files: {
        '.github/lailatov.yml': config.replace(/^testCommand:.*\n/m, ''),
        'package.json': JSON.stringify(pkg),
      },
    });
    await triaged(w);
    expect((await w.followDispatch()).result.outputs.outcome).toBe('pr_opened');
    const { stage, result } = await w.followDispatch();
    expect(stage).toBe('review');
    expect(result.outputs.outcome).toBe('escalated');
    const repo = w.gh.repo(REPO);
    const checks = repo.checkRuns.filter((c) => c.name === 'LailaTov review');
    expect(checks.map((c) => c.conclusion)).toEqual(['action_required']);
    expect([...repo.pulls.values()][0]?.draft).toBe(true);
    const body = repo.issues.get([...repo.pulls.values()][0]?.number ?? 0)?.body ?? '';
    expect(body).toContain('tests are required for tier medium, and no test command was found');
  });
});
