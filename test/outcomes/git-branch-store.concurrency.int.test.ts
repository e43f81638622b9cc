// Concurrent outcome appends against the emulator's compare-and-swap refs: nothing is lost.
// Its own file so jest runs it beside the other suites.
//
// 50 writers (the acceptance figure; LAILATOV_APPEND_WRITERS=N for another count), each with its
// own client and the store's default retry budget, all starting at once. The emulator does the
// Git Data API in-process (test/support/github/git-objects.ts), so this takes seconds;
// `npm run bench -- outcome-append` measures the same races with N writers x K records.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { GitBranchOutcomeStore } from '../../src/outcomes/git-branch-store.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { bareGit, clientFor } from '../forge/github/helpers.js';
import { makeRecord } from './support/records.js';

const REPO = { owner: 'o', repo: 'r' };
const WRITERS = Number(process.env.LAILATOV_APPEND_WRITERS ?? 50);
const REF_WRITES = new Set([
  'POST /repos/{owner}/{repo}/git/refs',
  'PATCH /repos/{owner}/{repo}/git/refs/{ref}',
]);
const GET_REF = 'GET /repos/{owner}/{repo}/git/ref/{ref}';
let gh: GitHubEmulator;

beforeAll(async () => {
  gh = await startGitHubEmulator();
  await gh.createRepo('o/r', { files: { 'README.md': '# r\n' } });
});
afterAll(async () => {
  await gh.close();
});

// Its own client, as separate runs would have; the store's default retries and backoff.
const storeFor = () => new GitBranchOutcomeStore({ octokit: clientFor(gh), repo: REPO });

it(`${WRITERS} concurrent appends, each with its own client, leave ${WRITERS} records; the first creates the branch`, async () => {
  const started = Date.now();
  const cpu = process.cpuUsage();
  const records = Array.from({ length: WRITERS }, (_, i) =>
    makeRecord({ runId: `run-${i}`, issue: i + 1 }),
  );
  const results = await Promise.all(records.map((record) => storeFor().append(record)));

  expect(results.every((r) => r.appended)).toBe(true);
  const lines = (
    await bareGit(gh.repoPath('o/r'), ['show', 'lailatov-data:data/outcomes/2026-02.jsonl'])
  )
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(lines).toHaveLength(WRITERS);
  expect(new Set(lines.map((l) => l.runId))).toEqual(new Set(records.map((r) => r.runId)));
  // One commit per record on a single orphan root: nothing was overwritten or forked.
  const gitDir = gh.repoPath('o/r');
  expect((await bareGit(gitDir, ['rev-list', '--count', 'lailatov-data'])).trim()).toBe(
    String(WRITERS),
  );
  expect(
    (await bareGit(gitDir, ['rev-list', '--max-parents=0', 'lailatov-data'])).trim().split('\n'),
  ).toHaveLength(1);
  expect(results.filter((r) => r.appended && r.createdBranch)).toHaveLength(1);
  expect(
    gh.requests.filter(
      (r) => r.route === 'POST /repos/{owner}/{repo}/git/refs' && r.status === 201,
    ),
  ).toHaveLength(1);
  // The root commit holds exactly the creator's line.
  const root = (await bareGit(gitDir, ['rev-list', '--max-parents=0', 'lailatov-data'])).trim();
  const creator = results.findIndex((r) => r.appended && r.createdBranch);
  expect(await bareGit(gitDir, ['show', `${root}:data/outcomes/2026-02.jsonl`])).toBe(
    `${JSON.stringify(records[creator])}\n`,
  );
  // The main branch is untouched.
  expect((await bareGit(gitDir, ['ls-tree', '--name-only', 'main'])).trim()).toBe('README.md');

  // Every lost race is one 422 from a ref write, and nothing else failed (404 only for the
  // branch before it existed).
  const attempts = results.map((r) => r.attempts);
  const lost = gh.requests.filter((r) => r.status === 422);
  expect(lost.every((r) => REF_WRITES.has(r.route ?? ''))).toBe(true);
  expect(lost).toHaveLength(attempts.reduce((a, b) => a + b, 0) - WRITERS);
  expect(
    gh.requests.filter(
      (r) => r.status >= 300 && r.status !== 422 && !(r.status === 404 && r.route === GET_REF),
    ),
  ).toEqual([]);

  const seconds = (Date.now() - started) / 1000;
  const { user, system } = process.cpuUsage(cpu);
  const calls = gh.apiCallCount();
  console.log(
    `outcome append x${WRITERS} concurrent: ${seconds.toFixed(1)} s (CPU ${((user + system) / 1e6).toFixed(1)} s), ${calls} API calls ` +
      `(${(calls / WRITERS).toFixed(1)} per append), ${lost.length} lost races (422), attempts ` +
      `max ${Math.max(...attempts)}, mean ${(attempts.reduce((a, b) => a + b, 0) / WRITERS).toFixed(1)}`,
  );
}, 600_000);
