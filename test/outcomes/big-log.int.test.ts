// The outcome log at 100,000 records, on the emulator's real bare repo through the real store
// and Octokit. Before the monthly shards and the raw reads, an append to a log past about 6 MB
// failed: Octokit's JSON parser overflowed its stack on the file's base64 in a JSON string, and
// the store then called the file "a directory".
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { main } from '../../src/cli/main.js';
import { UserError } from '../../src/core/errors.js';
import { GitBranchOutcomeStore } from '../../src/outcomes/git-branch-store.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { captureIo } from '../support/cli-io.js';
import { bareGit, clientFor } from '../forge/github/helpers.js';
import { makeRecord, makeStage } from './support/records.js';
import { tempDir } from '../support/temp.js';

const REPO = { owner: 'o', repo: 'r' };
const RECORDS = 100_000;
let gh: GitHubEmulator;
let tmp: string;

beforeEach(async () => {
  gh = await startGitHubEmulator();
  await gh.createRepo('o/r', { files: { 'README.md': '# r\n' } });
  tmp = await tempDir('lailatov-big-log-');
});
afterEach(async () => {
  await gh.close();
  await rm(tmp, { recursive: true, force: true });
});

const storeFor = () =>
  new GitBranchOutcomeStore({
    octokit: clientFor(gh),
    repo: REPO,
    backoff: { baseMs: 5, capMs: 100 },
    now: () => new Date('2026-12-07T12:00:00Z'),
  });

/** `count` valid records in December 2026, from one template line with varying run ids. */
function bigLog(count: number): string {
  const template = `${JSON.stringify(
    makeRecord({
      runId: 'RUN_ID',
      changedFiles: [],
      stages: [makeStage()],
      timestamp: '2026-12-01T10:00:00Z',
    }),
  )}\n`;
  const [head, tail] = template.split('RUN_ID') as [string, string];
  const parts: string[] = new Array<string>(count);
  for (let i = 0; i < count; i++) parts[i] = `${head}${30_000_000_000 + i}${tail}`;
  return parts.join('');
}

/**
 * Puts `files` (path → content) on the data branch as one commit, written straight into the
 * emulator's bare repo with git: the seed does not go through the API under test.
 */
async function seedDataBranch(files: Record<string, string>): Promise<void> {
  const gitDir = gh.repoPath('o/r');
  const blobs = new Map<string, string>();
  for (const content of Object.values(files)) {
    if (!blobs.has(content))
      blobs.set(content, (await bareGit(gitDir, ['hash-object', '-w', '--stdin'], content)).trim());
  }
  const index = path.join(tmp, 'seed-index');
  const env = { GIT_INDEX_FILE: index };
  for (const [file, content] of Object.entries(files)) {
    await gitWith(env, [
      'update-index',
      '--add',
      '--cacheinfo',
      `100644,${blobs.get(content)},${file}`,
    ]);
  }
  const tree = (await gitWith(env, ['write-tree'])).trim();
  const commit = (await bareGit(gitDir, ['commit-tree', tree, '-m', 'seed'])).trim();
  await bareGit(gitDir, ['update-ref', 'refs/heads/lailatov-data', commit]);
}

function gitWith(env: Record<string, string>, args: string[]): Promise<string> {
  return run(['--git-dir', gh.repoPath('o/r'), ...args], env);
}

/** git with extra environment, output to a string or into a file. */
function run(args: string[], env: Record<string, string>, outFile?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', GIT_CONFIG_NOSYSTEM: '1', ...env },
    });
    const out: Buffer[] = [];
    if (outFile === undefined) child.stdout.on('data', (c: Buffer) => out.push(c));
    else child.stdout.pipe(createWriteStream(outFile));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(Buffer.concat(out).toString('utf8'))
        : reject(new Error(`git ${args.join(' ')} exited ${code}`)),
    );
    child.stdin.end();
  });
}

/** The data branch written out as files, as `git worktree add DIR lailatov-data` would. */
async function checkoutDataBranch(): Promise<string> {
  const dir = path.join(tmp, 'checkout');
  const gitDir = gh.repoPath('o/r');
  const names = (await bareGit(gitDir, ['ls-tree', '-r', '--name-only', 'lailatov-data']))
    .split('\n')
    .filter(Boolean);
  for (const name of names) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await run(
      ['--git-dir', gitDir, 'cat-file', 'blob', `lailatov-data:${name}`],
      {},
      path.join(dir, name),
    );
  }
  return dir;
}

const lineCount = async (spec: string): Promise<number> =>
  (await bareGit(gh.repoPath('o/r'), ['show', spec])).split('\n').filter(Boolean).length;

describe('the outcome log at 100,000 records', () => {
  it('takes an append when the old single file and this month each hold 100,000 records, and the summary reads them all', async () => {
    const log = bigLog(RECORDS);
    expect(log.length).toBeGreaterThan(6 * 2 ** 20); // past where the old store broke
    expect(log.length).toBeLessThan(100 * 2 ** 20); // within what GitHub's API serves
    await seedDataBranch({
      'data/agent-outcomes.jsonl': log,
      'data/outcomes/2026-12.jsonl': log,
    });
    const legacyBefore = await bareGit(gh.repoPath('o/r'), [
      'rev-parse',
      'lailatov-data:data/agent-outcomes.jsonl',
    ]);

    const record = makeRecord({ runId: 'the-new-one', timestamp: '2026-12-07T11:00:00Z' });
    const result = await storeFor().append(record);
    expect(result).toMatchObject({ appended: true, attempts: 1 });

    // This month's shard took the line on top of its 100,000; the old file is untouched.
    const shard = await bareGit(gh.repoPath('o/r'), [
      'show',
      'lailatov-data:data/outcomes/2026-12.jsonl',
    ]);
    expect(shard.length).toBe(log.length + JSON.stringify(record).length + 1);
    expect(shard.startsWith(log)).toBe(true);
    expect(shard.endsWith(`${JSON.stringify(record)}\n`)).toBe(true);
    expect(
      await bareGit(gh.repoPath('o/r'), ['rev-parse', 'lailatov-data:data/agent-outcomes.jsonl']),
    ).toBe(legacyBefore);
    // The shard was read raw: no JSON response carried the log.
    const read = gh.requests.find((r) => r.route === 'GET /repos/{owner}/{repo}/contents/{path}');
    // (Octokit sends the path's slashes as %2F; GitHub and the emulator take either.)
    expect(decodeURIComponent(read?.path ?? '')).toBe(
      '/repos/o/r/contents/data/outcomes/2026-12.jsonl',
    );
    expect(read?.responseBody).toBeUndefined();

    // A re-run of a run already in the big shard is still found and not logged twice.
    const again = await storeFor().append(
      makeRecord({
        runId: '30000099999',
        stages: [makeStage()],
        timestamp: '2026-12-07T11:00:00Z',
      }),
    );
    expect(again).toMatchObject({ appended: false, reason: 'duplicate' });

    // `lailatov outcomes summary` on a checkout of the data branch reads both files.
    const dir = await checkoutDataBranch();
    const io = captureIo({ cwd: dir });
    expect(await main(['outcomes', 'summary', '.', '--json'], io)).toBe(0);
    expect(io.err()).toBe('');
    expect(JSON.parse(io.out())).toMatchObject({
      records: 2 * RECORDS + 1,
      corrupt: { count: 0 },
      lastTimestamp: '2026-12-07T11:00:00Z',
    });
  }, 120_000);
});

describe('the monthly shards', () => {
  it('a record goes to the shard of its UTC month; the next month starts a new file and reads only it', async () => {
    const store = storeFor();
    await store.append(makeRecord({ runId: 'dec', timestamp: '2026-12-31T23:59:59Z' }));
    gh.resetRequests();
    await store.append(makeRecord({ runId: 'jan', timestamp: '2027-01-01T00:00:00Z' }));
    const shards = (
      await bareGit(gh.repoPath('o/r'), ['ls-tree', '-r', '--name-only', 'lailatov-data'])
    ).trim();
    expect(shards.split('\n')).toEqual([
      'data/outcomes/2026-12.jsonl',
      'data/outcomes/2027-01.jsonl',
    ]);
    expect(await lineCount('lailatov-data:data/outcomes/2026-12.jsonl')).toBe(1);
    expect(await lineCount('lailatov-data:data/outcomes/2027-01.jsonl')).toBe(1);
    const reads = gh.requests.filter(
      (r) => r.route === 'GET /repos/{owner}/{repo}/contents/{path}',
    );
    expect(reads.map((r) => decodeURIComponent(r.path))).toEqual([
      '/repos/o/r/contents/data/outcomes/2027-01.jsonl',
    ]);
    // read() gives the shard of the store's clock: December here.
    expect(await store.read()).toContain('"runId":"dec"');
    expect(await store.read('data/outcomes/2027-01.jsonl')).toContain('"runId":"jan"');
  });
});

describe('errors say what happened', () => {
  it('a directory where the shard should be is called a directory', async () => {
    await seedDataBranch({ 'data/outcomes/2026-12.jsonl/x': 'not the log\n' });
    const error = await storeFor()
      .append(makeRecord({ timestamp: '2026-12-07T11:00:00Z' }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain(
      'lailatov-data:data/outcomes/2026-12.jsonl is a directory, not the outcome log',
    );
  });

  it('a shard past the 100 MB the API serves is called too large', async () => {
    await seedDataBranch({ 'data/outcomes/2026-12.jsonl': 'x'.repeat(100 * 2 ** 20 + 1) });
    const error = await storeFor()
      .append(makeRecord({ timestamp: '2026-12-07T11:00:00Z' }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain(
      "lailatov-data:data/outcomes/2026-12.jsonl is too large for GitHub's API to return (over 100 MB)",
    );
  }, 60_000);

  it('a read that fails is reported as a failed read, never as a directory', async () => {
    await seedDataBranch({ 'data/outcomes/2026-12.jsonl': 'x\n' });
    gh.faults.add({ route: 'GET /repos/{owner}/{repo}/contents/{path}', status: 500, times: 100 });
    const error = await storeFor()
      .append(makeRecord({ timestamp: '2026-12-07T11:00:00Z' }))
      .catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /appending to lailatov-data:data\/outcomes\/2026-12\.jsonl/,
    );
    expect((error as Error).message).toMatch(/500/);
    expect((error as Error).message).not.toMatch(/directory/);
  });
});
