// The full GitHub client on @actions/github (whose fetch honours proxy variables), and token
// masking. Retries and throttling come from retry-policy.ts, shared with request-client.ts; no
// adapter configures retries itself.
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { UserError } from '../../core/errors.js';
import { secretForms } from '../../core/secrets/mask.js';
import { clientOptions, type CreateOctokitOptions } from './retry-policy.js';

// Where the policy lives; re-exported for the adapters and tests that import them from here.
export {
  DO_NOT_RETRY_STATUSES,
  type CreateOctokitOptions,
  type OctokitLog,
  type RetryOptions,
} from './retry-policy.js';

/** The client every GitHub adapter takes: REST methods, `paginate` and `graphql`. */
export type GitHubClient = ReturnType<typeof getOctokit>;

/** What a call that needs no REST method table takes: the startup client or a full one. */
export type GitHubRequester = Pick<GitHubClient, 'request'>;

/**
 * Builds the client. `baseUrl` is taken here, at call time: @actions/github computes its own
 * default from `GITHUB_API_URL` when it is first imported, which is too early for tests and for
 * callers that read inputs first.
 */
export function createOctokit(options: CreateOctokitOptions): GitHubClient {
  return getOctokit(options.token, clientOptions(options), retry, throttling);
}

/**
 * Masks the token in the job log, in every form it could be printed in (as is, URL-encoded, the
 * base64 of it and of git's basic credential `x-access-token:<token>`). The caller calls it as soon as it has read the input, before
 * anything can print it; an empty token is refused here so a missing secret is named early.
 */
export function maskToken(token: string, inputName = 'github-token'): string {
  const trimmed = token.trim();
  if (trimmed === '') {
    throw new UserError(
      `The \`${inputName}\` input is empty. Pass \`\${{ github.token }}\` or a GitHub App token ` +
        '(actions/create-github-app-token); if it points at a secret, check the secret exists.',
    );
  }
  for (const form of new Set([trimmed, ...secretForms(trimmed)])) core.setSecret(form);
  return trimmed;
}
