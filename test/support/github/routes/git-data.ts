// The Git Data API on the real bare repository: blobs, trees, commits and refs, read and written
// in git's own formats in-process (git-objects.ts says why). A ref update without `force` is a
// compare-and-swap, as on GitHub.
import type { components } from '@octokit/openapi-types';
import {
  parseCommit,
  writeCommit,
  DEFAULT_IDENTITY,
  gitDate,
  type Identity,
} from '../git-commits.js';
import { isSha, objectType, readObject, writeObject, type ObjectType } from '../git-objects.js';
import {
  compareAndSwapRef,
  deleteRef,
  isAncestor,
  isValidRefName,
  listRefs,
  readRef,
  type RefValue,
} from '../git-refs.js';
import { editTree, listTree, readTree, TREE_MODE, type TreeEdit } from '../git-trees.js';
import { HttpError, notFound, type HandlerContext } from '../http.js';
import { bodyObject, repoOf, requiredString } from '../params.js';
import { repoApiUrl, repoHtmlUrl } from '../objects.js';
import type { Route } from '../router.js';
import type { RepoState, State } from '../state.js';
import { wrappedBase64 } from './repos.js';

type Schemas = components['schemas'];

const unprocessable = (message: string) => new HttpError(422, message);

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
  const sha = writeObject(
    repo.gitDir,
    'blob',
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
  const blob = await readObject(repo.gitDir, sha);
  if (blob?.type !== 'blob') throw notFound();
  const result: Schemas['blob'] = {
    sha,
    node_id: ctx.state.nodeId('B', sha),
    size: blob.content.length,
    url: `${repoApiUrl(ctx.state, repo)}/git/blobs/${sha}`,
    content: wrappedBase64(blob.content),
    encoding: 'base64',
  };
  return { status: 200, body: result };
}

/** The object type each tree entry mode must point to. */
const MODE_TYPES: ReadonlyMap<unknown, ObjectType> = new Map([
  ['100644', 'blob'],
  ['100755', 'blob'],
  ['120000', 'blob'],
  ['040000', 'tree'],
  ['160000', 'commit'],
]);

/** A path git would store: no empty, `.`, `..` or `.git` component. */
const isTreePath = (p: string): boolean =>
  p.split('/').every((part) => part !== '' && part !== '.' && part !== '..' && part !== '.git');

async function treeEdit(repo: RepoState, raw: unknown): Promise<TreeEdit> {
  const e = (raw ?? {}) as Record<string, unknown>;
  const wanted = MODE_TYPES.get(e.mode);
  if (typeof e.path !== 'string' || !isTreePath(e.path) || wanted === undefined) {
    throw unprocessable('Invalid tree info: each entry needs a path and a valid mode.');
  }
  const mode = wanted === 'tree' ? TREE_MODE : String(e.mode);
  if (typeof e.content === 'string') {
    return { path: e.path, mode, sha: writeObject(repo.gitDir, 'blob', Buffer.from(e.content)) };
  }
  if (e.sha === null) return { path: e.path, mode, sha: null };
  // A submodule's commit lives in another repository; anything else must be here, of its type.
  if (isSha(e.sha) && (wanted === 'commit' || (await objectType(repo.gitDir, e.sha)) === wanted)) {
    return { path: e.path, mode, sha: e.sha };
  }
  throw unprocessable(`Invalid tree info: tree.sha ${String(e.sha)} is not a valid blob or tree.`);
}

async function createTree(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  const body = bodyObject(ctx);
  if (!Array.isArray(body.tree))
    throw unprocessable('Invalid request.\n\n"tree" wasn\'t supplied.');
  let baseTree: string | undefined;
  if (body.base_tree !== undefined && body.base_tree !== null) {
    if (!isSha(body.base_tree) || (await readTree(repo.gitDir, body.base_tree)) === undefined) {
      throw unprocessable('Invalid request.\n\nbase_tree is not a valid tree or commit SHA.');
    }
    baseTree = body.base_tree;
  }
  const edits: TreeEdit[] = [];
  for (const raw of body.tree as unknown[]) edits.push(await treeEdit(repo, raw));
  const sha = await editTree(repo.gitDir, baseTree, edits);
  return { status: 201, body: await renderTree(ctx.state, repo, sha, false) };
}

async function renderTree(
  state: State,
  repo: RepoState,
  sha: string,
  recursive: boolean,
): Promise<Schemas['git-tree']> {
  const api = repoApiUrl(state, repo);
  const tree = (await listTree(repo.gitDir, sha, { recursive })).map((e) => {
    const entry: Schemas['git-tree']['tree'][number] = {
      path: e.path,
      mode: e.mode,
      type: e.type,
      sha: e.sha,
      url: `${api}/git/${e.type === 'tree' ? 'trees' : 'blobs'}/${e.sha}`,
    };
    if (e.size !== undefined) entry.size = e.size;
    return entry;
  });
  return { sha, url: `${api}/git/trees/${sha}`, tree, truncated: false };
}

async function getTree(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  const sha = ctx.params.tree_sha ?? '';
  const object = await readObject(repo.gitDir, sha);
  const treeSha = object?.type === 'commit' ? parseCommit(object.content).tree : sha;
  if (object?.type !== 'tree' && object?.type !== 'commit') throw notFound();
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
  const object = await readObject(repo.gitDir, sha);
  if (object?.type !== 'commit') throw notFound();
  const commit = parseCommit(object.content);
  const api = repoApiUrl(state, repo);
  return {
    sha,
    node_id: state.nodeId('C', sha),
    url: `${api}/git/commits/${sha}`,
    html_url: `${repoHtmlUrl(repo)}/commit/${sha}`,
    author: parseSignature(commit.author),
    committer: parseSignature(commit.committer),
    message: commit.message.replace(/\n$/, ''),
    tree: { sha: commit.tree, url: `${api}/git/trees/${commit.tree}` },
    parents: commit.parents.map((p) => ({
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

/** The request's author or committer; the emulator's identity and clock when it names none. */
function identity(role: 'author' | 'committer', raw: unknown, fallbackDate: string): Identity {
  if (raw === undefined || raw === null) return { ...DEFAULT_IDENTITY, date: fallbackDate };
  const sig = raw as Record<string, unknown>;
  if (typeof sig.name !== 'string' || typeof sig.email !== 'string') {
    throw unprocessable(`Invalid request.\n\n"name" and "email" are required for ${role}.`);
  }
  const date = typeof sig.date === 'string' ? sig.date : fallbackDate;
  if (gitDate(date) === undefined) {
    throw unprocessable(`Invalid request.\n\n"${date}" is not a valid date-time for ${role}.`);
  }
  return { name: sig.name, email: sig.email, date };
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
  const sha = writeCommit(repo.gitDir, {
    tree,
    parents: parents as string[],
    author: identity('author', body.author, now),
    committer: identity('committer', body.committer ?? body.author, now),
    message,
  });
  return { status: 201, body: await renderCommit(ctx.state, repo, sha) };
}

async function getCommit(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  return { status: 200, body: await renderCommit(ctx.state, repo, ctx.params.commit_sha ?? '') };
}

async function renderRef(state: State, repo: RepoState, r: RefValue): Promise<Schemas['git-ref']> {
  const api = repoApiUrl(state, repo);
  const type = (await objectType(repo.gitDir, r.sha)) ?? 'commit';
  return {
    ref: r.ref,
    node_id: state.nodeId('REF', `${repo.id}:${r.ref}`),
    url: `${api}/git/${r.ref}`,
    object: { type, sha: r.sha, url: `${api}/git/${type}s/${r.sha}` },
  };
}

/** `{ref}` in the URL is `heads/main`; GitHub also tolerates a leading `refs/`. */
const fullRef = (param: string | undefined): string => {
  const ref = (param ?? '').replace(/^\/+/, '');
  return ref.startsWith('refs/') ? ref : `refs/${ref}`;
};

/** The ref named in the URL, or undefined when it does not exist (or is no valid name). */
function findRef(repo: RepoState, param: string | undefined): RefValue | undefined {
  const ref = fullRef(param);
  const sha = readRef(repo.gitDir, ref);
  return sha === undefined ? undefined : { ref, sha };
}

async function createRef(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  const body = bodyObject(ctx);
  const ref = requiredString(body, 'ref', 'Reference');
  if (!/^refs\/[^/]+\/.+/.test(ref))
    throw unprocessable("Reference name must start with 'refs/' and have at least two slashes.");
  if (!isValidRefName(ref)) throw unprocessable(`${ref} is not a valid ref name.`);
  if (!isSha(body.sha) || (await objectType(repo.gitDir, body.sha)) === undefined)
    throw unprocessable('Object does not exist');
  // "It must not exist yet" is the compare: creation is atomic.
  if (!compareAndSwapRef(repo.gitDir, ref, undefined, body.sha)) {
    throw unprocessable('Reference already exists');
  }
  return { status: 201, body: await renderRef(ctx.state, repo, { ref, sha: body.sha }) };
}

async function updateRef(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  const body = bodyObject(ctx);
  const current = findRef(repo, ctx.params.ref);
  if (!current) throw unprocessable('Reference does not exist');
  if (!isSha(body.sha) || (await objectType(repo.gitDir, body.sha)) !== 'commit') {
    throw unprocessable('Object does not exist');
  }
  if (body.force !== true && !(await isAncestor(repo.gitDir, current.sha, body.sha))) {
    throw unprocessable('Update is not a fast forward');
  }
  // Against the value checked above: a writer who moved the ref meanwhile makes this one lose.
  if (!compareAndSwapRef(repo.gitDir, current.ref, current.sha, body.sha)) {
    throw unprocessable('Update is not a fast forward');
  }
  return {
    status: 200,
    body: await renderRef(ctx.state, repo, { ref: current.ref, sha: body.sha }),
  };
}

async function deleteRefRoute(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  const current = findRef(repo, ctx.params.ref);
  if (!current || !(await deleteRef(repo.gitDir, current.ref, current.sha))) {
    throw unprocessable('Reference does not exist');
  }
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
      const found = findRef(repo, ctx.params.ref);
      if (!found) throw notFound();
      return { status: 200, body: await renderRef(ctx.state, repo, found) };
    },
  },
  {
    method: 'GET',
    path: `${base}/matching-refs/{ref}`,
    permission: read,
    handler: async (ctx) => {
      const repo = repoOf(ctx);
      const prefix = fullRef(ctx.params.ref);
      const refs = listRefs(repo.gitDir).filter((r) => r.ref.startsWith(prefix));
      return {
        status: 200,
        body: await Promise.all(refs.map((r) => renderRef(ctx.state, repo, r))),
      };
    },
  },
  { method: 'POST', path: `${base}/refs`, permission: write, handler: createRef },
  { method: 'PATCH', path: `${base}/refs/{ref}`, permission: write, handler: updateRef },
  { method: 'DELETE', path: `${base}/refs/{ref}`, permission: write, handler: deleteRefRoute },
];
