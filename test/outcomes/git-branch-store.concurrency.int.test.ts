// Concurrent outcome appends against the emulator's compare-and-swap refs: nothing is lost.
// Its own file so jest runs it beside the other suites.
//
// The acceptance figure is 50 writers: `LAILATOV_APPEND_WRITERS=50 npm run jest -- <this file>`.
// Every emulator request spawns several git processes, and 50 writers need at least
// 50 × 6 requests in sequence on one ref, so on a shared 2-core machine that run takes many
// minutes; the default run uses 12 writers, which still races every writer against the others.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { GitBranchOutcomeStore } from '../../src/outcomes/git-branch-store.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { bareGit, clientFor } from '../forge/github/helpers.js';
import { makeRecord } from './support/records.js';

const REPO = { owner: 'o', repo: 'r' };
const WRITERS = Number(process.env.LAILATOV_APPEND_WRITERS ?? 12);
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
    // Let the windows grow far enough to spread many writers on a slow, shared machine.
    backoff: { baseMs: 200, capMs: 60_000 },
  });

it(`${WRITERS} concurrent appends, each with its own client, leave ${WRITERS} records; the first creates the branch`, async () => {
  const started = Date.now();
  const records = Array.from({ length: WRITERS }, (_, i) =>
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
  expect(await bareGit(gitDir, ['show', `${root}:data/agent-outcomes.jsonl`])).toBe(
    `${JSON.stringify(records[creator])}\n`,
  );
  // The main branch is untouched.
  expect((await bareGit(gitDir, ['ls-tree', '--name-only', 'main'])).trim()).toBe('README.md');

  const seconds = (Date.now() - started) / 1000;
  const attempts = results.map((r) => r.attempts);
  const calls = gh.apiCallCount();
  console.log(
    `outcome append x${WRITERS} concurrent: ${calls} API calls (${(calls / WRITERS).toFixed(1)} per append), ${seconds.toFixed(1)} s, ` +
      `attempts max ${Math.max(...attempts)}, mean ${(attempts.reduce((a, b) => a + b, 0) / WRITERS).toFixed(1)}`,
  );
}, 900_000);
