// The emulator: an HTTP server on 127.0.0.1 (port 0) that speaks a subset of GitHub's REST and
// GraphQL APIs, with per-instance state, tokens, faults and a request log.
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  authorize,
  FULL_ACCESS,
  TokenRegistry,
  type TokenInfo,
  type TokenPermissions,
} from './auth.js';
import { FaultInjector } from './faults.js';
import { HttpError, type HandlerResult } from './http.js';
import { Router } from './router.js';
import { ROUTES } from './routes/index.js';
import { handleManifestForm } from './routes/app-manifests.js';
import { createRepo, type CreateRepoOptions } from './seed.js';
import { State, type CollaboratorPermission, type RepoState } from './state.js';

export interface LoggedRequest {
  readonly method: string;
  readonly path: string;
  /** The matched route (`GET /repos/{owner}/{repo}`), or undefined for an unknown path. */
  readonly route: string | undefined;
  readonly query: Record<string, string>;
  readonly body: unknown;
  readonly token: string | undefined;
  status: number;
  responseBody: unknown;
  /** The media type of a raw answer (`github.raw; format=json`): bytes, not JSON. */
  rawMediaType?: string;
}

export interface EmulatorOptions {
  /** The default token's value (it has write access to everything). */
  readonly token?: string;
  /** Login the default token acts as. */
  readonly login?: string;
}

export interface GitHubEmulator {
  readonly url: string;
  /** A token with write access to every scope. */
  readonly token: string;
  readonly state: State;
  readonly faults: FaultInjector;
  readonly requests: LoggedRequest[];
  readonly router: Router;
  apiCallCount(filter?: { route?: string; method?: string }): number;
  resetRequests(): void;
  addToken(token: string, permissions: TokenPermissions, options?: { login?: string }): void;
  createRepo(fullName: string, options?: CreateRepoOptions): Promise<RepoState>;
  repo(fullName: string): RepoState;
  repoPath(fullName: string): string;
  setCollaboratorPermission(fullName: string, login: string, level: CollaboratorPermission): void;
  close(): Promise<void>;
}

import { sodiumReady } from './routes/actions-settings.js';

const ROUTER = new Router(ROUTES);

/** Who calls an anonymous route: no login, no permission. */
const ANONYMOUS: TokenInfo = { token: '', login: '', permissions: {} };

export async function startGitHubEmulator(options: EmulatorOptions = {}): Promise<GitHubEmulator> {
  const tempDir = await mkdtemp(path.join(os.tmpdir(), 'gh-emulator-'));
  await sodiumReady; // the repository secrets' key pairs
  const tokens = new TokenRegistry();
  const defaultToken = options.token ?? 'ghs_emulator_default_token';
  tokens.add(defaultToken, FULL_ACCESS, options.login);
  const faults = new FaultInjector();
  const requests: LoggedRequest[] = [];
  let requestCounter = 0;
  // The base URL is known only after listen(); handlers read it through the state.
  const box: { state?: State } = {};

  const server = createServer((req, res) => {
    requestCounter += 1;
    const state = box.state;
    if (!state) {
      res.destroy();
      return;
    }
    void handle(req, res, `EMU-${requestCounter}`, state);
  });

  async function handle(
    req: IncomingMessage,
    res: ServerResponse,
    requestId: string,
    state: State,
  ): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', state.baseUrl);
    const raw = await readBody(req);
    const match = ROUTER.match(method, url.pathname);
    const entry: LoggedRequest = {
      method,
      path: url.pathname,
      route: match?.key,
      query: Object.fromEntries(url.searchParams),
      body: parseJsonOrText(raw),
      token: /^(?:token|bearer)\s+(\S+)/i.exec(req.headers.authorization ?? '')?.[1],
      status: 0,
      responseBody: undefined,
    };
    requests.push(entry);

    const fault = faults.take(method, entry.route, url.pathname, requestId, raw);
    if (fault && fault.latencyMs > 0) await sleep(fault.latencyMs);
    if (fault?.kind === 'drop') {
      req.socket.destroy();
      return;
    }
    let result: HandlerResult;
    if (fault?.kind === 'respond') {
      result = { status: fault.status, body: fault.body, headers: fault.headers };
    } else {
      result =
        handleManifestForm(method, url, raw, state) ??
        (await dispatch(method, url, raw, req.headers, state));
    }
    entry.status = result.status;
    entry.responseBody = result.body;
    if (result.raw !== undefined) entry.rawMediaType = result.raw.mediaType;
    send(res, result, requestId);
  }

  async function dispatch(
    method: string,
    url: URL,
    raw: string,
    reqHeaders: IncomingHttpHeaders,
    state: State,
  ): Promise<HandlerResult> {
    try {
      const match = ROUTER.match(method, url.pathname);
      const token: TokenInfo = match?.route.anonymous
        ? ANONYMOUS
        : tokens.authenticate(reqHeaders.authorization);
      if (!match) throw new HttpError(404, 'Not Found');
      authorize(token, match.route.permission);
      let body: unknown;
      if (raw !== '') {
        try {
          body = JSON.parse(raw);
        } catch {
          throw new HttpError(400, 'Problems parsing JSON');
        }
      }
      return await match.route.handler({
        params: match.params,
        query: Object.fromEntries(url.searchParams),
        body,
        state,
        token,
        requestUrl: url,
        accept: reqHeaders.accept ?? '',
      });
    } catch (error) {
      if (error instanceof HttpError) {
        return { status: error.status, body: error.toBody(), headers: error.headers };
      }
      const message = error instanceof Error ? error.message : String(error);
      return { status: 500, body: { message: `emulator bug: ${message}` } };
    }
  }

  // Outlive the clients' idle keep-alive (undici: 4 s), or a client may reuse a socket the
  // server is closing and get ECONNRESET. close() ends every connection anyway.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const state = new State(baseUrl, tempDir);
  box.state = state;

  const repo = (fullName: string): RepoState => {
    const found = state.findRepo(fullName);
    if (!found)
      throw new Error(`no repository ${fullName} in this emulator; createRepo() it first`);
    return found;
  };

  return {
    url: baseUrl,
    token: defaultToken,
    state,
    faults,
    requests,
    router: ROUTER,
    apiCallCount: (filter = {}) =>
      requests.filter(
        (r) =>
          (filter.route === undefined || r.route === filter.route) &&
          (filter.method === undefined || r.method === filter.method.toUpperCase()),
      ).length,
    resetRequests: () => {
      requests.length = 0;
    },
    addToken: (token, permissions, opts = {}) => {
      tokens.add(token, permissions, opts.login);
    },
    createRepo: (fullName, opts) => createRepo(state, fullName, opts),
    repo,
    repoPath: (fullName) => repo(fullName).gitDir,
    setCollaboratorPermission: (fullName, login, level) => {
      repo(fullName).collaborators.set(login, level);
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(tempDir, { recursive: true, force: true });
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseJsonOrText(raw: string): unknown {
  if (raw === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function send(res: ServerResponse, result: HandlerResult, requestId: string): void {
  const headers: Record<string, string> = {
    'x-github-request-id': requestId,
    'x-github-media-type': 'github.v3; format=json',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    'x-ratelimit-used': '1',
    'x-ratelimit-resource': 'core',
    ...result.headers,
  };
  if (result.raw !== undefined) {
    headers['x-github-media-type'] = result.raw.mediaType;
    headers['content-type'] = result.raw.contentType;
    headers['content-length'] = String(result.raw.bytes.length);
    res.writeHead(result.status, headers);
    res.end(result.raw.bytes);
    return;
  }
  if (result.body === undefined) {
    res.writeHead(result.status, headers);
    res.end();
    return;
  }
  const payload = JSON.stringify(result.body);
  headers['content-type'] = 'application/json; charset=utf-8';
  headers['content-length'] = String(Buffer.byteLength(payload));
  res.writeHead(result.status, headers);
  res.end(payload);
}
