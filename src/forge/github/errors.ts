// Known GitHub API failures become UserErrors that say what to fix; anything else stays a bug.
import { UserError } from '../../core/errors.js';

/** The parts of an Octokit RequestError we read (duck-typed: it is not our dependency). */
export interface ApiErrorLike {
  readonly status: number;
  readonly message: string;
  readonly request?: { readonly method?: string; readonly url?: string };
  readonly response?: { readonly headers?: Record<string, string | number | undefined> };
}

export function isApiError(error: unknown): error is Error & ApiErrorLike {
  return (
    error instanceof Error &&
    typeof (error as unknown as { status?: unknown }).status === 'number' &&
    (error as unknown as { status: number }).status > 0
  );
}

/** True when the API answered with this status (a network failure is never a status match). */
export function hasStatus(error: unknown, ...statuses: number[]): boolean {
  return isApiError(error) && statuses.includes(error.status);
}

/**
 * GitHub itself failed (5xx after the client's retries, or no answer): our infrastructure, not
 * the user's mistake. Stages map it to an `infra_error` outcome and a neutral check. The original
 * error is the `cause`.
 */
export class GitHubApiError extends Error {
  readonly status: number;

  constructor(message: string, status: number, cause: unknown) {
    super(message, { cause });
    this.name = 'GitHubApiError';
    this.status = status;
    Object.setPrototypeOf(this, GitHubApiError.prototype);
  }
}

export interface ApiErrorContext {
  /** owner/name the call was about. */
  readonly repo: string;
  /** What we were doing, for the message: "appending the outcome record". */
  readonly doing: string;
  /** The input that holds the token. */
  readonly tokenInput?: string;
}

// The workflow `permissions:` key for the path of a REST call, when GitHub does not send
// `x-accepted-github-permissions`. Checked in order; the first match wins.
const SCOPE_BY_PATH: readonly (readonly [RegExp, string])[] = [
  [/^\/repos\/[^/]+\/[^/]+\/(git|contents|dispatches)(\/|$)/, 'contents'],
  [/^\/repos\/[^/]+\/[^/]+\/pulls(\/|$)/, 'pull-requests'],
  [/^\/repos\/[^/]+\/[^/]+\/(issues|labels)(\/|$)/, 'issues'],
  [/^\/repos\/[^/]+\/[^/]+\/(check-runs|check-suites)(\/|$)/, 'checks'],
  [/^\/repos\/[^/]+\/[^/]+\/statuses(\/|$)/, 'statuses'],
  [/^\/repos\/[^/]+\/[^/]+\/actions(\/|$)/, 'actions'],
  [/^\/graphql$/, 'pull-requests'],
];

/** `contents=write,issues=read` (GitHub App names) → `contents: write` (workflow YAML names). */
function acceptedPermissions(header: string): string[] {
  return header
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.includes('='))
    .map((part) => {
      const [scope = '', level = ''] = part.split('=');
      return `${scope.trim().replace(/_/g, '-')}: ${level.trim()}`;
    });
}

function requestPath(error: ApiErrorLike): string {
  try {
    return new URL(error.request?.url ?? '', 'http://x').pathname.replace(/^\/api\/v3(?=\/)/, '');
  } catch {
    return '';
  }
}

function neededPermission(error: ApiErrorLike): string | undefined {
  const header = error.response?.headers?.['x-accepted-github-permissions'];
  if (typeof header === 'string' && header.trim() !== '') {
    return acceptedPermissions(header).join(', ') || undefined;
  }
  const path = requestPath(error);
  const scope = SCOPE_BY_PATH.find(([pattern]) => pattern.test(path))?.[1];
  if (scope === undefined) return undefined;
  const method = (error.request?.method ?? 'GET').toUpperCase();
  return `${scope}: ${method === 'GET' || method === 'HEAD' ? 'read' : 'write'}`;
}

/**
 * Translates what a user can fix: a bad or missing token (401), a token without the needed
 * `permissions:` scope (403 "Resource not accessible by integration"), a repository the token
 * cannot see (404 on the repository itself). A 5xx that survived the retries becomes a
 * GitHubApiError naming the call. Returns any other error unchanged, stack intact; callers
 * `throw wrapApiError(e, ctx)`.
 */
export function wrapApiError(error: unknown, context: ApiErrorContext): unknown {
  if (!isApiError(error)) return error;
  const input = context.tokenInput ?? 'github-token';
  const where = `while ${context.doing} on ${context.repo}`;
  if (error.status === 401) {
    return new UserError(
      `GitHub rejected the token (401 ${error.message}) ${where}. The \`${input}\` input holds a ` +
        'missing, expired or revoked token: check the secret it reads (e.g. secrets.GITHUB_TOKEN, ' +
        'or the APP_ID / APP_PRIVATE_KEY pair given to actions/create-github-app-token).',
    );
  }
  if (error.status === 403 && /not accessible by integration/i.test(error.message)) {
    const permission = neededPermission(error);
    const fix =
      permission === undefined
        ? 'Grant the missing scope in the workflow `permissions:` block (or to the GitHub App).'
        : `Add \`${permission}\` to the workflow's \`permissions:\` block (or grant it to the ` +
          'GitHub App that minted the token).';
    return new UserError(
      `The token in \`${input}\` may not do this (403 ${error.message}) ${where}. ${fix}`,
      permission === undefined ? [] : [permission],
    );
  }
  if (error.status === 404 && /^\/repos\/[^/]+\/[^/]+\/?$/.test(requestPath(error))) {
    return new UserError(
      `The token in \`${input}\` cannot see ${context.repo} (404) ${where}. Check the owner/name, ` +
        'and that the token (or the GitHub App installation) has access to this repository.',
    );
  }
  if (error.status >= 500) {
    const method = (error.request?.method ?? '').toUpperCase();
    return new GitHubApiError(
      `GitHub answered ${error.status} (${error.message}) to ${method} ${requestPath(error)} ${where}, ` +
        'after the client retried it. GitHub may be degraded (https://www.githubstatus.com); re-run the job later.',
      error.status,
      error,
    );
  }
  return error;
}
