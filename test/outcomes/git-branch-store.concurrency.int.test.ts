// 50 concurrent outcome appends against the emulator's compare-and-swap refs: nothing is lost.
// Its own file so jest runs it beside the other suites.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { GitBranchOutcomeStore } from '../../src/outcomes/git-branch-store.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { bareGit, clientFor } from '../forge/github/helpers.js';
import { makeRecord } from './support/records.js';

const REPO = { owner: 'o', repo: 'r' };
let gh: GitHubEmulator;

beforeAll(async () => {
  gh = await startGitHubEmulator();
  await gh.createRepo('o/r', { files: { 'README.md': '# r\n' } });
});
afterAll(async () => {
  await gh.close();
});

const storeFor = () =>
  new GitBranchOutcomeStore({
    octokit: clientFor(gh), // its own client, as separate runs would have
    repo: REPO,
    maxAttempts: 200,
    // Let the windows grow far enough to spread 50 writers on a slow, shared machine.
    backoff: { baseMs: 200, capMs: 60_000 },
  });

it('50 concurrent appends, each with its own client, leave 50 records; the first creates the branch', async () => {
  const started = Date.now();
  const records = Array.from({ length: 50 }, (_, i) =>
    makeRecord({ runId: `run-${i}`, issue: i + 1 }),
  );
  const results = await Promise.all(records.map((record) => storeFor().append(record)));

  expect(results.every((r) => r.appended)).toBe(true);
  const lines = (
    await bareGit(gh.repoPath('o/r'), ['show', 'lailatov-data:data/agent-outcomes.jsonl'])
  )
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(lines).toHaveLength(50);
  expect(new Set(lines.map((l) => l.runId))).toEqual(new Set(records.map((r) => r.runId)));
  // One commit per record on a single orphan root: nothing was overwritten or forked.
  const gitDir = gh.repoPath('o/r');
  expect((await bareGit(gitDir, ['rev-list', '--count', 'lailatov-data'])).trim()).toBe('50');
  expect(
    (await bareGit(gitDir, ['rev-list', '--max-parents=0', 'lailatov-data'])).trim().split('\n'),
  ).toHaveLength(1);
  expect(results.filter((r) => r.appended && r.createdBranch)).toHaveLength(1);
  expect(gh.apiCallCount({ route: 'POST /repos/{owner}/{repo}/git/refs' })).toBeGreaterThanOrEqual(
    1,
  );
  expect(
    gh.requests.filter(
      (r) => r.route === 'POST /repos/{owner}/{repo}/git/refs' && r.status === 201,
    ),
  ).toHaveLength(1);
  // The main branch is untouched.
  expect((await bareGit(gitDir, ['ls-tree', '--name-only', 'main'])).trim()).toBe('README.md');

  const seconds = (Date.now() - started) / 1000;
  const attempts = results.map((r) => r.attempts);
  const calls = gh.apiCallCount();
  console.log(
    `outcome append x50 concurrent: ${calls} API calls (${(calls / 50).toFixed(1)} per append), ${seconds.toFixed(1)} s, ` +
      `attempts max ${Math.max(...attempts)}, mean ${(attempts.reduce((a, b) => a + b, 0) / 50).toFixed(1)}`,
  );
}, 900_000);
