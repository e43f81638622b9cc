// GitHub App manifests: the web form that creates an App (`/settings/apps/new`, a stand-in for
// the page a person clicks through) and the API call that converts the code it redirects with.
// The form answers at once with GitHub's redirect, so a test plays the browser with two fetches.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { components } from '@octokit/openapi-types';
import { HttpError, notFound, type HandlerResult } from '../http.js';
import { renderUser } from '../objects.js';
import type { Route } from '../router.js';
import type { State } from '../state.js';
import { registerApp } from './apps.js';

type Schemas = components['schemas'];

/** An App created from a manifest, waiting for its code to be converted (once). */
export interface ManifestApp {
  readonly id: number;
  readonly slug: string;
  readonly name: string;
  readonly owner: string;
  readonly manifest: Record<string, unknown>;
  readonly pem: string;
  readonly clientId: string;
  readonly createdAt: string;
  converted: boolean;
}

const LEVELS = new Set(['read', 'write']);

/** What GitHub checks of a manifest before it shows the page; each miss is a 422 here. */
function checkManifest(m: Record<string, unknown>): string | null {
  if (typeof m.url !== 'string' || m.url === '') return 'manifest.url is required';
  if (typeof m.redirect_url !== 'string' || m.redirect_url === '')
    return 'manifest.redirect_url is required for the code flow';
  if (m.name !== undefined && typeof m.name !== 'string') return 'manifest.name must be a string';
  const hook = m.hook_attributes as { url?: unknown; active?: unknown } | undefined;
  if (hook !== undefined && hook.active !== false && typeof hook.url !== 'string')
    return 'manifest.hook_attributes.url is required when the webhook is active';
  const perms = m.default_permissions;
  if (perms !== undefined) {
    if (typeof perms !== 'object' || perms === null || Array.isArray(perms))
      return 'manifest.default_permissions must be an object';
    for (const [k, v] of Object.entries(perms))
      if (typeof v !== 'string' || !LEVELS.has(v))
        return `manifest.default_permissions.${k} must be read or write`;
  }
  return null;
}

const slugOf = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * `POST /settings/apps/new?state=S` or `/organizations/{org}/settings/apps/new?state=S` with the
 * form field `manifest`: creates the App and redirects to `redirect_url?code=...&state=S`. Null
 * for any other request (the API router takes it).
 */
export function handleManifestForm(
  method: string,
  url: URL,
  raw: string,
  state: State,
): HandlerResult | null {
  const org = /^\/organizations\/([A-Za-z0-9-]+)\/settings\/apps\/new$/.exec(url.pathname)?.[1];
  if (method !== 'POST' || (url.pathname !== '/settings/apps/new' && org === undefined))
    return null;
  const field = new URLSearchParams(raw).get('manifest');
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(field ?? '') as Record<string, unknown>;
  } catch {
    return { status: 422, body: { message: 'the manifest form field is not JSON' } };
  }
  const problem =
    typeof manifest === 'object' && manifest !== null ? checkManifest(manifest) : 'not an object';
  if (problem !== null) return { status: 422, body: { message: problem } };
  const name = (manifest.name as string | undefined) ?? 'my-app';
  const slug = slugOf(name);
  if ([...state.manifestApps.values()].some((a) => a.slug === slug))
    return { status: 422, body: { message: `Name ${name} is already taken` } };
  const code = randomBytes(10).toString('hex');
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  state.manifestApps.set(code, {
    id: state.nextId(),
    slug,
    name,
    owner: org ?? 'octocat',
    manifest,
    pem: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
    clientId: `Iv1.${randomBytes(8).toString('hex')}`,
    createdAt: state.now(),
    converted: false,
  });
  const back = new URL(manifest.redirect_url as string);
  back.searchParams.set('code', code);
  const nonce = url.searchParams.get('state');
  if (nonce !== null) back.searchParams.set('state', nonce);
  return { status: 302, headers: { location: back.toString() } };
}

function renderApp(state: State, app: ManifestApp) {
  const perms = (app.manifest.default_permissions ?? {}) as Record<string, string>;
  const body: Schemas['integration'] & {
    client_id: string;
    client_secret: string;
    webhook_secret: string | null;
    pem: string;
  } = {
    id: app.id,
    slug: app.slug,
    node_id: state.nodeId('A', app.id),
    owner: renderUser(state, app.owner),
    name: app.name,
    description: (app.manifest.description as string | undefined) ?? null,
    external_url: app.manifest.url as string,
    html_url: `https://github.com/apps/${app.slug}`,
    created_at: app.createdAt,
    updated_at: app.createdAt,
    permissions: { metadata: 'read', ...perms },
    events: (app.manifest.default_events as string[] | undefined) ?? [],
    client_id: app.clientId,
    client_secret: randomBytes(20).toString('hex'),
    webhook_secret: null,
    pem: app.pem,
  };
  return body;
}

export const appManifestRoutes: Route[] = [
  {
    method: 'POST',
    path: '/app-manifests/{code}/conversions',
    permission: 'none',
    anonymous: true,
    handler: (ctx) => {
      const app = ctx.state.manifestApps.get(ctx.params.code ?? '');
      // A code converts once (and expires after an hour on GitHub).
      if (!app || app.converted) throw notFound();
      if (ctx.body !== undefined && (typeof ctx.body !== 'object' || ctx.body === null))
        throw new HttpError(400, 'Problems parsing JSON');
      app.converted = true;
      // The App now exists: GET /apps/{slug} shows it (doctor's permission check).
      registerApp(ctx.state, {
        id: app.id,
        slug: app.slug,
        name: app.name,
        owner: app.owner,
        permissions: {
          metadata: 'read',
          ...(app.manifest.default_permissions as Record<string, 'read' | 'write'>),
        },
      });
      return { status: 201, body: renderApp(ctx.state, app) };
    },
  },
];
