// A scripted Anthropic-compatible model server on 127.0.0.1 (port 0): serves POST /v1/messages
// (JSON and SSE streaming) and POST /v1/messages/count_tokens from a Scenario, charges usage the
// way the API does (prompt caching included), and injects faults. All state lives in the
// returned object, so any number of servers can run in parallel. See README.md.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describeFault, FaultQueue } from './faults.js';
import { ANTHROPIC_LIST_PRICES, costUsd, priceFor } from './prices.js';
import { ScenarioPlayer } from './scenario.js';
import {
  CacheLedger,
  countInputTokens,
  countOutputTokens,
  MAX_CACHE_BREAKPOINTS,
  countBreakpoints,
} from './tokens.js';
import type {
  Fault,
  LoggedRequest,
  ModelPrice,
  ParsedRequest,
  RequestMessage,
  Scenario,
  Turn,
  Usage,
  UsageTotals,
} from './types.js';
import { buildMessage, errorBody, formatSse, newId, streamEvents } from './wire.js';

export interface ModelServerOptions {
  scenario: Scenario;
  /** Prices for `usageTotals().costUsd`; defaults to Anthropic's list prices. */
  prices?: readonly ModelPrice[];
  /** Accept only this key (in `x-api-key` or `Authorization: Bearer`); any key when absent. */
  apiKey?: string;
  /**
   * Shortest prefix (tokens) a breakpoint may cache, for every model; by default each model's
   * own minimum (1024 for Sonnet, 4096 for Opus 4.5+ and Haiku 4.5). Use 0 in small tests.
   */
  minCacheableTokens?: number;
}

export interface ModelServer {
  /** `http://127.0.0.1:PORT`, the client's base URL. */
  readonly url: string;
  readonly port: number;
  /** Every request received, in order of arrival. */
  readonly requests: LoggedRequest[];
  /** Scenario mistakes seen (exhausted script, unknown tool, bad body): a test can assert none. */
  readonly failures: string[];
  readonly faults: FaultQueue;
  usageTotals(): UsageTotals;
  /** Scripted turns not yet served. */
  remainingTurns(): number;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
    Object.setPrototypeOf(this, HttpError.prototype);
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v.join(', ') : v;
}

function apiKeyOf(req: IncomingMessage): string | undefined {
  const bearer = /^Bearer\s+(.+)$/i.exec(header(req, 'authorization') ?? '')?.[1];
  return header(req, 'x-api-key') ?? bearer;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of req) parts.push(chunk as Buffer);
  return Buffer.concat(parts).toString('utf8');
}

function parseRequest(path: string, raw: string, needsMaxTokens: boolean): ParsedRequest {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new HttpError(400, 'model-server: the request body is not valid JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, 'model-server: the request body must be a JSON object');
  }
  const b = body as Record<string, unknown>;
  if (typeof b.model !== 'string' || b.model === '') {
    throw new HttpError(400, 'model: Field required (a model id string)');
  }
  if (!Array.isArray(b.messages)) throw new HttpError(400, 'messages: Field required (an array)');
  if (needsMaxTokens && typeof b.max_tokens !== 'number') {
    throw new HttpError(400, 'max_tokens: Field required (a number)');
  }
  const marks = countBreakpoints(b);
  if (marks > MAX_CACHE_BREAKPOINTS) {
    throw new HttpError(
      400,
      `A maximum of ${MAX_CACHE_BREAKPOINTS} blocks with cache_control may be provided. Found ${marks}.`,
    );
  }
  const messages = b.messages as RequestMessage[];
  messages.forEach((m, i) => {
    if (
      typeof m?.role !== 'string' ||
      (typeof m.content !== 'string' && !Array.isArray(m.content))
    ) {
      throw new HttpError(400, `messages.${i}: needs a role and a string or array content`);
    }
  });
  const system =
    typeof b.system === 'string'
      ? b.system
      : Array.isArray(b.system)
        ? (b.system as Array<{ text?: unknown }>).map((s) => String(s.text ?? '')).join('\n')
        : '';
  const tools = Array.isArray(b.tools) ? (b.tools as Array<{ name?: unknown }>) : [];
  const tc = b.tool_choice as { type?: unknown; name?: unknown } | undefined;
  return {
    path,
    model: b.model,
    stream: b.stream === true,
    maxTokens: typeof b.max_tokens === 'number' ? b.max_tokens : undefined,
    system,
    toolNames: tools.map((t) => String(t.name)),
    toolChoice:
      tc && typeof tc.type === 'string'
        ? { type: tc.type, ...(typeof tc.name === 'string' ? { name: tc.name } : {}) }
        : undefined,
    messages,
    body: b,
  };
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function emptyUsage(): Usage {
  return {
    input_tokens: 0,
    output_tokens: 0,
    cache_creation_input_tokens: 0,
    cache_read_input_tokens: 0,
  };
}

function addUsage(into: Usage, u: Usage): void {
  into.input_tokens += u.input_tokens;
  into.output_tokens += u.output_tokens;
  into.cache_creation_input_tokens += u.cache_creation_input_tokens;
  into.cache_read_input_tokens += u.cache_read_input_tokens;
}

export async function startModelServer(options: ModelServerOptions): Promise<ModelServer> {
  const player = new ScenarioPlayer(options.scenario);
  const ledger = new CacheLedger(options.minCacheableTokens);
  const prices = options.prices ?? ANTHROPIC_LIST_PRICES;
  const faults = new FaultQueue();
  const requests: LoggedRequest[] = [];
  const failures: string[] = [];
  const byModel = new Map<string, Usage & { requests: number }>();

  function sendError(
    res: ServerResponse,
    entry: LoggedRequest,
    status: number,
    message: string,
    extra: Record<string, string> = {},
  ): void {
    entry.status = status;
    entry.error = message;
    res.writeHead(status, {
      'content-type': 'application/json',
      'request-id': newId('req'),
      ...extra,
    });
    res.end(errorBody(status, message));
  }

  function usageFor(req: ParsedRequest, turn: Turn): Usage {
    const input = ledger.charge(req);
    return { ...input, output_tokens: countOutputTokens(turn), ...turn.usage };
  }

  function recordCharge(model: string, usage: Usage): void {
    const m = byModel.get(model) ?? { ...emptyUsage(), requests: 0 };
    addUsage(m, usage);
    m.requests += 1;
    byModel.set(model, m);
  }

  /** Write the reply; resolves false when a fault cut it short. */
  async function sendReply(
    res: ServerResponse,
    entry: LoggedRequest,
    req: ParsedRequest,
    turn: Turn,
    usage: Usage,
    fault: Fault | undefined,
  ): Promise<boolean> {
    const message = buildMessage(turn, req.model, usage);
    entry.messageId = message.id;
    entry.toolUseIds = message.content.flatMap((b) => (b.type === 'tool_use' ? [b.id] : []));
    const cutAt = fault && 'breakAfterEvents' in fault ? fault.breakAfterEvents : undefined;
    const requestId = newId('req');
    const payloads = req.stream ? streamEvents(message).map(formatSse) : [JSON.stringify(message)];
    if (req.stream) {
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
        'request-id': requestId,
      });
    } else {
      res.writeHead(200, {
        'content-type': 'application/json',
        'request-id': requestId,
        'content-length': Buffer.byteLength(payloads[0] ?? ''),
      });
    }
    if (cutAt === undefined) {
      for (const p of payloads) res.write(p);
      res.end();
      return true;
    }
    // Not streaming: "events" are halves of the body, so any cut leaves truncated JSON.
    const parts = req.stream
      ? payloads.slice(0, cutAt)
      : [(payloads[0] ?? '').slice(0, Math.floor((payloads[0] ?? '').length / 2))];
    for (const p of parts) res.write(p);
    await new Promise<void>((resolve) => res.write('', () => resolve()));
    res.socket?.destroy();
    return false;
  }

  async function handleMessages(
    httpReq: IncomingMessage,
    res: ServerResponse,
    entry: LoggedRequest,
    countOnly: boolean,
  ): Promise<void> {
    const req = parseRequest(entry.path, await readBody(httpReq), !countOnly);
    entry.request = req;
    if (countOnly) {
      entry.status = 200;
      res.writeHead(200, { 'content-type': 'application/json', 'request-id': newId('req') });
      res.end(JSON.stringify({ input_tokens: countInputTokens(req) }));
      return;
    }
    const fault = faults.take(req);
    if (fault) entry.fault = describeFault(fault);
    if (fault && 'status' in fault) {
      const extra: Record<string, string> = {};
      if (fault.retryAfterSeconds !== undefined || fault.status === 429) {
        extra['retry-after'] = String(fault.retryAfterSeconds ?? 0);
      }
      sendError(res, entry, fault.status, fault.message ?? errorBodyMessage(fault.status), extra);
      return;
    }
    const selection = player.select(req);
    if (!selection) {
      throw new HttpError(
        400,
        `model-server: scenario exhausted: no rule matched and no turn left for request #${entry.index} (model ${req.model}, ${req.messages.length} messages, tools [${req.toolNames.join(', ')}])`,
      );
    }
    const { turn } = selection;
    entry.answeredBy = selection.answeredBy;
    entry.reply = turn;
    if (options.scenario.validateTools !== false) {
      const unknown = (turn.toolUses ?? []).filter((t) => !req.toolNames.includes(t.name));
      if (unknown.length > 0) {
        throw new HttpError(
          400,
          `model-server: ${selection.answeredBy} uses tool(s) ${unknown.map((t) => t.name).join(', ')} that the client did not offer (offered: [${req.toolNames.join(', ')}])`,
        );
      }
    }
    const usage = usageFor(req, turn);
    entry.usage = usage;
    const delay = (fault && 'delayMs' in fault ? fault.delayMs : 0) + (turn.delayMs ?? 0);
    if (delay > 0) await sleep(delay);
    entry.status = 200;
    if (await sendReply(res, entry, req, turn, usage, fault)) {
      selection.commit();
      recordCharge(req.model, usage);
    }
  }

  function errorBodyMessage(status: number): string {
    return (JSON.parse(errorBody(status)) as { error: { message: string } }).error.message;
  }

  async function handle(httpReq: IncomingMessage, res: ServerResponse): Promise<void> {
    const [path = '', query = ''] = (httpReq.url ?? '').split('?', 2);
    const entry: LoggedRequest = {
      index: requests.length,
      method: httpReq.method ?? '',
      path,
      query,
      headers: {
        apiKey: apiKeyOf(httpReq),
        anthropicBeta: header(httpReq, 'anthropic-beta'),
        anthropicVersion: header(httpReq, 'anthropic-version'),
        userAgent: header(httpReq, 'user-agent'),
      },
      status: 0,
    };
    requests.push(entry);
    try {
      if (path === '/' && httpReq.method === 'HEAD') {
        // Claude Code probes connectivity with an unauthenticated HEAD / before its first call.
        entry.status = 200;
        res.writeHead(200).end();
        return;
      }
      const key = entry.headers.apiKey;
      if (
        key === undefined ||
        key === '' ||
        (options.apiKey !== undefined && key !== options.apiKey)
      ) {
        sendError(res, entry, 401, key ? 'invalid x-api-key' : 'x-api-key header is required');
        return;
      }
      const known = path === '/v1/messages' || path === '/v1/messages/count_tokens';
      if (!known || httpReq.method !== 'POST') {
        sendError(res, entry, 404, `model-server: no route for ${httpReq.method} ${path}`);
        return;
      }
      await handleMessages(httpReq, res, entry, path.endsWith('/count_tokens'));
    } catch (e) {
      const err = e instanceof HttpError ? e : new HttpError(500, `model-server bug: ${String(e)}`);
      failures.push(err.message);
      if (!res.headersSent) sendError(res, entry, err.status, err.message);
      else res.destroy();
    }
  }

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    failures,
    faults,
    remainingTurns: () => player.remainingTurns(),
    usageTotals(): UsageTotals {
      const totals: UsageTotals = { ...emptyUsage(), requests: 0, byModel: {}, costUsd: 0 };
      for (const [model, u] of byModel) {
        const price = priceFor(prices, model);
        const cost = price ? costUsd(price, u) : undefined;
        totals.byModel[model] = { ...u, ...(cost === undefined ? {} : { costUsd: cost }) };
        addUsage(totals, u);
        totals.requests += u.requests;
        totals.costUsd =
          cost === undefined || totals.costUsd === undefined ? undefined : totals.costUsd + cost;
      }
      return totals;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
