// The outcome log on a data branch, against the emulator's real bare repo and compare-and-swap refs.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { UserError } from '../../src/core/errors.js';
import type { OutcomeRecord } from '../../src/core/outcomes/index.js';
import {
  backoffWindow,
  GitBranchOutcomeStore,
  logHasRun,
} from '../../src/outcomes/git-branch-store.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { bareGit, clientFor } from '../forge/github/helpers.js';
import { makeRecord, makeStage } from './support/records.js';

const REPO = { owner: 'o', repo: 'r' };
// makeRecord's timestamp is in February 2026: its line goes to that month's shard.
const FILE = 'lailatov-data:data/outcomes/2026-02.jsonl';
let gh: GitHubEmulator;

beforeEach(async () => {
  gh = await startGitHubEmulator();
  await gh.createRepo('o/r', { files: { 'README.md': '# r\n' } });
});
afterEach(async () => {
  await gh.close();
});

const storeFor = (
  overrides: Partial<ConstructorParameters<typeof GitBranchOutcomeStore>[0]> = {},
) =>
  new GitBranchOutcomeStore({
    octokit: clientFor(gh),
    repo: REPO,
    backoff: { baseMs: 5, capMs: 100 },
    now: () => new Date('2026-02-25T12:00:00Z'),
    ...overrides,
  });

const linesOnBranch = async (): Promise<Record<string, unknown>[]> =>
  (await bareGit(gh.repoPath('o/r'), ['show', FILE]))
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('GitBranchOutcomeStore', () => {
  it('creates the branch in 4 calls and appends to it in 6, without a checkout', async () => {
    const store = storeFor();
    gh.resetRequests();
    const first = await store.append(makeRecord({ runId: 'a' }));
    expect(first).toMatchObject({ appended: true, createdBranch: true, attempts: 1 });
    expect(gh.requests.map((r) => r.route)).toEqual([
      'GET /repos/{owner}/{repo}/git/ref/{ref}',
      'POST /repos/{owner}/{repo}/git/trees',
      'POST /repos/{owner}/{repo}/git/commits',
      'POST /repos/{owner}/{repo}/git/refs',
    ]);
    gh.resetRequests();
    const second = await store.append(makeRecord({ runId: 'b' }));
    expect(second).toMatchObject({ appended: true, createdBranch: false, attempts: 1 });
    const routes = gh.requests.map((r) => r.route);
    // The commit and the file are read in parallel, so their order varies.
    expect([...routes.slice(1, 3)].sort()).toEqual([
      'GET /repos/{owner}/{repo}/contents/{path}',
      'GET /repos/{owner}/{repo}/git/commits/{commit_sha}',
    ]);
    expect([routes[0], ...routes.slice(3)]).toEqual([
      'GET /repos/{owner}/{repo}/git/ref/{ref}',
      'POST /repos/{owner}/{repo}/git/trees',
      'POST /repos/{owner}/{repo}/git/commits',
      'PATCH /repos/{owner}/{repo}/git/refs/{ref}',
    ]);
    expect(gh.requests.find((r) => r.method === 'PATCH')?.body).toMatchObject({ force: false });
    expect((await linesOnBranch()).map((l) => l.runId)).toEqual(['a', 'b']);
    expect(await store.read()).toBe(await bareGit(gh.repoPath('o/r'), ['show', FILE]));
  });

  it('a re-run of the same run attempt (and stage) adds nothing', async () => {
    const store = storeFor();
    const record = makeRecord({ runId: '777', runAttempt: 1 });
    await store.append(record);
    const before = await bareGit(gh.repoPath('o/r'), ['rev-parse', 'lailatov-data']);
    const again = await store.append({ ...record, timestamp: '2026-02-20T00:00:00Z' });
    expect(again).toEqual({ appended: false, reason: 'duplicate', attempts: 1 });
    expect(await bareGit(gh.repoPath('o/r'), ['rev-parse', 'lailatov-data'])).toBe(before);
    expect(await linesOnBranch()).toHaveLength(1);

    // A new attempt of the run, or another stage of it, is a new line.
    await store.append({ ...record, runAttempt: 2 });
    await store.append({ ...record, stages: [makeStage({ stage: 'remediate' })] });
    expect(await linesOnBranch()).toHaveLength(3);
  });

  it('keeps existing lines byte for byte, corrupt ones included, and ends a file lacking a final newline', async () => {
    const gitDir = gh.repoPath('o/r');
    const seeded = '{"runId":"old","runAttempt":1}\nnot json at all';
    const blob = await hashIn(gitDir, seeded);
    const tree = (await bareGit(gitDir, ['mktree'], `100644 blob ${blob}\t2026-02.jsonl\n`)).trim();
    const outcomes = (await bareGit(gitDir, ['mktree'], `040000 tree ${tree}\toutcomes\n`)).trim();
    const root = (await bareGit(gitDir, ['mktree'], `040000 tree ${outcomes}\tdata\n`)).trim();
    const commit = (await bareGit(gitDir, ['commit-tree', root, '-m', 'seed'])).trim();
    await bareGit(gitDir, ['update-ref', 'refs/heads/lailatov-data', commit]);

    await storeFor().append(makeRecord({ runId: 'new' }));
    const text = await bareGit(gitDir, ['show', FILE]);
    expect(text.startsWith(`${seeded}\n{`)).toBe(true);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.split('\n').filter(Boolean)).toHaveLength(3);
  });

  it('retries a moved ref with full-jitter backoff, then gives up with a clear error', async () => {
    gh.faults.add({ route: 'PATCH /repos/{owner}/{repo}/git/refs/{ref}', status: 422, times: 100 });
    const store = storeFor();
    await store.append(makeRecord({ runId: 'first' })); // creates the branch (no PATCH)
    const waits: number[] = [];
    const stuck = storeFor({
      maxAttempts: 5,
      // A base longer than any attempt here, so the windows do not depend on the machine's speed.
      backoff: { baseMs: 60_000, capMs: 150_000 },
      random: () => 0.5,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    const error = await stuck.append(makeRecord({ runId: 'second' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(
      /gave up appending the outcome record to lailatov-data:data\/outcomes\/2026-02.jsonl of o\/r after 5 attempts/,
    );
    expect(waits).toEqual([30_000, 60_000, 75_000, 75_000]); // 0.5 × min(150 s, 60 s × 2^(n-1))
    expect(gh.apiCallCount({ route: 'PATCH /repos/{owner}/{repo}/git/refs/{ref}' })).toBe(5);
    expect(await linesOnBranch()).toHaveLength(1);
  });

  it('a token without contents: write gets a UserError naming the permission to add', async () => {
    gh.addToken('read-only', { contents: 'read', issues: 'write' });
    const store = storeFor({ octokit: clientFor(gh, { token: 'read-only' }) });
    const error = await store.append(makeRecord()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toContain('`contents: write`');
    expect((error as UserError).message).toContain("workflow's `permissions:` block");
    expect(gh.apiCallCount({ route: 'POST /repos/{owner}/{repo}/git/refs' })).toBe(0);
  });

  it('refuses an invalid record before any API call, naming the field', async () => {
    gh.resetRequests();
    const bad = { ...makeRecord(), runAttempt: 0 } as OutcomeRecord;
    await expect(storeFor().append(bad)).rejects.toThrow(/\$\.runAttempt/);
    expect(gh.apiCallCount()).toBe(0);
  });

  it('honours configured branch and path names', async () => {
    await storeFor({ branch: 'ops-data', path: 'logs/o.jsonl' }).append(makeRecord());
    const text = await bareGit(gh.repoPath('o/r'), ['show', 'ops-data:logs/o.jsonl']);
    expect(text.split('\n').filter(Boolean)).toHaveLength(1);
  });
});

describe('backoffWindow', () => {
  it('doubles from the larger of base and the lost attempt, four times at most, under the cap', () => {
    const windows = (attemptMs: number, capMs: number) =>
      [1, 2, 3, 4, 5, 6, 9].map((n) => backoffWindow(n, attemptMs, { baseMs: 100, capMs }));
    expect(windows(20, 1e9)).toEqual([100, 200, 400, 800, 1600, 1600, 1600]);
    expect(windows(300, 1e9)).toEqual([300, 600, 1200, 2400, 4800, 4800, 4800]);
    expect(windows(300, 1000)).toEqual([300, 600, 1000, 1000, 1000, 1000, 1000]);
  });
});

describe('logHasRun', () => {
  it('matches runId, runAttempt and last stage only, skipping corrupt lines', () => {
    const log = `garbage 42\n${JSON.stringify(makeRecord({ runId: '42' }))}\n`;
    expect(logHasRun(log, { runId: '42', runAttempt: 1, stage: 'review' })).toBe(true);
    expect(logHasRun(log, { runId: '42', runAttempt: 2, stage: 'review' })).toBe(false);
    expect(logHasRun(log, { runId: '42', runAttempt: 1, stage: 'write' })).toBe(false);
    expect(logHasRun(log, { runId: '4', runAttempt: 1, stage: 'review' })).toBe(false);
  });
});

async function hashIn(gitDir: string, content: string): Promise<string> {
  return (await bareGit(gitDir, ['hash-object', '-w', '--stdin'], content)).trim();
}
