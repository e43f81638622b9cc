// The actions' full GitHub client without @actions/github (which loads undici and an HTTP client
// at import): the request client (request-client.ts) plus the two plugins @actions/github adds,
// the REST methods and `paginate`. run.ts imports this module only after its first request.
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import type { GitHubClient } from './client.js';
import { createRequestClient, type RequestClient } from './request-client.js';
import type { CreateOctokitOptions } from './retry-policy.js';

/**
 * Adds the REST methods and `paginate` to a request client, in place, as Octokit.plugin() would
 * have at construction: the same instance keeps its auth, hooks, retry and throttling state.
 */
export function withRestMethods(client: RequestClient): GitHubClient {
  return Object.assign(client, restEndpointMethods(client), paginateRest(client));
}

export function createLightOctokit(options: CreateOctokitOptions): GitHubClient {
  return withRestMethods(createRequestClient(options));
}
