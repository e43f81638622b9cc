// The part of `fetch` that @octokit/request uses, over node:http(s). Node's global fetch loads
// its bundled undici on first use: a first fetch() took about 80 ms longer than a first
// node:http request on these machines (Node 20; bench/github: cold start). Proxies are not
// handled here: request-client.ts is only used when no proxy variable is set.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';

export interface FetchInit {
  readonly method?: string;
  readonly headers?: Record<string, string>;
  readonly body?: string | Uint8Array | null;
  readonly signal?: AbortSignal | null;
  readonly redirect?: 'follow' | 'manual' | 'error';
}

/** Response headers as @octokit/request reads them: iterable [name, value] pairs and get(). */
class ResponseHeaders implements Iterable<[string, string]> {
  private readonly map = new Map<string, string>();

  constructor(raw: IncomingMessage['headers']) {
    for (const [k, v] of Object.entries(raw)) {
      if (v !== undefined) this.map.set(k.toLowerCase(), Array.isArray(v) ? v.join(', ') : v);
    }
  }

  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null;
  }

  [Symbol.iterator](): Iterator<[string, string]> {
    return this.map.entries();
  }
}

export interface LightResponse {
  readonly status: number;
  readonly statusText: string;
  readonly url: string;
  readonly ok: boolean;
  readonly headers: ResponseHeaders;
  readonly body: null;
  text(): Promise<string>;
  json(): Promise<unknown>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

// Credentials that must not follow a redirect to another origin, as fetch (undici) drops them:
// a token for the GitHub API would otherwise reach whatever host a Location header names.
const ORIGIN_BOUND = new Set(['authorization', 'cookie', 'proxy-authorization']);

/** The headers to send to `next` after a redirect from `prev`: credentials stay on their origin. */
function headersForRedirect(
  headers: Record<string, string> | undefined,
  prev: URL,
  next: URL,
): Record<string, string> | undefined {
  if (!headers || prev.origin === next.origin) return headers;
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => !ORIGIN_BOUND.has(name.toLowerCase())),
  );
}

function once(url: URL, init: FetchInit): Promise<{ res: IncomingMessage; data: Buffer }> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(url, { method: init.method ?? 'GET', headers: init.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ res, data: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    // Like fetch: a network failure is a TypeError whose cause says what happened.
    req.on('error', (e) => reject(new TypeError('fetch failed', { cause: e })));
    const signal = init.signal;
    if (signal) {
      if (signal.aborted) req.destroy(new DOMException('aborted', 'AbortError'));
      signal.addEventListener('abort', () => {
        const e = new DOMException('This operation was aborted', 'AbortError');
        req.destroy(e);
        reject(e);
      });
    }
    if (init.body !== undefined && init.body !== null) req.write(init.body);
    req.end();
  });
}

export async function httpFetch(input: string | URL, init: FetchInit = {}): Promise<LightResponse> {
  let url = new URL(input);
  let step = init;
  for (let hops = 0; ; hops++) {
    const { res, data } = await once(url, step);
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    if (REDIRECTS.has(status) && location && (step.redirect ?? 'follow') === 'follow' && hops < 5) {
      const next = new URL(location, url);
      // 303, and 301/302 after a POST, become a GET without a body, as fetch does.
      const keep = status === 307 || status === 308;
      step = keep ? step : { ...step, method: 'GET', body: null };
      step = { ...step, headers: headersForRedirect(step.headers, url, next) };
      url = next;
      continue;
    }
    const text = async () => data.toString('utf8');
    return {
      status,
      statusText: res.statusMessage ?? '',
      url: url.toString(),
      ok: status >= 200 && status < 300,
      headers: new ResponseHeaders(res.headers),
      body: null,
      text,
      json: async () => JSON.parse(await text()) as unknown,
      arrayBuffer: async () =>
        data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer,
    };
  }
}
