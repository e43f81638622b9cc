// GitHub Apps as the public API shows them (GET /apps/{app_slug}), for `doctor`'s permission
// check. Tests register an App with `registerApp`; the manifest flow adds the Apps it creates.
import type { components } from '@octokit/openapi-types';
import { notFound, type HandlerContext } from '../http.js';
import { renderUser } from '../objects.js';
import type { Route } from '../router.js';
import type { State } from '../state.js';

type Integration = components['schemas']['integration'];

export interface EmulatedApp {
  readonly id: number;
  readonly slug: string;
  readonly name: string;
  readonly owner: string;
  readonly permissions: Record<string, 'read' | 'write'>;
}

const apps = new WeakMap<State, Map<string, EmulatedApp>>();

export function registerApp(state: State, app: EmulatedApp): void {
  const m = apps.get(state) ?? new Map<string, EmulatedApp>();
  m.set(app.slug, app);
  apps.set(state, m);
}

function renderApp(state: State, app: EmulatedApp): Integration {
  const at = new Date(Date.parse('2026-01-01T00:00:00Z')).toISOString();
  return {
    id: app.id,
    slug: app.slug,
    node_id: `A_${app.id}`,
    client_id: `Iv1.${app.id.toString(16).padStart(16, '0')}`,
    owner: renderUser(state, app.owner),
    name: app.name,
    description: null,
    external_url: 'https://github.com',
    html_url: `https://github.com/apps/${app.slug}`,
    created_at: at,
    updated_at: at,
    permissions: app.permissions,
    events: [],
  };
}

function getApp(ctx: HandlerContext) {
  const app = apps.get(ctx.state)?.get(ctx.params.app_slug ?? '');
  if (!app) throw notFound();
  return { status: 200, body: renderApp(ctx.state, app) };
}

export const appRoutes: Route[] = [
  { method: 'GET', path: '/apps/{app_slug}', permission: 'none', handler: getApp },
];
