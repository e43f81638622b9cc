// The GitHub client a reporting command builds from its environment: the token from
// GITHUB_TOKEN (or GH_TOKEN), the API root from GITHUB_API_URL (GHES, the tests' emulator), and
// Octokit's warnings on stderr. `report` and `dashboard` read data branches with it; `report`
// also posts its digest with it.
import { UserError } from '../core/errors.js';
import type { GitHubClient } from '../forge/github/client.js';
import type { CliIo } from './io.js';

/** `why` finishes "…: set GITHUB_TOKEN (or GH_TOKEN) to a token that may …". */
export async function cliGitHubClient(
  io: CliIo,
  command: string,
  why: { readonly flags: string; readonly may: string },
): Promise<GitHubClient> {
  const token = (io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN ?? '').trim();
  if (token === '')
    throw new UserError(
      `${why.flags} through the API: set GITHUB_TOKEN (or GH_TOKEN) to a token that may ${why.may} (e.g. \`GITHUB_TOKEN=$(gh auth token)\`)`,
    );
  const { createOctokit } = await import('../forge/github/client.js');
  const { retryFromEnv } = await import('../onboard/github-access.js');
  return createOctokit({
    token,
    baseUrl: (io.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: `lailatov-${command}`,
    retry: retryFromEnv(io.env),
    log: {
      debug: () => {},
      info: () => {},
      warn: (m) => io.stderr(`lailatov ${command}: ${m}\n`),
      error: (m) => io.stderr(`lailatov ${command}: ${m}\n`),
    },
  });
}
