// A tiny router: method + OpenAPI path template -> handler. The templates are GitHub's own
// (`/repos/{owner}/{repo}/issues`), so the same key names a route in faults, permissions and the
// contract test.
import { type HandlerContext, type HandlerResult } from './http.js';
import { repoOf } from './params.js';
import type { PermissionScope } from './auth.js';
import type { RepoState, State } from './state.js';

export type AccessLevel = 'read' | 'write';
export type RequiredPermission = { scope: PermissionScope; level: AccessLevel } | 'none';

export interface Route {
  readonly method: string;
  readonly path: string;
  readonly permission: RequiredPermission;
  /** Served without a token (GitHub's unauthenticated endpoints, e.g. manifest conversions). */
  readonly anonymous?: boolean;
  readonly handler: (ctx: HandlerContext) => Promise<HandlerResult> | HandlerResult;
}

/** A route as one row, as GitHub's docs list them: method, path template, permission, handler. */
export type RouteRow = readonly [string, string, RequiredPermission, Route['handler']];

export function routeTable(rows: readonly RouteRow[]): Route[] {
  return rows.map(([method, path, permission, handler]) => ({ method, path, permission, handler }));
}

/** The handler that answers one record of the repository: found by `find`, drawn by `render`. */
export function showOne<T>(
  find: (ctx: HandlerContext, repo: RepoState) => T,
  render: (state: State, repo: RepoState, record: T) => unknown,
): Route['handler'] {
  return (ctx) => {
    const repo = repoOf(ctx);
    return { status: 200, body: render(ctx.state, repo, find(ctx, repo)) };
  };
}

export interface RouteMatch {
  readonly route: Route;
  readonly key: string;
  readonly params: Record<string, string>;
}

export const routeKey = (route: Pick<Route, 'method' | 'path'>): string =>
  `${route.method} ${route.path}`;

// Refs (`heads/main`) and file paths (`src/a.ts`) may hold slashes, raw or encoded as %2F.
const GREEDY_PARAMS = new Set(['ref', 'path']);

interface CompiledRoute {
  readonly route: Route;
  readonly regex: RegExp;
  readonly names: string[];
}

function compile(route: Route): CompiledRoute {
  const names: string[] = [];
  const source = route.path
    .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
    .replace(/\{(\w+)\}/g, (_m, name: string) => {
      names.push(name);
      return GREEDY_PARAMS.has(name) ? '(.+)' : '([^/]+)';
    });
  return { route, regex: new RegExp(`^${source}/?$`), names };
}

export class Router {
  private readonly compiled: CompiledRoute[];

  constructor(readonly routes: readonly Route[]) {
    const seen = new Set<string>();
    for (const r of routes) {
      const key = routeKey(r);
      if (seen.has(key)) throw new Error(`duplicate route ${key}`);
      seen.add(key);
    }
    // Fewer parameters first, so a literal segment (`/issues/comments/1`) beats a parameter.
    this.compiled = routes.map(compile).sort((a, b) => a.names.length - b.names.length);
  }

  match(method: string, rawPath: string): RouteMatch | undefined {
    for (const c of this.compiled) {
      if (c.route.method !== method) continue;
      const m = c.regex.exec(rawPath);
      if (!m) continue;
      const params: Record<string, string> = {};
      c.names.forEach((name, i) => {
        params[name] = decodeURIComponent(m[i + 1] ?? '');
      });
      return { route: c.route, key: routeKey(c.route), params };
    }
    return undefined;
  }

  /** Every served route as `METHOD /template`. */
  keys(): string[] {
    return this.routes.map(routeKey);
  }
}
