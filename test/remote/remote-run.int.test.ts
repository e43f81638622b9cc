// Remote mode end to end: `lailatov run --issue <URL>` on the emulator (API) and a git smart-HTTP
// server on the emulator's bare repositories (clone and push), with the demo's replay scripts
// and scripted model. The agent branch must reach the server and the PR must be open on it.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { readdir, readFile, rm, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { main } from '../../src/cli/main.js';
import { basicCredential } from '../../src/forge/github/workspace.js';
import { captureIo } from '../support/cli-io.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { newIssue } from '../support/github/routes/issues.js';
import { startGitHttpServer, type GitHttpServer } from '../support/git-http/server.js';
import { DEMO, git } from '../e2e/helpers.js';

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
    tmp = await mkdtemp(join(tmpdir(), 'remote-run-'));
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

  test('run --issue URL pushes the agent branch, opens the draft PR and reports on it', async () => {
    const io = captureIo({ env: env(), cwd: tmp });
    const code = await main(
      [
        'run',
        '--issue',
        `${server.url}/o/r/issues/7`,
        '--replay',
        join(DEMO, 'replay'),
        '--model-script',
        join(DEMO, 'model.json'),
        '--json',
      ],
      io,
    );
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
  }, 120_000);
});
