// Parses the issue and pull request URLs remote mode takes (`lailatov run --issue <URL>`), on
// github.com or a GitHub Enterprise Server host. Pure: no I/O. Anything that is not exactly
// `<scheme>://<host>[:port]/<owner>/<repo>/(issues|pull)/<n>` is refused with the expected form,
// so a pasted URL with credentials, a query that smuggles a path or an odd host never reaches git.
import { UserError } from './errors.js';

export interface GitHubTarget {
  /** The web server: `https://github.com` or `https://ghe.example.com` (no trailing slash). */
  readonly serverUrl: string;
  readonly owner: string;
  readonly repo: string;
  readonly kind: 'issue' | 'pull';
  readonly number: number;
}

const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;

/** True when the text looks like a URL (then it is remote mode), not a file path. */
export function looksLikeUrl(text: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(text.trim());
}

/**
 * Parses an issue or PR URL. `field` names the flag in errors. Plain http is accepted only on
 * loopback (a test server, a local proxy): a token must not travel in clear over a network.
 */
export function parseGitHubUrl(text: string, field = '--issue'): GitHubTarget {
  const expected = `expected https://github.com/OWNER/REPO/issues/N or .../pull/N (or your GitHub Enterprise host)`;
  const fail = (why: string): never => {
    throw new UserError(`${field}: ${why}; ${expected}, got ${JSON.stringify(text)}`);
  };
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return fail('not a URL');
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback))
    fail(`the scheme must be https`);
  if (url.username !== '' || url.password !== '') fail('a URL must not carry credentials');
  if (url.search !== '' && url.search !== '?') fail('a URL must not have a query');
  // The path as typed: percent-encodings (`%2F`, `..`) are never decoded into a path segment.
  const parts = url.pathname.replace(/\/+$/, '').split('/').slice(1);
  if (parts.length !== 4) fail('the path must be /OWNER/REPO/issues/N or /OWNER/REPO/pull/N');
  const [owner = '', repo = '', kind = '', num = ''] = parts;
  if (!OWNER.test(owner)) fail(`${JSON.stringify(owner)} is not a GitHub owner name`);
  if (!REPO.test(repo) || repo === '.' || repo === '..')
    fail(`${JSON.stringify(repo)} is not a repository name`);
  if (kind !== 'issues' && kind !== 'pull' && kind !== 'pulls')
    fail(`"${kind}" is neither issues nor pull`);
  if (!/^[1-9][0-9]{0,9}$/.test(num) || Number(num) > 2 ** 31 - 1)
    fail(`"${num}" is not an issue or PR number`);
  return {
    serverUrl: `${url.protocol}//${url.host}`,
    owner,
    repo: repo.replace(/\.git$/, ''),
    kind: kind === 'issues' ? 'issue' : 'pull',
    number: Number(num),
  };
}

/** The REST API of a server: api.github.com for github.com, `<host>/api/v3` for GHES. */
export function apiUrlFor(serverUrl: string): string {
  const u = new URL(serverUrl);
  return u.hostname === 'github.com' ? 'https://api.github.com' : `${u.origin}/api/v3`;
}

/** The repository's git URL on its server. */
export function cloneUrlFor(t: Pick<GitHubTarget, 'serverUrl' | 'owner' | 'repo'>): string {
  return `${t.serverUrl}/${t.owner}/${t.repo}.git`;
}

/**
 * `origin` URLs that name the same repository: https and ssh forms (`git@host:o/r.git`,
 * `ssh://git@host/o/r`), with or without `.git`, owner and name compared case-insensitively.
 */
export function sameRepository(remoteUrl: string, t: GitHubTarget): boolean {
  const host = new URL(t.serverUrl).host.toLowerCase();
  const text = remoteUrl.trim();
  let h: string;
  let path: string;
  const scp = /^[^@/\s]+@([^:/\s]+):(.+)$/.exec(text);
  if (scp && !text.includes('://')) {
    h = scp[1] ?? '';
    path = scp[2] ?? '';
  } else {
    try {
      const u = new URL(text);
      h = u.protocol === 'ssh:' ? u.hostname : u.host;
      path = u.pathname;
    } catch {
      return false;
    }
  }
  const want = `${t.owner}/${t.repo}`.toLowerCase();
  const got = path
    .replace(/^\/+/, '')
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
    .toLowerCase();
  const hostOk = h.toLowerCase() === host || h.toLowerCase() === new URL(t.serverUrl).hostname;
  return hostOk && got === want;
}
