// The Git Data API on the real bare repository, through git plumbing: blobs, trees, commits and
// refs. A ref update without `force` is a compare-and-swap, as on GitHub.
import path from 'node:path';
import type { components } from '@octokit/openapi-types';
import {
  buildTree,
  git,
  hashObject,
  objectType,
  runGit,
  tryResolveCommit,
  type TreeEntryInput,
} from '../git.js';
import {
  bodyObject,
  HttpError,
  notFound,
  repoOf,
  requiredString,
  type HandlerContext,
} from '../http.js';
import { repoApiUrl, repoHtmlUrl } from '../objects.js';
import type { Route } from '../router.js';
import type { RepoState, State } from '../state.js';
import { wrappedBase64 } from './repos.js';

type Schemas = components['schemas'];

const unprocessable = (message: string) => new HttpError(422, message);
const isSha = (s: unknown): s is string => typeof s === 'string' && /^[0-9a-f]{40}$/.test(s);

async function createBlob(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  const body = bodyObject(ctx);
  if (typeof body.content !== 'string')
    throw unprocessable('Invalid request.\n\n"content" wasn\'t supplied.');
  const encoding = body.encoding ?? 'utf-8';
  if (encoding !== 'utf-8' && encoding !== 'base64') {
    throw unprocessable(
      `Invalid request.\n\nFor 'encoding', "${String(encoding)}" is not a valid encoding.`,
    );
  }
  const sha = await hashObject(
    repo.gitDir,
    Buffer.from(body.content, encoding === 'base64' ? 'base64' : 'utf8'),
  );
  const result: Schemas['short-blob'] = {
    sha,
    url: `${repoApiUrl(ctx.state, repo)}/git/blobs/${sha}`,
  };
  return { status: 201, body: result };
}

async function getBlob(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  const sha = ctx.params.file_sha ?? '';
  if (!isSha(sha) || (await objectType(repo.gitDir, sha)) !== 'blob') throw notFound();
  const content = (await runGit(repo.gitDir, ['cat-file', 'blob', sha])).stdout;
  const result: Schemas['blob'] = {
    sha,
    node_id: ctx.state.nodeId('B', sha),
    size: content.length,
    url: `${repoApiUrl(ctx.state, repo)}/git/blobs/${sha}`,
    content: wrappedBase64(content),
    encoding: 'base64',
  };
  return { status: 200, body: result };
}

const MODES = new Set(['100644', '100755', '040000', '160000', '120000']);

async function createTree(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  const body = bodyObject(ctx);
  if (!Array.isArray(body.tree))
    throw unprocessable('Invalid request.\n\n"tree" wasn\'t supplied.');
  let baseTree: string | undefined;
  if (body.base_tree !== undefined && body.base_tree !== null) {
    if (
      !isSha(body.base_tree) ||
      !['tree', 'commit'].includes((await objectType(repo.gitDir, body.base_tree)) ?? '')
    ) {
      throw unprocessable('Invalid request.\n\nbase_tree is not a valid tree or commit SHA.');
    }
    baseTree = body.base_tree;
  }
  const entries: TreeEntryInput[] = [];
  for (const raw of body.tree as unknown[]) {
    const e = (raw ?? {}) as Record<string, unknown>;
    if (
      typeof e.path !== 'string' ||
      e.path === '' ||
      typeof e.mode !== 'string' ||
      !MODES.has(e.mode)
    ) {
      throw unprocessable('Invalid tree info: each entry needs a path and a valid mode.');
    }
    if (typeof e.content === 'string') {
      entries.push({
        path: e.path,
        mode: e.mode,
        sha: await hashObject(repo.gitDir, Buffer.from(e.content)),
      });
    } else if (e.sha === null) {
      entries.push({ path: e.path, mode: e.mode, sha: null });
    } else if (isSha(e.sha) && (await objectType(repo.gitDir, e.sha)) !== undefined) {
      entries.push({ path: e.path, mode: e.mode, sha: e.sha });
    } else {
      throw unprocessable(
        `Invalid tree info: tree.sha ${String(e.sha)} is not a valid blob or tree.`,
      );
    }
  }
  const indexFile = path.join(ctx.state.tempDir, `tree-${ctx.state.nextId()}.index`);
  const sha = await buildTree(repo.gitDir, indexFile, baseTree, entries);
  return { status: 201, body: await renderTree(ctx.state, repo, sha, false) };
}

async function renderTree(
  state: State,
  repo: RepoState,
  sha: string,
  recursive: boolean,
): Promise<Schemas['git-tree']> {
  const args = ['ls-tree', '-l', '-z', ...(recursive ? ['-r', '-t'] : []), sha];
  const api = repoApiUrl(state, repo);
  const tree = (await git(repo.gitDir, args))
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const [meta = '', p = ''] = line.split('\t');
      const [mode = '', type = '', objectSha = '', size = '-'] = meta.split(/\s+/);
      const entry: Schemas['git-tree']['tree'][number] = {
        path: p,
        mode,
        type,
        sha: objectSha,
        url: `${api}/git/${type === 'tree' ? 'trees' : 'blobs'}/${objectSha}`,
      };
      if (size !== '-') entry.size = Number(size);
      return entry;
    });
  return { sha, url: `${api}/git/trees/${sha}`, tree, truncated: false };
}

async function getTree(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  const sha = ctx.params.tree_sha ?? '';
  const type = await objectType(repo.gitDir, sha);
  if (type !== 'tree' && type !== 'commit') throw notFound();
  const treeSha = await git(repo.gitDir, ['rev-parse', `${sha}^{tree}`]);
  const recursive =
    ctx.query.recursive !== undefined &&
    ctx.query.recursive !== '0' &&
    ctx.query.recursive !== 'false';
  return { status: 200, body: await renderTree(ctx.state, repo, treeSha, recursive) };
}

interface Signature {
  name: string;
  email: string;
  date: string;
}

function parseSignature(line: string): Signature {
  const m = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(line);
  if (!m) return { name: '', email: '', date: new Date(0).toISOString() };
  return {
    name: m[1] ?? '',
    email: m[2] ?? '',
    date: new Date(Number(m[3]) * 1000).toISOString().replace('.000Z', 'Z'),
  };
}

async function renderCommit(
  state: State,
  repo: RepoState,
  sha: string,
): Promise<Schemas['git-commit']> {
  const raw = (await runGit(repo.gitDir, ['cat-file', 'commit', sha])).stdout.toString('utf8');
  const split = raw.indexOf('\n\n');
  const headers = raw.slice(0, split).split('\n');
  const message = raw.slice(split + 2);
  const value = (key: string) =>
    headers.filter((h) => h.startsWith(`${key} `)).map((h) => h.slice(key.length + 1));
  const api = repoApiUrl(state, repo);
  return {
    sha,
    node_id: state.nodeId('C', sha),
    url: `${api}/git/commits/${sha}`,
    html_url: `${repoHtmlUrl(repo)}/commit/${sha}`,
    author: parseSignature(value('author')[0] ?? ''),
    committer: parseSignature(value('committer')[0] ?? ''),
    message: message.replace(/\n$/, ''),
    tree: { sha: value('tree')[0] ?? '', url: `${api}/git/trees/${value('tree')[0] ?? ''}` },
    parents: value('parent').map((p) => ({
      sha: p,
      url: `${api}/git/commits/${p}`,
      html_url: `${repoHtmlUrl(repo)}/commit/${p}`,
    })),
    verification: {
      verified: false,
      reason: 'unsigned',
      signature: null,
      payload: null,
      verified_at: null,
    },
  };
}

function signatureEnv(
  prefix: 'AUTHOR' | 'COMMITTER',
  raw: unknown,
  fallbackDate: string,
): Record<string, string> {
  const env: Record<string, string> = { [`GIT_${prefix}_DATE`]: fallbackDate };
  if (raw === undefined || raw === null) return env;
  const sig = raw as Record<string, unknown>;
  if (typeof sig.name !== 'string' || typeof sig.email !== 'string') {
    throw unprocessable(
      `Invalid request.\n\n"name" and "email" are required for ${prefix.toLowerCase()}.`,
    );
  }
  env[`GIT_${prefix}_NAME`] = sig.name;
  env[`GIT_${prefix}_EMAIL`] = sig.email;
  if (typeof sig.date === 'string') env[`GIT_${prefix}_DATE`] = sig.date;
  return env;
}

async function createCommit(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  const body = bodyObject(ctx);
  const message = requiredString(body, 'message', 'Commit');
  const tree = body.tree;
  if (!isSha(tree) || (await objectType(repo.gitDir, tree)) !== 'tree') {
    throw unprocessable('Tree SHA does not exist');
  }
  const parents = body.parents ?? [];
  if (!Array.isArray(parents))
    throw unprocessable('Invalid request.\n\n"parents" is not an array.');
  for (const p of parents) {
    if (!isSha(p) || (await objectType(repo.gitDir, p)) !== 'commit') {
      throw unprocessable('Parent SHA does not exist or is not a commit object');
    }
  }
  const now = ctx.state.now();
  const env = {
    ...signatureEnv('AUTHOR', body.author, now),
    ...signatureEnv('COMMITTER', body.committer ?? body.author, now),
  };
  const args = ['commit-tree', tree, ...(parents as string[]).flatMap((p) => ['-p', p])];
  const sha = await git(repo.gitDir, args, { env, input: message });
  return { status: 201, body: await renderCommit(ctx.state, repo, sha) };
}

async function getCommit(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  const sha = ctx.params.commit_sha ?? '';
  if (!isSha(sha) || (await objectType(repo.gitDir, sha)) !== 'commit') throw notFound();
  return { status: 200, body: await renderCommit(ctx.state, repo, sha) };
}

interface RefEntry {
  ref: string;
  sha: string;
  type: string;
}

async function allRefs(repo: RepoState): Promise<RefEntry[]> {
  const out = await git(repo.gitDir, [
    'for-each-ref',
    '--format=%(refname)%00%(objectname)%00%(objecttype)',
  ]);
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [ref = '', sha = '', type = ''] = line.split('\0');
      return { ref, sha, type };
    });
}

function renderRef(state: State, repo: RepoState, r: RefEntry): Schemas['git-ref'] {
  const api = repoApiUrl(state, repo);
  return {
    ref: r.ref,
    node_id: state.nodeId('REF', `${repo.id}:${r.ref}`),
    url: `${api}/git/${r.ref}`,
    object: { type: r.type, sha: r.sha, url: `${api}/git/${r.type}s/${r.sha}` },
  };
}

/** `{ref}` in the URL is `heads/main`; GitHub also tolerates a leading `refs/`. */
const fullRef = (param: string | undefined): string => {
  const ref = (param ?? '').replace(/^\/+/, '');
  return ref.startsWith('refs/') ? ref : `refs/${ref}`;
};

async function findRef(repo: RepoState, ref: string): Promise<RefEntry | undefined> {
  return (await allRefs(repo)).find((r) => r.ref === ref);
}

async function createRef(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  const body = bodyObject(ctx);
  const ref = requiredString(body, 'ref', 'Reference');
  if (!/^refs\/[^/]+\/.+/.test(ref))
    throw unprocessable("Reference name must start with 'refs/' and have at least two slashes.");
  if (!isSha(body.sha) || (await objectType(repo.gitDir, body.sha)) === undefined)
    throw unprocessable('Object does not exist');
  // An empty old value makes git refuse if the ref exists: creation is atomic.
  const result = await runGit(repo.gitDir, ['update-ref', ref, body.sha, ''], {
    allowExitCodes: [1, 128],
  });
  if (result.exitCode !== 0) throw unprocessable('Reference already exists');
  const created = await findRef(repo, ref);
  if (!created) throw new Error(`ref ${ref} vanished after creation`);
  return { status: 201, body: renderRef(ctx.state, repo, created) };
}

async function updateRef(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  const ref = fullRef(ctx.params.ref);
  const body = bodyObject(ctx);
  const current = await findRef(repo, ref);
  if (!current) throw unprocessable('Reference does not exist');
  if (!isSha(body.sha) || (await tryResolveCommit(repo.gitDir, body.sha)) !== body.sha) {
    throw unprocessable('Object does not exist');
  }
  if (body.force !== true) {
    const ff = await runGit(repo.gitDir, ['merge-base', '--is-ancestor', current.sha, body.sha], {
      allowExitCodes: [1],
    });
    if (ff.exitCode !== 0) throw unprocessable('Update is not a fast forward');
  }
  // The old value makes git's own update a compare-and-swap: a concurrent writer loses with 422.
  const result = await runGit(repo.gitDir, ['update-ref', ref, body.sha, current.sha], {
    allowExitCodes: [1, 128],
  });
  if (result.exitCode !== 0) throw unprocessable('Update is not a fast forward');
  return { status: 200, body: renderRef(ctx.state, repo, { ref, sha: body.sha, type: 'commit' }) };
}

async function deleteRef(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  const ref = fullRef(ctx.params.ref);
  const current = await findRef(repo, ref);
  if (!current) throw unprocessable('Reference does not exist');
  await git(repo.gitDir, ['update-ref', '-d', ref, current.sha]);
  return { status: 204 };
}

const read = { scope: 'contents', level: 'read' } as const;
const write = { scope: 'contents', level: 'write' } as const;
const base = '/repos/{owner}/{repo}/git';

export const gitDataRoutes: Route[] = [
  { method: 'POST', path: `${base}/blobs`, permission: write, handler: createBlob },
  { method: 'GET', path: `${base}/blobs/{file_sha}`, permission: read, handler: getBlob },
  { method: 'POST', path: `${base}/trees`, permission: write, handler: createTree },
  { method: 'GET', path: `${base}/trees/{tree_sha}`, permission: read, handler: getTree },
  { method: 'POST', path: `${base}/commits`, permission: write, handler: createCommit },
  { method: 'GET', path: `${base}/commits/{commit_sha}`, permission: read, handler: getCommit },
  {
    method: 'GET',
    path: `${base}/ref/{ref}`,
    permission: read,
    handler: async (ctx) => {
      const repo = repoOf(ctx);
      const found = await findRef(repo, fullRef(ctx.params.ref));
      if (!found) throw notFound();
      return { status: 200, body: renderRef(ctx.state, repo, found) };
    },
  },
  {
    method: 'GET',
    path: `${base}/matching-refs/{ref}`,
    permission: read,
    handler: async (ctx) => {
      const repo = repoOf(ctx);
      const prefix = fullRef(ctx.params.ref);
      const refs = (await allRefs(repo)).filter((r) => r.ref.startsWith(prefix));
      return { status: 200, body: refs.map((r) => renderRef(ctx.state, repo, r)) };
    },
  },
  { method: 'POST', path: `${base}/refs`, permission: write, handler: createRef },
  { method: 'PATCH', path: `${base}/refs/{ref}`, permission: write, handler: updateRef },
  { method: 'DELETE', path: `${base}/refs/{ref}`, permission: write, handler: deleteRef },
];
