// `lailatov app create`: GitHub's App manifest flow in one command. A page on loopback posts the
// manifest (exactly the permissions the suite needs) to GitHub's "new App" page; GitHub sends the
// browser back to the loopback callback with a one-time code, which is converted into the App's
// id, slug and private key (POST /app-manifests/{code}/conversions, unauthenticated).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { UserError } from '../core/errors.js';
import { APP_PERMISSIONS } from './doctor-github.js';

/** What the suite's workflows do with the App's token (the list doctor checks); no workflows. */
export const SUITE_APP_PERMISSIONS = APP_PERMISSIONS;

export interface AppManifest {
  readonly name: string;
  readonly url: string;
  readonly redirect_url: string;
  readonly description: string;
  readonly public: false;
  readonly hook_attributes: { readonly url: string; readonly active: false };
  readonly default_permissions: Readonly<Record<string, 'read' | 'write'>>;
  readonly default_events: readonly string[];
}

export function appManifest(o: {
  readonly name: string;
  readonly homepage: string;
  readonly redirectUrl: string;
}): AppManifest {
  return {
    name: o.name,
    url: o.homepage,
    redirect_url: o.redirectUrl,
    description: 'LailaTov: agents that turn labelled issues into reviewed pull requests.',
    public: false,
    // No webhook: the workflows react to events; GitHub needs a URL even for an inactive hook.
    hook_attributes: { url: o.homepage, active: false },
    default_permissions: SUITE_APP_PERMISSIONS,
    default_events: [],
  };
}

/** Where the form posts: the user's or the organization's "new GitHub App" page. */
export function newAppUrl(serverUrl: string, org: string | null, state: string): string {
  const base = serverUrl.replace(/\/+$/, '');
  const path =
    org === null
      ? '/settings/apps/new'
      : `/organizations/${encodeURIComponent(org)}/settings/apps/new`;
  return `${base}${path}?state=${encodeURIComponent(state)}`;
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The local page: one form with the manifest, sent by a click (or at once by its script). */
export function manifestPage(action: string, manifest: AppManifest): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>Create the LailaTov GitHub App</title></head>
<body>
<h1>Create the LailaTov GitHub App</h1>
<p>GitHub will ask you to confirm the App <b>${escapeHtml(manifest.name)}</b> with these permissions:
contents, issues, pull requests and checks (write), metadata (read). No webhook.</p>
<form id="manifest" action="${escapeHtml(action)}" method="post">
<input type="hidden" name="manifest" value="${escapeHtml(JSON.stringify(manifest))}">
<button type="submit">Create the App on GitHub</button>
</form>
<script>document.getElementById('manifest').submit();</script>
</body></html>
`;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export interface ManifestFlow {
  /** The page to open in a browser. */
  readonly pageUrl: string;
  /** The code GitHub redirected with (the `state` checked). */
  readonly code: Promise<string>;
  close(): Promise<void>;
}

/**
 * Serves the page and the callback on 127.0.0.1. Only requests whose Host is this address are
 * answered (a web page cannot reach it through a rebound DNS name), and only a callback carrying
 * this run's `state` nonce is taken; the first good one wins, others get 400.
 */
export async function startManifestFlow(o: {
  readonly serverUrl: string;
  readonly org: string | null;
  readonly name: string;
  readonly homepage: string;
  readonly timeoutMs: number;
}): Promise<ManifestFlow> {
  const state = randomBytes(16).toString('hex');
  let settle: { resolve: (code: string) => void; reject: (e: Error) => void } | undefined;
  const code = new Promise<string>((resolve, reject) => (settle = { resolve, reject }));
  code.catch(() => undefined);
  let host = '';
  let page = '';
  const answer = (res: ServerResponse, status: number, text: string, type = 'text/plain') =>
    res
      .writeHead(status, {
        'content-type': `${type}; charset=utf-8`,
        'cache-control': 'no-store',
        'referrer-policy': 'no-referrer',
      })
      .end(text);
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    if (req.headers.host !== host) return answer(res, 421, 'wrong host');
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (req.method === 'GET' && url.pathname === '/') return answer(res, 200, page, 'text/html');
    if (req.method === 'GET' && url.pathname === '/callback') {
      const got = url.searchParams.get('code') ?? '';
      if (
        !sameSecret(url.searchParams.get('state') ?? '', state) ||
        !/^[A-Za-z0-9_-]{1,200}$/.test(got)
      )
        return answer(res, 400, 'This callback is not for this run of lailatov app create.');
      answer(res, 200, 'The App is created. You can close this tab and go back to the terminal.');
      settle?.resolve(got);
      return;
    }
    answer(res, 404, 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  host = `127.0.0.1:${port}`;
  const manifest = appManifest({
    name: o.name,
    homepage: o.homepage,
    redirectUrl: `http://${host}/callback`,
  });
  page = manifestPage(newAppUrl(o.serverUrl, o.org, state), manifest);
  const timer = setTimeout(
    () =>
      settle?.reject(
        new UserError(
          `no answer from GitHub within ${Math.round(o.timeoutMs / 1000)} s: open http://${host}/ in a browser on this machine and confirm the App (or pass a longer --timeout)`,
        ),
      ),
    o.timeoutMs,
  );
  return {
    pageUrl: `http://${host}/`,
    code,
    close: async () => {
      clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export interface CreatedApp {
  readonly appId: number;
  readonly slug: string;
  readonly pem: string;
  readonly htmlUrl: string;
}

/** POST /app-manifests/{code}/conversions: unauthenticated, the code is the credential. */
export async function convertManifestCode(apiUrl: string, code: string): Promise<CreatedApp> {
  const res = await fetch(
    `${apiUrl.replace(/\/+$/, '')}/app-manifests/${encodeURIComponent(code)}/conversions`,
    {
      method: 'POST',
      headers: {
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
        'user-agent': 'lailatov-cli',
      },
    },
  );
  const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (res.status !== 201)
    throw new UserError(
      `GitHub did not convert the App's code (HTTP ${res.status}: ${String(body.message ?? '')}): a code works once and for an hour; run 'lailatov app create' again`,
    );
  const { id, slug, pem, html_url: htmlUrl } = body;
  if (typeof id !== 'number' || typeof slug !== 'string' || typeof pem !== 'string')
    throw new Error('the conversion answer has no id, slug or pem');
  return { appId: id, slug, pem, htmlUrl: typeof htmlUrl === 'string' ? htmlUrl : '' };
}

/** Where the user installs the App on the repository. */
export function installUrl(serverUrl: string, slug: string): string {
  return `${serverUrl.replace(/\/+$/, '')}/apps/${encodeURIComponent(slug)}/installations/new`;
}
