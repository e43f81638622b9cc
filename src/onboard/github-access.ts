// How a command on a laptop reaches GitHub: a token from the environment (GITHUB_TOKEN, GH_TOKEN)
// or from the GitHub CLI (`gh auth token`), and the API root (GITHUB_API_URL, for GHES and the
// tests' emulator). The token is never printed.
import { UserError } from '../core/errors.js';
import { runCommand } from '../engines/process.js';
import type { GitHubClient } from '../forge/github/client.js';
import { createLightOctokit } from '../forge/github/light-client.js';
import { parseRepo, type RepoRef } from '../forge/github/repo.js';
import { backoffScaleFrom, retryAtScale } from '../forge/github/retry-policy.js';

export interface GitHubAccess {
  readonly octokit: GitHubClient;
  readonly repo: RepoRef;
  /** The API root, e.g. https://api.github.com. */
  readonly apiUrl: string;
}

type Env = Readonly<Record<string, string | undefined>>;

/** GITHUB_TOKEN or GH_TOKEN, else the GitHub CLI's; `what` says what the token must be able to do. */
export async function tokenFrom(
  env: Env,
  what = 'a token with admin rights on the repository',
): Promise<string> {
  const fromEnv = env.GITHUB_TOKEN || env.GH_TOKEN;
  if (fromEnv) return fromEnv;
  const gh = await runCommand('gh', ['auth', 'token'], {
    cwd: '/',
    env: { PATH: env.PATH ?? '/usr/bin:/bin', HOME: env.HOME ?? '/' },
    timeoutMs: 10_000,
  }).catch(() => null);
  const token = gh?.exitCode === 0 ? gh.stdout.trim() : '';
  if (token === '')
    throw new UserError(
      `no GitHub token: set GITHUB_TOKEN (${what}), or log in with the GitHub CLI (gh auth login)`,
    );
  return token;
}

export async function githubAccess(
  repo: string,
  env: Env,
  flag = '--github',
): Promise<GitHubAccess> {
  const ref = parseRepo(repo, flag);
  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  const octokit = createLightOctokit({
    token: await tokenFrom(env),
    baseUrl: apiUrl,
    log: quiet,
    retry: retryFromEnv(env),
  });
  return { octokit, repo: ref, apiUrl };
}

const quiet = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/** The retry options LAILATOV_BACKOFF_SCALE asks for. */
export function retryFromEnv(env: Env): { backoffScale: number; spaceWrites: boolean } {
  return retryAtScale(backoffScaleFrom(env.LAILATOV_BACKOFF_SCALE));
}
