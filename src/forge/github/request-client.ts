// The client an action starts with: @octokit/core with the suite's retry and throttling policy
// (retry-policy.ts) over node:http (http-fetch.ts), WITHOUT the REST method table. That table
// (plugin-rest-endpoint-methods, 0.1 MB) is the largest part of Octokit, and the calls made
// before a stage loads (the permission check, the 👀) need only `request`; light-client.ts adds
// the methods to this same client afterwards (bench/github: cold start).
// Behind an HTTP(S) proxy Node's fetch and node:http do not honour the proxy variables, so
// there the caller uses client.ts (createOctokit), whose fetch does.
import { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { httpFetch } from './http-fetch.js';
import { clientOptions, type CreateOctokitOptions } from './retry-policy.js';

// httpFetch implements what @octokit/request reads of a Response, not the whole DOM type.
const fetchForOctokit = httpFetch as unknown as typeof fetch;

const RequestOctokit = Octokit.plugin(retry, throttling);

/** `request` and `graphql` with retries and throttling; no `rest` methods, no `paginate`. */
export type RequestClient = InstanceType<typeof RequestOctokit>;

/** True when the environment asks for a proxy (then use createOctokit from client.ts). */
export function wantsProxy(env: Readonly<Record<string, string | undefined>>): boolean {
  return ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'].some((k) => !!env[k]);
}

export function createRequestClient(options: CreateOctokitOptions): RequestClient {
  return new RequestOctokit({
    auth: options.token,
    request: { fetch: fetchForOctokit },
    ...clientOptions(options),
  });
}
