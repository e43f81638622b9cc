// Git plumbing on the emulator's bare repositories, for what is not done in-process (git-objects,
// git-trees, git-refs): diffs, merge bases, packed objects. Always async child processes with
// argument arrays: the emulator shares its event loop with the test that drives it.
import { spawn } from 'node:child_process';

export interface GitResult {
  readonly exitCode: number;
  readonly stdout: Buffer;
  readonly stderr: string;
}

export interface GitOptions {
  readonly input?: Buffer | string;
  readonly env?: Record<string, string>;
  /** Exit codes other than 0 that are answers, not failures (e.g. merge-base --is-ancestor). */
  readonly allowExitCodes?: readonly number[];
}

export class GitError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly exitCode: number,
    readonly stderr: string,
  ) {
    super(`git ${args.join(' ')} exited ${exitCode}: ${stderr.slice(-500)}`);
    this.name = 'GitError';
    Object.setPrototypeOf(this, GitError.prototype);
  }
}

// A fixed identity and no user/system config, so results do not depend on the machine.
const BASE_ENV: Record<string, string> = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'GitHub Emulator',
  GIT_AUTHOR_EMAIL: 'emulator@example.invalid',
  GIT_COMMITTER_NAME: 'GitHub Emulator',
  GIT_COMMITTER_EMAIL: 'emulator@example.invalid',
  GIT_TERMINAL_PROMPT: '0',
};

export function runGit(
  gitDir: string,
  args: readonly string[],
  options: GitOptions = {},
): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['--git-dir', gitDir, ...args], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...BASE_ENV, ...options.env },
      // A git that reads no input may exit before a write to its stdin: give it none then.
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (c: Buffer) => out.push(c));
    child.stderr?.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      const result = {
        exitCode: code ?? -1,
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err).toString('utf8'),
      };
      if (result.exitCode === 0 || options.allowExitCodes?.includes(result.exitCode)) {
        resolve(result);
      } else {
        reject(new GitError(args, result.exitCode, result.stderr));
      }
    });
    if (child.stdin) {
      child.stdin.on('error', () => {}); // EPIPE: the exit code tells what happened
      child.stdin.end(options.input);
    }
  });
}

/** Run git and return trimmed stdout as text. */
export async function git(
  gitDir: string,
  args: readonly string[],
  options: GitOptions = {},
): Promise<string> {
  const result = await runGit(gitDir, args, options);
  return result.stdout.toString('utf8').trim();
}

/** Resolve a rev to a commit sha, or undefined when it does not exist. */
export async function tryResolveCommit(gitDir: string, rev: string): Promise<string | undefined> {
  const result = await runGit(gitDir, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], {
    allowExitCodes: [1, 128],
  });
  return result.exitCode === 0 ? result.stdout.toString('utf8').trim() : undefined;
}
