// The actions' GitHub client without @actions/github: that package (and @actions/core) load
// undici and an HTTP client at import, which is most of an action's cold start (bench/github).
// @octokit/rest on Node's own fetch, with the same retry and throttling policy as client.ts.
// Behind an HTTP(S) proxy Node's fetch does not honour the proxy variables, so there the
// caller uses client.ts (createOctokit), whose fetch does.
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { CreateOctokitOptions, GitHubClient } from './client.js';
import { httpFetch } from './http-fetch.js';

// httpFetch implements what @octokit/request reads of a Response, not the whole DOM type.
const fetchForOctokit = httpFetch as unknown as typeof fetch;

/** Statuses not to retry: the same list and reasons as DO_NOT_RETRY_STATUSES in client.ts. */
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 429, 451];

const LightOctokit = Octokit.plugin(retry, throttling);

/** True when the environment asks for a proxy (then use createOctokit from client.ts). */
export function wantsProxy(env: Readonly<Record<string, string | undefined>>): boolean {
  return ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'].some((k) => !!env[k]);
}

let clients = 0;

export function createLightOctokit(options: CreateOctokitOptions): GitHubClient {
  const r = options.retry ?? {};
  const scale = r.backoffScale ?? 1;
  const limitRetries = r.rateLimitRetries ?? 2;
  const maxWait = r.maxRetryAfterSeconds ?? 120;
  clients += 1;
  const onLimit =
    (kind: string) =>
    (after: number, req: { method: string; url: string }, _o: unknown, count: number): boolean => {
      const again = count < limitRetries && after <= maxWait;
      options.log?.warn(
        `${kind} on ${req.method} ${req.url}: ${again ? `retrying in ${after} s` : `giving up after ${count} retries`}`,
      );
      return again;
    };
  const unspaced = r.spaceWrites === false;
  const client = new LightOctokit({
    auth: `token ${options.token}`,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    request: { fetch: fetchForOctokit },
    ...(options.userAgent === undefined ? {} : { userAgent: options.userAgent }),
    ...(options.log === undefined ? {} : { log: options.log }),
    retry: { doNotRetry: DO_NOT_RETRY, retries: r.retries ?? 3, retryAfterBaseValue: 1000 * scale },
    throttle: {
      id: `lailatov-light-${clients}`,
      retryAfterBaseValue: 1000 * scale,
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
      // Tests turn GitHub's 1 s spacing of writes off; plugin-throttling has no switch for it,
      // so give it a zero minimum time through its own option.
      ...(unspaced ? { write: passThrough(), notifications: passThrough() } : {}),
    },
  });
  return client;
}

/** A limiter group that lets every job through (the shape plugin-throttling calls). */
function passThrough(): never {
  const group = {
    key: () => ({
      schedule: async <A extends unknown[], R>(
        _o: object,
        job: (...a: A) => Promise<R> | R,
        ...a: A
      ) => job(...a),
    }),
  };
  return group as never;
}
