// Repository basics: the repository, file contents, collaborator permissions, the token's user,
// and the two dispatch events the pipeline uses to chain its stages.
import type { components } from '@octokit/openapi-types';
import { readObject } from '../git-objects.js';
import { resolveCommit } from '../git-refs.js';
import { entryType, listTree, readTree, type TreeEntry } from '../git-trees.js';
import { HttpError, notFound, type HandlerContext } from '../http.js';
import { bodyObject, repoOf, requiredString } from '../params.js';
import {
  renderFullRepository,
  renderRepository,
  renderUser,
  repoApiUrl,
  repoHtmlUrl,
} from '../objects.js';
import { listResult } from '../pagination.js';
import type { Route } from '../router.js';
import type { CollaboratorPermission, RepoState, State } from '../state.js';

type Schemas = components['schemas'];

/** Base64 the way GitHub sends it: wrapped at 60 characters with newlines. */
export function wrappedBase64(content: Buffer): string {
  return `${(content.toString('base64').match(/.{1,60}/g) ?? []).join('\n')}\n`;
}

function contentLinks(
  state: State,
  repo: RepoState,
  ref: string,
  p: string,
  item: { readonly type: string; readonly sha: string },
) {
  const self = `${repoApiUrl(state, repo)}/contents/${p}?ref=${ref}`;
  const gitUrl = `${repoApiUrl(state, repo)}/git/${item.type === 'tree' ? 'trees' : 'blobs'}/${item.sha}`;
  const html = `${repoHtmlUrl(repo)}/${item.type === 'tree' ? 'tree' : 'blob'}/${ref}/${p}`;
  return {
    url: self,
    git_url: gitUrl,
    html_url: html,
    download_url:
      item.type === 'tree'
        ? null
        : `https://raw.githubusercontent.com/${repo.fullName}/${ref}/${p}`,
    _links: { self, git: gitUrl, html },
  };
}

/** The entry at `filePath` in a commit's tree, reading one directory at a time. */
async function findPath(
  gitDir: string,
  commit: string,
  filePath: string,
): Promise<TreeEntry | undefined> {
  let entry: TreeEntry | undefined;
  for (const part of filePath.split('/')) {
    entry = (await readTree(gitDir, entry?.sha ?? commit))?.find((e) => e.name === part);
    if (!entry) return undefined;
  }
  return entry;
}

/** GitHub's sizes: JSON carries the content up to 1 MB, the raw media type up to 100 MB. */
export const CONTENTS_JSON_MAX_BYTES = 1024 * 1024;
export const CONTENTS_RAW_MAX_BYTES = 100 * 1024 * 1024;

/** `application/vnd.github.raw` (or `.v3.raw`, `+json`) among the accepted types. */
function wantsRaw(accept: string): boolean {
  return /application\/vnd\.github(?:\.v3)?\.raw\b/i.test(accept);
}

async function getContents(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  const ref = ctx.query.ref ?? repo.defaultBranch;
  const filePath = (ctx.params.path ?? '').replace(/^\/+|\/+$/g, '');
  const commit = await resolveCommit(repo.gitDir, ref);
  if (!commit) throw new HttpError(404, `No commit found for the ref ${ref}`);
  const entry = await findPath(repo.gitDir, commit, filePath);
  if (!entry) throw notFound();
  const item = { ...entry, type: entryType(entry.mode) };
  const name = item.name;
  if (item.type === 'tree') {
    const children = await listTree(repo.gitDir, item.sha);
    const body: Schemas['content-directory'] = children.map((child) => {
      const childPath = `${filePath}/${child.path}`;
      return {
        type: child.type === 'tree' ? 'dir' : 'file',
        size: child.size ?? 0,
        name: child.path,
        path: childPath,
        sha: child.sha,
        ...contentLinks(ctx.state, repo, ref, childPath, child),
      };
    });
    return { status: 200, body };
  }
  const content = (await readObject(repo.gitDir, item.sha))?.content ?? Buffer.alloc(0);
  if (wantsRaw(ctx.accept ?? '')) {
    if (content.length > CONTENTS_RAW_MAX_BYTES) {
      throw new HttpError(
        403,
        'This API returns blobs up to 100 MB in size. The requested blob is too large to fetch via the API.',
        { errors: [{ resource: 'Blob', field: 'data', code: 'too_large' }] },
      );
    }
    const raw = { bytes: content, contentType: 'application/vnd.github.raw' };
    return { status: 200, raw: { ...raw, mediaType: 'github.raw; format=json' } };
  }
  // Past 1 MB the JSON form keeps the metadata and drops the content (encoding "none").
  const inline = content.length <= CONTENTS_JSON_MAX_BYTES;
  const body: Schemas['content-file'] = {
    type: 'file',
    encoding: inline ? 'base64' : 'none',
    size: content.length,
    name,
    path: filePath,
    content: inline ? wrappedBase64(content) : '',
    sha: item.sha,
    ...contentLinks(ctx.state, repo, ref, filePath, item),
  };
  return { status: 200, body };
}

// The legacy `permission` field folds maintain into write and triage into read.
const LEGACY: Record<CollaboratorPermission, string> = {
  admin: 'admin',
  maintain: 'write',
  write: 'write',
  triage: 'read',
  read: 'read',
  none: 'none',
};

function collaboratorPermission(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  const login = ctx.params.username ?? '';
  const level = repo.collaborators.get(login) ?? (login === repo.owner ? 'admin' : 'none');
  const user = renderUser(ctx.state, login);
  const body: Schemas['repository-collaborator-permission'] = {
    permission: LEGACY[level],
    role_name: level,
    user: {
      ...user,
      role_name: level,
      permissions: {
        admin: level === 'admin',
        maintain: level === 'admin' || level === 'maintain',
        push: ['admin', 'maintain', 'write'].includes(level),
        triage: level !== 'read' && level !== 'none',
        pull: level !== 'none',
      },
    },
  };
  return { status: 200, body };
}

function authenticatedUser(ctx: HandlerContext) {
  const body: Schemas['private-user'] = {
    ...renderUser(ctx.state, ctx.token.login),
    user_view_type: 'private',
    name: null,
    company: null,
    blog: null,
    location: null,
    email: null,
    hireable: null,
    bio: null,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: '2020-01-01T00:00:00Z',
    updated_at: '2020-01-01T00:00:00Z',
    private_gists: 0,
    total_private_repos: 0,
    owned_private_repos: 0,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: false,
  };
  return { status: 200, body };
}

function repositoryDispatch(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  const body = bodyObject(ctx);
  const eventType = requiredString(body, 'event_type', 'Repository');
  const payload = body.client_payload ?? {};
  if (typeof payload !== 'object' || Array.isArray(payload)) {
    throw new HttpError(422, "Invalid request.\n\nFor 'client_payload', it is not an object.");
  }
  if (Object.keys(payload as object).length > 10) {
    throw new HttpError(422, 'No more than 10 properties are allowed; client_payload has more.');
  }
  repo.dispatches.push({ eventType, clientPayload: payload, token: ctx.token.token });
  return { status: 204 };
}

async function workflowDispatch(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  const body = bodyObject(ctx);
  const ref = requiredString(body, 'ref', 'Workflow');
  if (!(await resolveCommit(repo.gitDir, ref))) {
    throw new HttpError(422, `No ref found for: ${ref}`);
  }
  repo.workflowDispatches.push({
    workflowId: ctx.params.workflow_id ?? '',
    ref,
    inputs: body.inputs ?? {},
    token: ctx.token.token,
  });
  return { status: 204 };
}

const metadataRead = { scope: 'metadata', level: 'read' } as const;

/**
 * An owner's repositories, by name: the emulator has no organizations apart from users, so
 * both routes list the repositories seeded under the name, and 404 an owner with none.
 */
function ownerRepositories(ctx: HandlerContext) {
  const owner = (ctx.params.org ?? ctx.params.username ?? '').toLowerCase();
  const all = [...ctx.state.repos.values()]
    .filter((r) => r.owner.toLowerCase() === owner)
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  if (all.length === 0) throw notFound();
  return listResult(ctx, all, (r) => renderRepository(ctx.state, r));
}

export const repoRoutes: Route[] = [
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}',
    permission: metadataRead,
    handler: (ctx) => ({ status: 200, body: renderFullRepository(ctx.state, repoOf(ctx)) }),
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/contents/{path}',
    permission: { scope: 'contents', level: 'read' },
    handler: getContents,
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/collaborators/{username}/permission',
    permission: metadataRead,
    handler: collaboratorPermission,
  },
  { method: 'GET', path: '/user', permission: 'none', handler: authenticatedUser },
  { method: 'GET', path: '/orgs/{org}/repos', permission: 'none', handler: ownerRepositories },
  {
    method: 'GET',
    path: '/users/{username}/repos',
    permission: 'none',
    handler: ownerRepositories,
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/dispatches',
    permission: { scope: 'contents', level: 'write' },
    handler: repositoryDispatch,
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
    permission: { scope: 'actions', level: 'write' },
    handler: workflowDispatch,
  },
];
