// The relay: one handler on the web-standard Request/Response, so the same code serves the
// `lailatov relay` Node server, a serverless function and the tests. It checks, in order: the
// rate (429), the size (413), the signature (401), the freshness (Linear, 401), whether the
// delivery asks for work (200, ignored), the delivery id (200, duplicate), the route (404);
// then it sends one repository_dispatch and acknowledges on the task. Nothing is sent before
// every check has passed, and no secret is logged or answered.
import {
  DEFAULT_API_URLS,
  getClickUpTask,
  postClickUpComment,
  postLinearComment,
  RelayApiError,
  sendRepositoryDispatch,
  type Api,
} from './apis.js';
import { hasTag, readClickUpDelivery, readClickUpTask } from './clickup.js';
import { clickupRepo, linearRepo, type RelayConfig } from './config.js';
import { linearDeliveryId, readLinearDelivery, staleness } from './linear.js';
import { actorAllowed, agentTaskDispatch, sourceLabel, type SourceTask } from './payload.js';
import { RateLimiter } from './rate-limit.js';
import { verifySignature } from './signature.js';
import { MemoryDeliveryStore, type DeliveryStore } from './store.js';

export interface RelaySecrets {
  /** Used only for repository_dispatch: fine-grained, contents: write on the mapped repos. */
  readonly githubToken: string;
  readonly clickup: {
    readonly webhookSecrets: readonly string[];
    readonly apiToken: string;
  } | null;
  readonly linear: {
    readonly webhookSecrets: readonly string[];
    /** For the acknowledging comment; null: none is posted. */
    readonly apiKey: string | null;
  } | null;
}

export interface RelayLogger {
  info(message: string): void;
  warn(message: string): void;
}

export interface RelayDeps {
  readonly config: RelayConfig;
  readonly secrets: RelaySecrets;
  readonly urls?: Partial<Record<keyof typeof DEFAULT_API_URLS, string>>;
  readonly store?: DeliveryStore;
  readonly now?: () => number;
  readonly logger?: RelayLogger;
}

/** `client` identifies the caller for the rate limit (the adapter knows its address). */
export type RelayHandler = (
  request: Request,
  client?: { readonly ip?: string },
) => Promise<Response>;

const answer = (status: number, body: Record<string, unknown>): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });

class TooLarge extends Error {}

/** The body's bytes, refused past `max` without reading the rest. */
async function readCapped(request: Request, max: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? 'NaN');
  if (Number.isFinite(declared) && declared > max) throw new TooLarge();
  if (request.body === null) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
}

export function createRelayHandler(deps: RelayDeps): RelayHandler {
  const { config, secrets } = deps;
  const now = deps.now ?? Date.now;
  const store = deps.store ?? new MemoryDeliveryStore();
  const limiter = new RateLimiter(config.ratePerMinute, now);
  const log = deps.logger ?? { info: () => undefined, warn: () => undefined };
  const url = (k: keyof typeof DEFAULT_API_URLS) => deps.urls?.[k] ?? DEFAULT_API_URLS[k];
  const github: Api = { url: url('github'), token: secrets.githubToken };

  /** Claim, route, dispatch, acknowledge: the part after the provider's own checks. */
  async function dispatch(
    deliveryId: string,
    task: SourceTask,
    repo: string | null,
    where: string,
    acknowledge: ((text: string) => Promise<void>) | null,
  ): Promise<Response> {
    const label = `${sourceLabel(task.source)} ${task.key}`;
    if (repo === null) {
      // Released: once the mapping names the target, the provider's retry is handled.
      await store.release(deliveryId);
      log.warn(`${label}: no route for ${where}; nothing sent`);
      return answer(404, { error: `no repository is mapped for ${where}` });
    }
    // One task, one hand-over: ClickUp sends taskCreated and taskTagUpdated for a task created
    // with the tag, and a dispatch without an issue number opens a new issue each time.
    const taskKey = `${task.source}:task:${task.id}`;
    if (!(await store.claim(taskKey)))
      return answer(200, { status: 'duplicate', reason: `${label} was already handed over` });
    try {
      await sendRepositoryDispatch(github, repo, agentTaskDispatch(task));
    } catch (e) {
      await Promise.all([store.release(deliveryId), store.release(taskKey)]);
      const why = e instanceof RelayApiError ? e.message : String(e);
      log.warn(`${label}: the dispatch to ${repo} failed: ${why}`);
      const hint =
        e instanceof RelayApiError && [401, 403, 404].includes(e.status)
          ? ' (the relay token needs contents: write on this repository)'
          : '';
      return answer(502, { error: `the dispatch to ${repo} failed${hint}` });
    }
    log.info(`${label}: agent-task dispatched to ${repo} (${deliveryId})`);
    if (acknowledge) {
      const text = `LailaTov: sent to ${repo}. A draft pull request will be linked here when it opens.`;
      await acknowledge(text).catch((e: unknown) =>
        log.warn(
          `${label}: the acknowledging comment failed: ${e instanceof Error ? e.message : String(e)}`,
        ),
      );
    }
    return answer(200, { status: 'dispatched', repo });
  }

  async function clickup(bytes: Uint8Array, request: Request): Promise<Response> {
    const cu = config.clickup;
    const keys = secrets.clickup;
    if (cu === null || keys === null)
      return answer(404, { error: 'the ClickUp relay is not configured' });
    if (!verifySignature(keys.webhookSecrets, bytes, request.headers.get('x-signature')))
      return answer(401, { error: 'bad signature (X-Signature)' });
    const body = parseJson(bytes);
    if (body === undefined) return answer(400, { error: 'the body is not JSON' });
    const d = readClickUpDelivery(body, cu.tag);
    if (d.kind === 'ignore') return answer(200, { status: 'ignored', reason: d.reason });
    if (!actorAllowed(cu.users, d.actor))
      return answer(200, {
        status: 'ignored',
        reason: 'the user who tagged is not in clickup.users',
      });
    if (!(await store.claim(d.deliveryId)))
      return answer(200, { status: 'duplicate', reason: `delivery ${d.deliveryId} was handled` });
    const api: Api = { url: url('clickup'), token: keys.apiToken };
    let found;
    try {
      found = readClickUpTask(await getClickUpTask(api, d.taskId), cu.riskField);
    } catch (e) {
      await store.release(d.deliveryId);
      log.warn(`ClickUp ${d.taskId}: ${e instanceof Error ? e.message : String(e)}`);
      return answer(502, { error: `could not read ClickUp task ${d.taskId}` });
    }
    if (found === null) {
      await store.release(d.deliveryId);
      return answer(502, { error: `ClickUp task ${d.taskId} has no id or name` });
    }
    if (d.tagFromTask && !hasTag(found.tags, cu.tag)) {
      await store.release(d.deliveryId);
      return answer(200, { status: 'ignored', reason: `the new task has no tag "${cu.tag}"` });
    }
    return dispatch(
      d.deliveryId,
      found.task,
      clickupRepo(cu.routes, found),
      `ClickUp workspace ${found.workspace ?? '?'}, list ${found.list ?? '?'}`,
      (text) => postClickUpComment(api, found.task.id, text),
    );
  }

  async function linear(bytes: Uint8Array, request: Request): Promise<Response> {
    const li = config.linear;
    const keys = secrets.linear;
    if (li === null || keys === null)
      return answer(404, { error: 'the Linear relay is not configured' });
    if (!verifySignature(keys.webhookSecrets, bytes, request.headers.get('linear-signature')))
      return answer(401, { error: 'bad signature (Linear-Signature)' });
    const body = parseJson(bytes);
    if (body === undefined) return answer(400, { error: 'the body is not JSON' });
    // A signed body replayed later is refused: the timestamp is inside what was signed.
    const stale = staleness(body, now(), config.maxAgeSeconds);
    if (stale !== null) return answer(401, { error: `stale delivery: ${stale}` });
    const d = readLinearDelivery(body, li);
    if (d.kind === 'ignore') return answer(200, { status: 'ignored', reason: d.reason });
    if (!actorAllowed(li.users, d.actor))
      return answer(200, {
        status: 'ignored',
        reason: 'the user who labeled is not in linear.users',
      });
    const id = linearDeliveryId(body, request.headers.get('linear-delivery'));
    if (!(await store.claim(id)))
      return answer(200, { status: 'duplicate', reason: `delivery ${id} was handled` });
    const apiKey = keys.apiKey;
    return dispatch(
      id,
      d.task,
      linearRepo(li.routes, d.team),
      `Linear team ${d.team.key ?? d.team.id ?? '?'}`,
      apiKey === null
        ? null
        : (text) => postLinearComment({ url: url('linear'), token: apiKey }, d.task.id, text),
    );
  }

  return async (request, client) => {
    const path = new URL(request.url).pathname.replace(/\/+$/, '');
    if (request.method === 'GET' && path.endsWith('/healthz')) return answer(200, { status: 'ok' });
    const provider = path.endsWith('/clickup') ? clickup : path.endsWith('/linear') ? linear : null;
    if (provider === null)
      return answer(404, {
        error: 'POST to /clickup or /linear (GET /healthz for a health check)',
      });
    if (request.method !== 'POST') return answer(405, { error: 'POST only' });
    if (!limiter.take(client?.ip ?? 'unknown'))
      return answer(429, { error: `more than ${config.ratePerMinute} requests a minute` });
    let bytes: Uint8Array;
    try {
      bytes = await readCapped(request, config.maxBodyBytes);
    } catch (e) {
      if (e instanceof TooLarge)
        return answer(413, { error: `the body is larger than ${config.maxBodyBytes} bytes` });
      throw e;
    }
    return provider(bytes, request);
  };
}
