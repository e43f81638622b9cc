// The one retry and throttling policy of every GitHub client the suite builds: createOctokit
// (client.ts, @actions/github) and createRequestClient (request-client.ts, @octokit/core) both
// take their Octokit options from clientOptions() here. Types only from the plugins: importing
// this module loads no Octokit code.
import type { RetryOptions as PluginRetryOptions } from '@octokit/plugin-retry';
import type { ThrottlingOptions } from '@octokit/plugin-throttling';
import { UserError } from '../../core/errors.js';

/**
 * Statuses plugin-retry must NOT retry. A retry would repeat the same answer, or hide a
 * decision that belongs to the caller:
 * - 400 bad request, 410 gone, 451 legal: the same request fails the same way.
 * - 401 bad credentials, 403 missing permission: wrapApiError turns them into a fix to apply.
 *   (403 and 429 rate limits are retried by plugin-throttling, which honours retry-after.)
 * - 404: "not there" or "not visible to this token"; callers that expect it test for it.
 * - 409 conflict (e.g. "Git Repository is empty"): needs another request, not the same one.
 * - 422 validation failed: also how a compare-and-swap ref update says "the ref moved"; the
 *   outcome store re-reads and retries with its own backoff (git-branch-store.ts).
 * - 429: left to plugin-throttling, so one rate limit is not retried by two plugins.
 * Everything else (5xx, dropped connections, which @octokit/request reports as 500) is retried.
 */
export const DO_NOT_RETRY_STATUSES: readonly number[] = [
  400, 401, 403, 404, 409, 410, 422, 429, 451,
];

export interface RetryOptions {
  /** Retries of a 5xx or dropped request (plugin-retry). Default 3. */
  readonly retries?: number;
  /** Retries after a primary or secondary rate limit (plugin-throttling). Default 2. */
  readonly rateLimitRetries?: number;
  /** A rate limit asking to wait longer than this is not waited for. Default 120 s. */
  readonly maxRetryAfterSeconds?: number;
  /**
   * Multiplies every backoff. 1 is real time: plugin-retry waits (n+1)² s, plugin-throttling
   * waits `retry-after` s. Tests pass e.g. 0.001 so a "2 s" retry-after costs 2 ms.
   */
  readonly backoffScale?: number;
  /**
   * GitHub asks integrations to leave about 1 s between content-creating requests, and
   * plugin-throttling does so for every client in the process. Tests that hammer the emulator
   * on purpose turn it off. Default true.
   */
  readonly spaceWrites?: boolean;
}

export interface CreateOctokitOptions {
  readonly token: string;
  /** The REST API root (`GITHUB_API_URL`, e.g. https://ghe.example.com/api/v3), read by the caller. */
  readonly baseUrl: string;
  readonly userAgent?: string;
  readonly retry?: RetryOptions;
  /** Octokit's logger; defaults to Octokit's own (console). */
  readonly log?: OctokitLog;
}

export interface OctokitLog {
  debug: (message: string) => void;
  info: (message: string) => void;
  warn: (message: string) => void;
  error: (message: string) => void;
}

/** A limiter group that lets every job through at once (the shape plugin-throttling calls). */
interface LimiterGroup {
  key: (id: string) => {
    schedule: <A extends unknown[], R>(
      options: object,
      job: (...args: A) => Promise<R> | R,
      ...args: A
    ) => Promise<R>;
  };
}
const passThrough: LimiterGroup = {
  key: () => ({ schedule: async (_options, job, ...args) => job(...args) }),
};
// plugin-throttling types the group as a Bottleneck.Group, of which it calls only key().schedule().
const UNSPACED = passThrough as unknown as NonNullable<ThrottlingOptions['write']>;

/** The Octokit options both clients share (everything but auth and the HTTP stack). */
export interface PolicyOptions {
  readonly baseUrl: string;
  readonly userAgent?: string;
  readonly log?: OctokitLog;
  readonly retry: PluginRetryOptions;
  readonly throttle: ThrottlingOptions;
}

let clientCounter = 0;

export function clientOptions(options: CreateOctokitOptions): PolicyOptions {
  const r = options.retry ?? {};
  const scale = r.backoffScale ?? 1;
  const rateLimitRetries = r.rateLimitRetries ?? 2;
  const maxRetryAfter = r.maxRetryAfterSeconds ?? 120;
  const spaced = r.spaceWrites ?? true;
  clientCounter += 1;

  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      retryCount: number,
    ): boolean => {
      const wanted = retryCount < rateLimitRetries && retryAfter <= maxRetryAfter;
      const what = `${kind} on ${request.method} ${request.url}`;
      options.log?.warn(
        wanted
          ? `${what}: retrying in ${retryAfter} s (retry ${retryCount + 1} of ${rateLimitRetries})`
          : `${what}: giving up after ${retryCount} retries (retry-after ${retryAfter} s)`,
      );
      return wanted;
    };

  return {
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    ...(options.userAgent === undefined ? {} : { userAgent: options.userAgent }),
    ...(options.log === undefined ? {} : { log: options.log }),
    retry: {
      doNotRetry: [...DO_NOT_RETRY_STATUSES],
      retries: r.retries ?? 3,
      retryAfterBaseValue: 1000 * scale,
    },
    throttle: {
      // A shared id would serialise every client's writes with one another's (plugin-throttling
      // keeps its limiter groups per process, keyed by id); spacing is only meant per client.
      id: `lailatov-${clientCounter}`,
      retryAfterBaseValue: 1000 * scale,
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
      ...(spaced ? {} : { write: UNSPACED, notifications: UNSPACED }),
    },
  };
}

/**
 * LAILATOV_BACKOFF_SCALE: a multiplier of every retry wait (default 1). Below 1 it also stops
 * the 1 s spacing of writes GitHub asks for; tests against the emulator set it, so that a 502
 * burst or a retry-after costs milliseconds. On GitHub it stays unset.
 */
export function backoffScaleFrom(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 1;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0)
    throw new UserError(
      `LAILATOV_BACKOFF_SCALE: expected a number >= 0 (1 by default), got ${JSON.stringify(value)}`,
    );
  return n;
}

/** The retry options of a backoff scale: below 1 (tests) the 1 s spacing of writes goes too. */
export function retryAtScale(backoffScale: number): { backoffScale: number; spaceWrites: boolean } {
  return { backoffScale, spaceWrites: backoffScale >= 1 };
}
