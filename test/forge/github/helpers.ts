// Shared by the GitHub adapter tests: a real client (our createOctokit, or the actions' light
// client) against the emulator,
// with backoff shrunk so retries cost milliseconds, and real git on the emulator's bare repos.
import { spawn } from 'node:child_process';
import {
  createOctokit,
  type CreateOctokitOptions,
  type GitHubClient,
  type RetryOptions,
} from '../../../src/forge/github/client.js';
import { track, type TrackedFinding } from '../../../src/core/findings.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github/index.js';

export const quietLog = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

export const FAST: RetryOptions = { backoffScale: 0.001, spaceWrites: false };

export interface ClientForOptions {
  token?: string;
  retry?: RetryOptions;
  warnings?: string[];
  /** Which client: createOctokit (@actions/github, the default) or createLightOctokit. */
  create?: (options: CreateOctokitOptions) => GitHubClient;
}

export function clientFor(gh: GitHubEmulator, options: ClientForOptions = {}): GitHubClient {
  const warnings = options.warnings;
  return (options.create ?? createOctokit)({
    token: options.token ?? gh.token,
    baseUrl: gh.url,
    userAgent: 'lailatov-tests',
    retry: { ...FAST, ...options.retry },
    log: warnings ? { ...quietLog, warn: (m: string) => warnings.push(m) } : quietLog,
  });
}

const GIT_ENV = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Seed',
  GIT_AUTHOR_EMAIL: 'seed@example.invalid',
  GIT_COMMITTER_NAME: 'Seed',
  GIT_COMMITTER_EMAIL: 'seed@example.invalid',
};

/** git against a bare repository, spawned asynchronously (the emulator shares this event loop). */
export function bareGit(gitDir: string, args: string[], input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['--git-dir', gitDir, ...args], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...GIT_ENV },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else
        reject(
          new Error(`git ${args.join(' ')} exited ${code}: ${Buffer.concat(err).toString('utf8')}`),
        );
    });
    // git may exit before it reads stdin (most commands never do): EPIPE then, not a failure;
    // the exit code above says whether the command worked.
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
  });
}

export const REPO = { owner: 'o', repo: 'r' };

/** An emulator holding `o/r` (a README on main), with no request logged yet, and main's sha. */
export async function emulatorWithRepo(): Promise<{ gh: GitHubEmulator; main: string }> {
  const gh = await startGitHubEmulator();
  await gh.createRepo('o/r', { files: { 'README.md': '# r\n' } });
  const main = (await bareGit(gh.repoPath('o/r'), ['rev-parse', 'main'])).trim();
  gh.resetRequests();
  return { gh, main };
}

/** A major finding on README.md's first line, as the review reports it in round 0. */
export function readmeFinding(rule: string, message = 'm'): TrackedFinding {
  return track(
    { severity: 'major', path: 'README.md', startLine: 1, endLine: 1, rule, message },
    0,
  );
}
