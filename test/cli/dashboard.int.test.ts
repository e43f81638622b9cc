// `lailatov dashboard` from local logs and from several repositories' data branches, read
// through the API on the emulator, a bounded number of requests at a time.
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { main } from '../../src/cli/main.js';
import type { OutcomeRecord } from '../../src/core/outcomes/index.js';
import { GitBranchOutcomeStore } from '../../src/outcomes/git-branch-store.js';
import { readRemoteLogs } from '../../src/outcomes/remote-logs.js';
import { captureIo } from '../support/cli-io.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { clientFor } from '../forge/github/helpers.js';
import { FIXTURE, fixtureLog, NOW } from '../dashboard/support/fixture.js';
import { tempDir } from '../support/temp.js';

/** The fixture's two repositories, as the emulator's o/a and o/b. */
const AS: Readonly<Record<string, string>> = { 'acme/api': 'o/a', 'acme/web': 'o/b' };
const moved = (r: OutcomeRecord): OutcomeRecord => ({ ...r, repo: AS[r.repo] as string });

let gh: GitHubEmulator;
let dir: string;

beforeAll(async () => {
  gh = await startGitHubEmulator();
  dir = await tempDir('lailatov-dashboard-cli-');
  for (const name of ['o/a', 'o/b', 'o/c'])
    await gh.createRepo(name, { files: { 'README.md': `# ${name}\n` } });
  // o/a and o/b log through the real store (monthly shards on lailatov-data); o/c never ran.
  for (const r of FIXTURE.map(moved)) {
    const [owner, repo] = r.repo.split('/') as [string, string];
    await new GitBranchOutcomeStore({ octokit: clientFor(gh), repo: { owner, repo } }).append(r);
  }
}, 60_000);

afterAll(async () => {
  await gh?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const env = () => ({ GITHUB_TOKEN: gh.token, GITHUB_API_URL: gh.url });

async function run(args: string[], e: Record<string, string> = env()) {
  const io = captureIo({ cwd: dir, env: e });
  const code = await main(['dashboard', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

const rowsOf = (html: string, view: string) => {
  const at = html.indexOf(`id="${view}"`);
  const section = html.slice(at, html.indexOf('</section>', at));
  return [...section.matchAll(/<tr data-row data-repo="([^"]*)"><td><a href="([^"]+)"/g)].map(
    (m) => `${m[1]} ${m[2]}`,
  );
};

describe('lailatov dashboard', () => {
  it('reads several repositories through the API into one page with a view per repository', async () => {
    const r = await run([
      '--out',
      'org',
      '--now',
      NOW,
      '--repo',
      'o/a',
      '--repo',
      'o/b',
      '--repo',
      'o/c',
    ]);
    expect(r.code).toBe(0);
    expect(r.err).toBe(
      'lailatov dashboard: o/c has no lailatov-data branch: no outcome logged yet\n',
    );
    expect(r.out).toMatch(
      /^Wrote org\/index\.html \(\d+ KB\) from 7 line\(s\) in 4 file\(s\)\.\n$/,
    );
    const html = await readFile(path.join(dir, 'org', 'index.html'), 'utf8');
    expect(html).toContain('<option value="0">o/a</option><option value="1">o/b</option>');
    // One row per issue, latest first, each linked to its issue; o/a's #2 ran twice, one row.
    expect(rowsOf(html, 'v-all-all')).toEqual([
      'o/a https://github.com/o/a/issues/3',
      'o/b https://github.com/o/b/issues/3',
      'o/b https://github.com/o/b/issues/2',
      'o/b https://github.com/o/b/issues/1',
      'o/a https://github.com/o/a/issues/2',
      'o/a https://github.com/o/a/issues/1',
    ]);
    expect(rowsOf(html, 'v-all-1')).toEqual([
      'o/b https://github.com/o/b/issues/3',
      'o/b https://github.com/o/b/issues/2',
      'o/b https://github.com/o/b/issues/1',
    ]);
  });

  it('--owner reads every repository of the owner that has a data branch, as an organization or a user', async () => {
    const named = await readFile(path.join(dir, 'org', 'index.html'), 'utf8');
    const org = await run(['--out', 'owner', '--now', NOW, '--owner', 'o']);
    // o/c has no data branch: listed by the owner, it is skipped without a word.
    expect(org).toMatchObject({ code: 0, err: '' });
    expect(await readFile(path.join(dir, 'owner', 'index.html'), 'utf8')).toBe(named);
    // Not an organization (GitHub answers 404): the user's repositories.
    gh.faults.add({ route: 'GET /orgs/{org}/repos', status: 404 });
    gh.resetRequests();
    expect(await run(['--out', 'user', '--now', NOW, '--owner', 'o'])).toMatchObject({ code: 0 });
    expect(gh.apiCallCount({ route: 'GET /users/{username}/repos' })).toBe(1);
    expect(await readFile(path.join(dir, 'user', 'index.html'), 'utf8')).toBe(named);
    expect(await run(['--out', 'x', '--owner', 'nobody'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--owner nobody: no such user or organization'),
    });
  });

  it('gives the same page from a local log as from the data branches', async () => {
    const file = path.join(dir, 'local.jsonl');
    await writeFile(file, fixtureLog(FIXTURE.map(moved)));
    const local = await run(['--out', 'local', '--now', NOW, '--log', file], {});
    expect(local).toMatchObject({ code: 0, err: '' });
    await run(['--out', 'org2', '--now', NOW, '--repo', 'o/a', '--repo', 'o/b']);
    expect(await readFile(path.join(dir, 'local', 'index.html'), 'utf8')).toBe(
      await readFile(path.join(dir, 'org2', 'index.html'), 'utf8'),
    );
  });

  it('names what is missing: the output folder, a source, the token, a readable log', async () => {
    expect(await run(['--log', 'x.jsonl'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--out DIR is required'),
    });
    expect(await run(['--out', 'o'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('name a log: --log FILE'),
    });
    expect(await run(['--out', 'o', '--repo', 'o/a'], { GITHUB_API_URL: gh.url })).toMatchObject({
      code: 2,
      err: expect.stringContaining('set GITHUB_TOKEN (or GH_TOKEN)'),
    });
    expect(await run(['--out', 'o', '--log', 'nope.jsonl'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(
        /cannot read the outcome log .*nope\.jsonl \(ENOENT\)\. Fix: pass --log FILE/,
      ),
    });
    expect(await run(['--out', 'o', '--repo', 'not a repo'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--repo must be "owner/name"'),
    });
  });
});

describe('readRemoteLogs', () => {
  /** A client that records how many requests were in flight at once. */
  function countingClient() {
    const octokit = clientFor(gh);
    const seen = { now: 0, max: 0, total: 0 };
    octokit.hook.wrap('request', async (request, options) => {
      seen.now++;
      seen.total++;
      seen.max = Math.max(seen.max, seen.now);
      try {
        return await request(options);
      } finally {
        seen.now--;
      }
    });
    return { octokit, seen };
  }

  it('keeps at most `concurrency` requests in flight across repositories, and uses them', async () => {
    // Slow answers make the reads overlap as they would on GitHub.
    gh.faults.add({
      route: { method: 'GET', path: /\/repos\/o\/[ab]\// },
      latencyMs: 30,
      times: 1000,
    });
    try {
      for (const concurrency of [1, 2, 3]) {
        const { octokit, seen } = countingClient();
        const read = await readRemoteLogs(['o/a', 'o/b', 'o/c'], { octokit, concurrency });
        expect(read.files.map((f) => `${f.repo}:${f.path}`)).toEqual([
          'o/a:data/outcomes/2026-11.jsonl',
          'o/a:data/outcomes/2026-12.jsonl',
          'o/b:data/outcomes/2026-11.jsonl',
          'o/b:data/outcomes/2026-12.jsonl',
        ]);
        expect(read.withoutLog).toEqual(['o/c']);
        // ref, commit and tree per repository (o/c: its ref only), and one read per file.
        expect(seen.total).toBe(3 + 3 + 1 + 4);
        expect(seen.max).toBe(concurrency);
      }
    } finally {
      gh.faults.clear();
    }
  });

  it('waits out a secondary rate limit and still reads everything', async () => {
    const fault = gh.faults.add({
      route: 'GET /repos/{owner}/{repo}/contents/{path}',
      secondaryRateLimit: true,
      retryAfter: 1,
      times: 2,
    });
    const read = await readRemoteLogs(['o/a', 'o/b'], { octokit: clientFor(gh), concurrency: 2 });
    expect(fault.hits).toBe(2);
    expect(read.files).toHaveLength(4);
    const lines = read.files.reduce(
      (n, f) => n + Buffer.from(f.bytes).toString('utf8').split('\n').filter(Boolean).length,
      0,
    );
    expect(lines).toBe(FIXTURE.length);
  });
});
