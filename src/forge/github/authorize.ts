// Who may start or steer a run: writers, maintainers and admins of the repository, and the bots
// named in `allowed-bots`. A refusal is a notice for the summary, never an error.
import type { Actor } from './events/parse-event.js';
import { isBot } from './events/parse-event.js';
import type { GitHubRequester } from './client.js';
import { hasStatus, wrapApiError } from './errors.js';
import type { RepoRef } from './repo.js';

export type Authorization =
  { readonly allowed: true } | { readonly allowed: false; readonly reason: string };

export interface AuthorizeOptions {
  readonly repo: RepoRef;
  readonly actor: Actor;
  /** Bot logins from the `allowed-bots` input (`lailatov[bot]`); compared case-insensitively. */
  readonly allowedBots?: readonly string[];
  /** What the actor did, for the reason: "labeled #12". */
  readonly action?: string;
}

// role_name is the fine-grained role (custom roles included); `permission` is the legacy level,
// which folds maintain into write. Either one at write or above is enough.
const WRITE_ROLES = new Set(['admin', 'maintain', 'write']);

export const normalizeBot = (login: string): string =>
  login
    .trim()
    .toLowerCase()
    .replace(/\[bot\]$/, '');

/** Parses the `allowed-bots` input: comma or newline separated logins. */
export function parseAllowedBots(input: string): string[] {
  return input
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Takes a requester: this is an action's first API call, made before the REST methods load. */
export async function authorizeActor(
  octokit: GitHubRequester,
  options: AuthorizeOptions,
): Promise<Authorization> {
  const { actor, repo } = options;
  const did = options.action === undefined ? '' : ` (${options.action})`;
  if (isBot(actor)) {
    const listed = (options.allowedBots ?? []).some(
      (b) => normalizeBot(b) === normalizeBot(actor.login),
    );
    return listed
      ? { allowed: true }
      : {
          allowed: false,
          reason: `ignored: ${actor.login}${did} is a bot that is not listed in \`allowed-bots\``,
        };
  }
  let role: string;
  try {
    const { data } = await octokit.request(
      'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
      { owner: repo.owner, repo: repo.repo, username: actor.login },
    );
    const roleName = (data.role_name ?? '').toLowerCase();
    const legacy = (data.permission ?? '').toLowerCase();
    if (WRITE_ROLES.has(roleName) || WRITE_ROLES.has(legacy)) return { allowed: true };
    role = roleName || legacy || 'none';
  } catch (error) {
    // GitHub answers 404 for a login that is not a user of this repository.
    if (!hasStatus(error, 404)) {
      throw wrapApiError(error, {
        repo: `${repo.owner}/${repo.repo}`,
        doing: `checking ${actor.login}'s permission`,
      });
    }
    role = 'none';
  }
  return {
    allowed: false,
    reason: `ignored: ${actor.login}${did} has ${role} permission on ${repo.owner}/${repo.repo}; write, maintain or admin is needed`,
  };
}
