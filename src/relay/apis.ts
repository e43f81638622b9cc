// The HTTP calls the relay and the actions make to ClickUp, Linear and GitHub, with fetch (it
// runs in Node, Workers and serverless functions alike). A token goes only in its own request's
// Authorization header; no message here ever carries it.

export interface Api {
  /** Base URL, e.g. https://api.clickup.com (a loopback stand-in in tests). */
  readonly url: string;
  readonly token: string;
}

export { DEFAULT_API_URLS } from './urls.js';

/** A provider answered with an error, or did not answer. `status` 0: no answer. */
export class RelayApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'RelayApiError';
    Object.setPrototypeOf(this, RelayApiError.prototype);
  }
}

const TIMEOUT_MS = 10_000;

async function call(
  what: string,
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string },
): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (e) {
    throw new RelayApiError(
      `${what}: no answer (${e instanceof Error ? e.message : String(e)})`,
      0,
    );
  }
  if (!res.ok) {
    const text = (await res.text().catch(() => '')).slice(0, 200);
    throw new RelayApiError(`${what}: HTTP ${res.status}${text ? ` ${text}` : ''}`, res.status);
  }
  return res;
}

const base = (api: Api) => api.url.replace(/\/+$/, '');
const json = { 'content-type': 'application/json', accept: 'application/json' };

/** GET /api/v2/task/{id}: the task's name, description, list, workspace, tags, custom fields. */
export async function getClickUpTask(api: Api, taskId: string): Promise<unknown> {
  const res = await call(
    `ClickUp GET task ${taskId}`,
    `${base(api)}/api/v2/task/${encodeURIComponent(taskId)}`,
    { method: 'GET', headers: { ...json, authorization: api.token } },
  );
  return res.json();
}

/** POST /api/v2/task/{id}/comment. */
export async function postClickUpComment(api: Api, taskId: string, text: string): Promise<void> {
  await call(
    `ClickUp comment on task ${taskId}`,
    `${base(api)}/api/v2/task/${encodeURIComponent(taskId)}/comment`,
    {
      method: 'POST',
      headers: { ...json, authorization: api.token },
      body: JSON.stringify({ comment_text: text, notify_all: false }),
    },
  );
}

export const LINEAR_COMMENT_MUTATION =
  'mutation LailaTovComment($input: CommentCreateInput!) { commentCreate(input: $input) { success } }';

/** Linear's GraphQL `commentCreate` on the issue (a personal API key or `Bearer <OAuth token>`). */
export async function postLinearComment(api: Api, issueId: string, body: string): Promise<void> {
  const res = await call(`Linear commentCreate on ${issueId}`, `${base(api)}/graphql`, {
    method: 'POST',
    headers: { ...json, authorization: api.token },
    body: JSON.stringify({
      query: LINEAR_COMMENT_MUTATION,
      variables: { input: { issueId, body } },
    }),
  });
  // GraphQL answers 200 with `errors` for a refused mutation.
  const answer = (await res.json()) as {
    errors?: { message?: string }[];
    data?: { commentCreate?: { success?: boolean } };
  };
  if (answer.errors?.length || answer.data?.commentCreate?.success !== true)
    throw new RelayApiError(
      `Linear commentCreate on ${issueId}: ${answer.errors?.map((e) => e.message).join('; ') || 'not successful'}`,
      200,
    );
}

/** POST /repos/{owner}/{repo}/dispatches (repository_dispatch). */
export async function sendRepositoryDispatch(
  api: Api,
  repo: string,
  body: { event_type: string; client_payload: object },
): Promise<void> {
  await call(`GitHub repository_dispatch to ${repo}`, `${base(api)}/repos/${repo}/dispatches`, {
    method: 'POST',
    headers: {
      ...json,
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${api.token}`,
      'x-github-api-version': '2022-11-28',
      'user-agent': 'lailatov-relay',
    },
    body: JSON.stringify(body),
  });
}
