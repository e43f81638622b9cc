// The relay's mapping file: which ClickUp workspaces/lists and Linear teams go to which GitHub
// repository, and the relay's limits. Validated once at start; every problem names its field.
// Pure: the caller reads the file.
import { UserError } from '../core/errors.js';

export interface ClickUpRoute {
  /** The Workspace (team) id; null: any workspace. */
  readonly workspace: string | null;
  /** The List id; null: any list of the workspace. */
  readonly list: string | null;
  readonly repo: string;
}

export interface LinearRoute {
  /** The team's key (`ENG`) or id (a UUID). */
  readonly team: string;
  readonly repo: string;
}

export interface RelayConfig {
  readonly clickup: {
    readonly tag: string;
    /** The custom field whose value (high, medium, low) is the task's risk tier; null: none. */
    readonly riskField: string | null;
    /** Who may hand a task over (user ids or emails); null: anyone who can tag in a mapped list. */
    readonly users: readonly string[] | null;
    readonly routes: readonly ClickUpRoute[];
  } | null;
  readonly linear: {
    readonly label: string;
    /** Labels `<prefix>high|medium|low` set the risk tier. */
    readonly riskLabelPrefix: string;
    /** Who may hand an issue over (user ids or emails); null: anyone in a mapped team. */
    readonly users: readonly string[] | null;
    readonly routes: readonly LinearRoute[];
  } | null;
  /** Requests larger than this get 413. */
  readonly maxBodyBytes: number;
  /** Requests per minute from one client before 429. */
  readonly ratePerMinute: number;
  /** Linear deliveries older than this (webhookTimestamp) are refused as replays. */
  readonly maxAgeSeconds: number;
}

export const DEFAULT_TAG = 'ai-agent';
const REPO = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;
const EXAMPLE =
  'See docs/relays.md: {"clickup": {"routes": [{"list": "162641062", "repo": "acme/api"}]}}';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

class Reader {
  readonly problems: string[] = [];
  problem(path: string, message: string): void {
    this.problems.push(`${path}: ${message}`);
  }
  known(o: Obj, path: string, keys: readonly string[]): void {
    for (const k of Object.keys(o))
      if (!keys.includes(k))
        this.problem(`${path}${k}`, `unknown field; expected one of ${keys.join(', ')}`);
  }
  text(v: unknown, path: string, dflt: string | null): string | null {
    if (v === undefined || v === null) return dflt;
    // ClickUp ids are numbers in some of its payloads: accept a number, keep it as text.
    if (typeof v === 'number' && Number.isSafeInteger(v)) return String(v);
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
    this.problem(path, `expected a non-empty string, got ${JSON.stringify(v)}`);
    return dflt;
  }
  repo(v: unknown, path: string): string {
    if (typeof v === 'string' && REPO.test(v.trim())) return v.trim();
    this.problem(path, `expected "owner/name" of a GitHub repository, got ${JSON.stringify(v)}`);
    return '';
  }
  users(v: unknown, path: string): string[] | null {
    if (v === undefined) return null;
    if (
      Array.isArray(v) &&
      v.length > 0 &&
      v.every((u) => typeof u === 'string' && u.trim() !== '')
    )
      return v.map((u: string) => u.trim());
    this.problem(path, 'expected a non-empty list of user ids or emails (omit it to allow anyone)');
    return null;
  }
  count(v: unknown, path: string, dflt: number): number {
    if (v === undefined) return dflt;
    if (typeof v === 'number' && Number.isSafeInteger(v) && v > 0) return v;
    this.problem(path, `expected a whole number above 0, got ${JSON.stringify(v)}`);
    return dflt;
  }
  routes<T>(v: unknown, path: string, read: (o: Obj, p: string) => T): T[] {
    if (!Array.isArray(v) || v.length === 0) {
      this.problem(path, 'expected a non-empty list of routes');
      return [];
    }
    return v.flatMap((r, i) => {
      const p = `${path}[${i}]`;
      if (!isObj(r)) {
        this.problem(p, 'expected an object');
        return [];
      }
      return [read(r, `${p}.`)];
    });
  }
}

export function parseRelayConfig(value: unknown, name = 'relay config'): RelayConfig {
  const r = new Reader();
  if (!isObj(value)) throw new UserError(`${name}: expected a JSON object. ${EXAMPLE}`);
  r.known(value, '', ['clickup', 'linear', 'maxBodyBytes', 'ratePerMinute', 'maxAgeSeconds']);
  const cu = value.clickup;
  const li = value.linear;
  let clickup: RelayConfig['clickup'] = null;
  if (cu !== undefined) {
    if (!isObj(cu)) r.problem('clickup', 'expected an object');
    else {
      r.known(cu, 'clickup.', ['tag', 'riskField', 'users', 'routes']);
      clickup = {
        tag: r.text(cu.tag, 'clickup.tag', DEFAULT_TAG) ?? DEFAULT_TAG,
        riskField: r.text(cu.riskField, 'clickup.riskField', null),
        users: r.users(cu.users, 'clickup.users'),
        routes: r.routes(cu.routes, 'clickup.routes', (o, p) => {
          r.known(o, p, ['workspace', 'list', 'repo']);
          const route = {
            workspace: r.text(o.workspace, `${p}workspace`, null),
            list: r.text(o.list, `${p}list`, null),
            repo: r.repo(o.repo, `${p}repo`),
          };
          if (route.workspace === null && route.list === null)
            r.problem(`${p}workspace`, 'give a workspace id, a list id, or both');
          return route;
        }),
      };
    }
  }
  let linear: RelayConfig['linear'] = null;
  if (li !== undefined) {
    if (!isObj(li)) r.problem('linear', 'expected an object');
    else {
      r.known(li, 'linear.', ['label', 'riskLabelPrefix', 'users', 'routes']);
      linear = {
        label: r.text(li.label, 'linear.label', DEFAULT_TAG) ?? DEFAULT_TAG,
        riskLabelPrefix: r.text(li.riskLabelPrefix, 'linear.riskLabelPrefix', 'risk:') ?? 'risk:',
        users: r.users(li.users, 'linear.users'),
        routes: r.routes(li.routes, 'linear.routes', (o, p) => {
          r.known(o, p, ['team', 'repo']);
          return { team: r.text(o.team, `${p}team`, '') ?? '', repo: r.repo(o.repo, `${p}repo`) };
        }),
      };
    }
  }
  if (cu === undefined && li === undefined)
    r.problem('clickup', 'give clickup or linear (or both): the relay has nothing to route');
  const config: RelayConfig = {
    clickup,
    linear,
    maxBodyBytes: r.count(value.maxBodyBytes, 'maxBodyBytes', 256 * 1024),
    ratePerMinute: r.count(value.ratePerMinute, 'ratePerMinute', 60),
    maxAgeSeconds: r.count(value.maxAgeSeconds, 'maxAgeSeconds', 60),
  };
  if (r.problems.length > 0)
    throw new UserError(
      `${name} is invalid (${r.problems.length} problem${r.problems.length === 1 ? '' : 's'}). ${EXAMPLE}`,
      r.problems,
    );
  return config;
}

/** Parses the text of a config file; bad JSON names the file and the position. */
export function parseRelayConfigText(text: string, name: string): RelayConfig {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${name}: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  return parseRelayConfig(value, name);
}

/** The repository for a ClickUp task: a route naming its list wins over one naming only its workspace. */
export function clickupRepo(
  routes: readonly ClickUpRoute[],
  task: { workspace: string | null; list: string | null },
): string | null {
  const fits = (r: ClickUpRoute) =>
    (r.workspace === null || r.workspace === task.workspace) &&
    (r.list === null || r.list === task.list);
  return (routes.find((r) => r.list !== null && fits(r)) ?? routes.find(fits))?.repo ?? null;
}

export function linearRepo(
  routes: readonly LinearRoute[],
  team: { id: string | null; key: string | null },
): string | null {
  return routes.find((r) => r.team === team.id || r.team === team.key)?.repo ?? null;
}
