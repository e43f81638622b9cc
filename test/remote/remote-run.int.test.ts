// Remote mode end to end: `lailatov run --issue <URL>` on the emulator (API) and a git smart-HTTP
// server on the emulator's bare repositories (clone and push), with the demo's replay scripts
// and scripted model. The agent branch must reach the server and the PR must be open on it.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { main } from '../../src/cli/main.js';
import { basicCredential } from '../../src/forge/github/workspace.js';
import { captureIo } from '../support/cli-io.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { newIssue } from '../support/github/routes/issues.js';
import { startGitHttpServer, type GitHttpServer } from '../support/git-http/server.js';
import { DEMO, git } from '../e2e/helpers.js';
import { tempDir } from '../support/temp.js';

const BRANCH = 'agent/issue-7-parseduration-1h30m-returns-30-minutes-i';

async function demoFiles(dir: string, root = dir): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) Object.assign(files, await demoFiles(p, root));
    else files[relative(root, p)] = await readFile(p, 'utf8');
  }
  return files;
}

describe('remote mode on the emulator', () => {
  let gh: GitHubEmulator;
  let server: GitHttpServer;
  let tmp: string;

  beforeEach(async () => {
    gh = await startGitHubEmulator();
    const repo = await gh.createRepo('o/r', { files: await demoFiles(join(DEMO, 'repo')) });
    const issue = await readFile(join(DEMO, 'issue-7.md'), 'utf8');
    const [first, ...rest] = issue.split('\n');
    repo.nextNumber = 7;
    newIssue(gh.state, repo, {
      title: (first ?? '').replace(/^# /, ''),
      body: rest.join('\n').trim(),
      user: 'alice',
      isPullRequest: false,
    });
    server = await startGitHttpServer({
      projectRoot: dirname(dirname(gh.repoPath('o/r'))),
      authorization: `basic ${basicCredential(gh.token)}`,
    });
    tmp = await tempDir('remote-run-');
  });
  afterEach(async () => {
    await server.close();
    await gh.close();
    await rm(tmp, { recursive: true, force: true });
  });

  const env = (extra: Record<string, string> = {}) => ({
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    TMPDIR: tmp,
    GITHUB_TOKEN: gh.token,
    GITHUB_API_URL: gh.url,
    LAILATOV_BACKOFF_SCALE: '0.001',
    ...extra,
  });

  /** A stage command on issue #7 with the demo's replay scripts and scripted model. */
  async function onIssue(command: string, ...extra: string[]) {
    const io = captureIo({ env: env(), cwd: tmp });
    const code = await main(
      [
        command,
        '--issue',
        `${server.url}/o/r/issues/7`,
        '--replay',
        join(DEMO, 'replay'),
        '--model-script',
        join(DEMO, 'model.json'),
        '--json',
        ...extra,
      ],
      io,
    );
    return { io, code };
  }

  test('run --issue URL pushes the agent branch, opens the draft PR and reports on it', async () => {
    const { io, code } = await onIssue('run');
    expect(io.err()).toContain('Remote: o/r');
    expect(code).toBe(0);
    const record = JSON.parse(io.out()) as { outcome: string; branch: string; repo: string };
    expect(record).toMatchObject({ outcome: 'ready', branch: BRANCH, repo: 'o/r' });
    // The branch is on the server, with the agent's commit on top of main.
    const bare = gh.repoPath('o/r');
    const log = await git(bare, 'log', '--format=%s', `main..${BRANCH}`);
    expect(log.trim()).not.toBe('');
    // The PR is open on it, as a draft turned ready, and links the issue.
    const pulls = [...gh.repo('o/r').pulls.values()];
    expect(pulls).toHaveLength(1);
    expect(pulls[0]).toMatchObject({ headRef: BRANCH, baseRef: 'main' });
    expect(gh.repo('o/r').issues.get(pulls[0]?.number ?? 0)?.body).toContain('#7');
    // Every push carried the token as the basic credential, to the server only.
    expect(server.requests.some((r) => r.url.includes('git-receive-pack'))).toBe(true);

    // The PR by URL: review reads its head branch and its state from the PR body.
    const again = captureIo({ env: env(), cwd: tmp });
    const reviewed = await main(
      [
        'review',
        '--pr',
        `${server.url}/o/r/pull/${pulls[0]?.number}`,
        '--model-script',
        join(DEMO, 'model.json'),
        '--json',
      ],
      again,
    );
    expect(again.err()).not.toContain('internal error');
    // The script's first review answer has a finding (the run used it, then the clean one).
    const review = JSON.parse(again.out()) as { verdict: string; report: string; round: number };
    expect(review.verdict).toBe('findings');
    expect(review.report).toMatch(new RegExp(`/o/r/pull/${pulls[0]?.number}$`));
    expect(reviewed).toBe(1);
    expect(gh.repo('o/r').issues.get(pulls[0]?.number ?? 0)?.body).toContain('reviewed: findings');
  }, 180_000);

  test('write --issue URL --repo CLONE works in your clone and puts you back on your branch', async () => {
    const clone = join(tmp, 'clone');
    await git(tmp, 'clone', '-q', `file://${gh.repoPath('o/r')}`, clone);
    await git(clone, 'remote', 'set-url', 'origin', `${server.url}/o/r.git`);
    await git(clone, 'checkout', '-q', '-b', 'my-work');
    const { io, code } = await onIssue('write', '--repo', clone);
    expect(io.err()).not.toContain('internal error');
    expect(code).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ outcome: 'written', branch: BRANCH });
    expect((await git(clone, 'branch', '--show-current')).trim()).toBe('my-work');
    expect(await git(clone, 'status', '--porcelain')).toBe('');
    // The commit is on the server, and the clone has the branch too.
    const pushed = (await git(gh.repoPath('o/r'), 'rev-parse', BRANCH)).trim();
    expect((await git(clone, 'rev-parse', BRANCH)).trim()).toBe(pushed);
    expect([...gh.repo('o/r').pulls.values()].map((p) => p.headRef)).toEqual([BRANCH]);
  }, 120_000);

  test('triage --issue URL asks its question on the issue itself', async () => {
    const model = JSON.parse(await readFile(join(DEMO, 'model.json'), 'utf8')) as {
      answers: Record<string, unknown>;
    };
    model.answers.triage_verdict = [
      {
        value: {
          clear: false,
          confidence: 0.3,
          question: 'Which units must parseDuration accept?',
          defaultAssumption: null,
          why: 'The units are not listed.',
          acceptanceCriteria: [],
          complexity: 'low',
        },
      },
    ];
    const script = join(tmp, 'model.json');
    await writeFile(script, JSON.stringify(model));
    const io = captureIo({ env: env(), cwd: tmp });
    const code = await main(
      ['triage', '--issue', `${server.url}/o/r/issues/7`, '--model-script', script],
      io,
    );
    expect(io.err()).not.toContain('internal error');
    expect(code).toBe(1);
    const comments = [...gh.repo('o/r').issueComments.values()].filter((c) => c.issueNumber === 7);
    expect(comments.map((c) => c.body).join('\n')).toContain(
      'Which units must parseDuration accept?',
    );
    expect(gh.repo('o/r').issues.get(7)?.labels).toEqual(
      expect.arrayContaining([expect.stringMatching(/clarification/)]),
    );
  }, 120_000);

  test.each([
    [
      'a PR URL as --issue',
      (u: string) => ['run', '--issue', `${u}/o/r/pull/1`],
      /that is a pull request/,
    ],
    [
      'an issue URL as --pr',
      (u: string) => ['review', '--pr', `${u}/o/r/issues/7`],
      /that is an issue/,
    ],
    [
      'a URL with credentials',
      (u: string) => ['run', '--issue', u.replace('http://', 'http://x:y@') + '/o/r/issues/7'],
      /must not carry credentials/,
    ],
    [
      'a --repo that is not a clone of it',
      (u: string, other: string) => ['run', '--issue', `${u}/o/r/issues/7`, '--repo', other],
      /its origin \(https:\/\/example\.com\/x\/y\.git\) is not/,
    ],
  ])('%s is a clear exit-2 error that changes nothing', async (_, args, why) => {
    const other = join(tmp, 'other');
    await mkdir(other);
    await git(other, 'init', '-q', '-b', 'main');
    await git(other, 'remote', 'add', 'origin', 'https://example.com/x/y.git');
    const io = captureIo({ env: env(), cwd: tmp });
    const code = await main(args(server.url, other), io);
    expect(io.err()).toMatch(why);
    expect(code).toBe(2);
    expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(await git(other, 'status', '--porcelain')).toBe('');
  });

  test('without GITHUB_TOKEN and without gh, the error says how to get a token', async () => {
    const io = captureIo({
      env: { PATH: '/nonexistent', HOME: tmp, TMPDIR: tmp, GITHUB_API_URL: gh.url },
      cwd: tmp,
    });
    const code = await main(['run', '--issue', `${server.url}/o/r/issues/7`], io);
    expect(io.err()).toMatch(/set GITHUB_TOKEN.*gh auth login/);
    expect(code).toBe(2);
    expect(gh.requests).toEqual([]);
  });
});
