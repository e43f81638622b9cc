import { randomBytes, timingSafeEqual } from 'node:crypto';
import http, {
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { StringDecoder } from 'node:string_decoder';
import { costOf } from '../../core/cost/index.js';
import type { EngineTokens } from '../types.js';
import { RunMeter, type MeterOptions } from './meter.js';
import { AUTH_HEADERS, type ProviderProfile } from './providers.js';
import type { ResponseUsage } from './usage.js';

/**
 * The loopback key-holding proxy. A CLI engine talks to it with a dummy per-run key; the proxy
 * checks that key, refuses anything that is not a model call, puts the real credential on the
 * request and streams the upstream answer back untouched. The real key stays in this process's
 * memory and never enters the CLI's environment, so the agent's shell cannot read it.
 *
 * It is also the run's meter: it reads the usage of every response, prices it, and once the
 * run's ceiling is reached answers every further model request with the provider's own final
 * (non-retried) error, so the budget holds whatever the CLI does.
 */
export interface ProxyOptions {
  readonly profile: ProviderProfile;
  /** Upstream base URL, e.g. https://api.anthropic.com (a path prefix is kept). */
  readonly upstream: string;
  /** The real credential, held in memory only. */
  readonly realKey: string;
  /** Pricing and ceiling (default: the built-in price table, no ceiling, no run model). */
  readonly meter?: MeterOptions;
}

export interface ProxyStats {
  /** Model calls forwarded upstream. */
  readonly requests: number;
  /** Requests refused (401 bad key, 403 not a model endpoint). */
  readonly refused: number;
  /** Usage counted from the upstream's responses. */
  readonly tokens: EngineTokens;
  /** Their price in USD; null when one could not be priced (see `unknown`). */
  readonly costUsd: number | null;
  readonly ceilingUsd: number | undefined;
  /** True once a request was refused because the run's ceiling was reached. */
  readonly ceilingHit: boolean;
  readonly ceilingRefusals: number;
  readonly ceilingMessage: string | undefined;
  readonly unknown: readonly string[];
  /** Upstream statuses seen, in order (for infra-failure classification). */
  readonly statuses: readonly number[];
}

export interface KeyProxy {
  /** http://127.0.0.1:PORT */
  readonly url: string;
  readonly port: number;
  /** The dummy key the CLI must present. Not a secret: it only opens this proxy's model routes. */
  readonly dummyKey: string;
  stats(): ProxyStats;
  close(): Promise<void>;
}

function sameKey(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function refuse(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ type: 'error', error: { type: 'lailatov_proxy', message } }));
}

/** Request headers that must not be forwarded as they are. */
const DROP = new Set<string>([
  ...AUTH_HEADERS,
  'host',
  'connection',
  'accept-encoding',
  'keep-alive',
]);

export async function startKeyProxy(opts: ProxyOptions): Promise<KeyProxy> {
  const upstream = new URL(opts.upstream);
  const prefix = upstream.pathname.replace(/\/+$/, '');
  const client = upstream.protocol === 'https:' ? https : http;
  const dummyKey = `lailatov-dummy-${randomBytes(24).toString('hex')}`;
  const meter = new RunMeter(
    opts.meter ?? { pricer: (model, t) => costOf(model, t).usd, model: '' },
  );
  let requests = 0;
  let refused = 0;
  const statuses: number[] = [];

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    if (method === 'HEAD' && url.pathname === '/') {
      // Claude Code probes connectivity with an unauthenticated HEAD / first. Answer it here:
      // it reveals nothing and is never forwarded.
      res.writeHead(200).end();
      return;
    }
    if (!sameKey(opts.profile.presentedKey(req.headers), dummyKey)) {
      refused += 1;
      req.resume();
      refuse(res, 401, 'invalid key for this proxy');
      return;
    }
    if (!opts.profile.allows(method, url.pathname)) {
      refused += 1;
      req.resume();
      refuse(res, 403, `${method} ${url.pathname} is not a model endpoint this proxy forwards`);
      return;
    }
    // A compressed body cannot be rewritten here: it goes through as it is.
    const rewrite =
      req.headers['content-encoding'] === undefined
        ? opts.profile.bodyRewrite?.(url.pathname)
        : undefined;
    if (rewrite === undefined) {
      forward(req, res, url, undefined);
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => forward(req, res, url, rewrite(Buffer.concat(chunks))));
    req.on('error', () => res.destroy());
  };

  /** Admits one model call against the ceiling, sends it upstream and meters the answer. */
  const forward = (
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    /** The body to send instead of streaming the client's (already read). */
    body: Buffer | undefined,
  ): void => {
    const method = req.method ?? 'GET';
    const over = meter.admit();
    if (over !== undefined) {
      req.resume();
      const e = opts.profile.budgetError(over);
      // x-should-retry: the Anthropic and OpenAI SDKs obey it before their status rules.
      res.writeHead(e.status, { 'content-type': 'application/json', 'x-should-retry': 'false' });
      res.end(e.body);
      return;
    }
    requests += 1;
    const headers: OutgoingHttpHeaders = {};
    for (const [k, v] of Object.entries(req.headers)) if (!DROP.has(k)) headers[k] = v;
    opts.profile.setCredential(headers, opts.realKey);
    if (body !== undefined) {
      headers['content-length'] = String(body.length);
      delete headers['transfer-encoding'];
    }
    let settled = false;
    let answered = false;
    const settle = (u: ResponseUsage | undefined, ok: boolean): void => {
      if (settled) return;
      settled = true;
      meter.settle(u, ok);
    };
    // No accept-encoding upstream: the usage tap must read plain text.
    const up = client.request(
      {
        protocol: upstream.protocol,
        hostname: upstream.hostname,
        port: upstream.port,
        method,
        path: `${prefix}${url.pathname}${url.search}`,
        headers,
      },
      (upRes) => {
        answered = true;
        const status = upRes.statusCode ?? 502;
        statuses.push(status);
        res.writeHead(status, upRes.headers);
        const counting = status < 300 && opts.profile.counts(url.pathname);
        const isSse = String(upRes.headers['content-type'] ?? '').includes('text/event-stream');
        const counter = counting ? opts.profile.counter(isSse) : undefined;
        // The bytes go through as they come; the tap decodes its own copy.
        const decoder = new StringDecoder('utf8');
        upRes.on('data', (chunk: Buffer) => {
          counter?.push(decoder.write(chunk));
          res.write(chunk);
        });
        upRes.on('end', () => {
          counter?.push(decoder.end());
          settle(counter?.end(), true);
          res.end();
        });
        // A cut stream still cost what it showed (its input was read): count that.
        upRes.on('close', () => {
          if (!settled) settle(counter?.end(), false);
        });
        upRes.on('error', () => res.destroy());
      },
    );
    // Destroyed before any answer (the client left early): the request is over, with no usage.
    up.on('close', () => {
      if (!answered) settle(undefined, false);
    });
    up.on('error', (e) => {
      statuses.push(502);
      settle(undefined, false);
      if (!res.headersSent) refuse(res, 502, `upstream unreachable: ${e.message}`);
      else res.destroy();
    });
    // Client went away (the CLI was killed): stop the upstream call too.
    res.on('close', () => {
      if (!res.writableFinished) up.destroy();
    });
    if (body === undefined) req.pipe(up);
    else up.end(body);
  };

  const server = http.createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    dummyKey,
    stats: () => ({ requests, refused, statuses: [...statuses], ...meter.stats() }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
