// A repository's Actions settings, as `lailatov init --github` and `doctor` use them: the
// workflow token's default permissions and whether it may open PRs, the repository secrets
// (sealed with the repository's public key, decrypted here so tests can check the value), and
// the configuration variables.
import sodium from 'libsodium-wrappers';
import { HttpError, notFound, type HandlerContext } from '../http.js';
import { bodyObject, repoOf, requiredString } from '../params.js';
import type { Route } from '../router.js';
import type { RepoState } from '../state.js';

interface Dated {
  value: string;
  createdAt: string;
  updatedAt: string;
}

export interface ActionsSettings {
  defaultWorkflowPermissions: 'read' | 'write';
  canApprovePullRequestReviews: boolean;
  readonly keyId: string;
  readonly keyPair: { publicKey: Uint8Array; privateKey: Uint8Array };
  /** Secret values as the emulator decrypted them. */
  readonly secrets: Map<string, Dated>;
  readonly variables: Map<string, Dated>;
}

const settings = new WeakMap<RepoState, ActionsSettings>();

/** GitHub's defaults for a new repository: a read-only token that may not open PRs. */
export function actionsSettings(repo: RepoState): ActionsSettings {
  let s = settings.get(repo);
  if (s === undefined) {
    s = {
      defaultWorkflowPermissions: 'read',
      canApprovePullRequestReviews: false,
      keyId: String(3380204578043523366n + BigInt(repo.id)),
      keyPair: sodium.crypto_box_keypair(),
      secrets: new Map(),
      variables: new Map(),
    };
    settings.set(repo, s);
  }
  return s;
}

/** libsodium is ready after one await; the emulator awaits it at start (see server.ts). */
export const sodiumReady = sodium.ready;

const now = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

/** GitHub's secret and variable names: letters, digits and `_`, not starting with a digit or GITHUB_. */
function checkName(name: string, resource: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || /^GITHUB_/i.test(name))
    throw new HttpError(422, `${resource} name is invalid: ${name}`);
  return name.toUpperCase();
}

function upsert(map: Map<string, Dated>, name: string, value: string): boolean {
  const old = map.get(name);
  const at = now();
  map.set(name, { value, createdAt: old?.createdAt ?? at, updatedAt: at });
  return old === undefined;
}

function putSecret(ctx: HandlerContext) {
  const s = actionsSettings(repoOf(ctx));
  const name = checkName(ctx.params.secret_name ?? '', 'Secret');
  const body = bodyObject(ctx);
  const sealed = requiredString(body, 'encrypted_value', 'Secret');
  const keyId = requiredString(body, 'key_id', 'Secret');
  if (keyId !== s.keyId) throw new HttpError(422, 'Bad request: key_id does not match the key');
  let value: string;
  try {
    value = sodium.to_string(
      sodium.crypto_box_seal_open(
        sodium.from_base64(sealed, sodium.base64_variants.ORIGINAL),
        s.keyPair.publicKey,
        s.keyPair.privateKey,
      ),
    );
  } catch {
    throw new HttpError(422, 'Bad request: encrypted_value could not be decrypted with the key');
  }
  return { status: upsert(s.secrets, name, value) ? 201 : 204, body: {} };
}

function listed(map: Map<string, Dated>, withValue: boolean) {
  return [...map].map(([name, d]) => ({
    name,
    ...(withValue && { value: d.value }),
    created_at: d.createdAt,
    updated_at: d.updatedAt,
  }));
}

function createVariable(ctx: HandlerContext) {
  const s = actionsSettings(repoOf(ctx));
  const body = bodyObject(ctx);
  const name = checkName(requiredString(body, 'name', 'Variable'), 'Variable');
  if (s.variables.has(name)) throw new HttpError(409, 'Already exists - Variable already exists');
  upsert(s.variables, name, requiredString(body, 'value', 'Variable'));
  return { status: 201, body: {} };
}

function updateVariable(ctx: HandlerContext) {
  const s = actionsSettings(repoOf(ctx));
  const name = (ctx.params.name ?? '').toUpperCase();
  if (!s.variables.has(name)) throw notFound();
  upsert(s.variables, name, requiredString(bodyObject(ctx), 'value', 'Variable'));
  return { status: 204 };
}

function setWorkflowPermissions(ctx: HandlerContext) {
  const s = actionsSettings(repoOf(ctx));
  const body = bodyObject(ctx);
  const perms = body.default_workflow_permissions;
  if (perms !== undefined && perms !== 'read' && perms !== 'write')
    throw new HttpError(422, 'Invalid request: default_workflow_permissions is read or write');
  const approve = body.can_approve_pull_request_reviews;
  if (approve !== undefined && typeof approve !== 'boolean')
    throw new HttpError(422, 'Invalid request: can_approve_pull_request_reviews is a boolean');
  if (perms !== undefined) s.defaultWorkflowPermissions = perms;
  if (approve !== undefined) s.canApprovePullRequestReviews = approve;
  return { status: 204 };
}

const base = '/repos/{owner}/{repo}/actions';

export const actionsSettingsRoutes: Route[] = [
  {
    method: 'GET',
    path: `${base}/permissions/workflow`,
    permission: { scope: 'administration', level: 'read' },
    handler: (ctx) => {
      const s = actionsSettings(repoOf(ctx));
      return {
        status: 200,
        body: {
          default_workflow_permissions: s.defaultWorkflowPermissions,
          can_approve_pull_request_reviews: s.canApprovePullRequestReviews,
        },
      };
    },
  },
  {
    method: 'PUT',
    path: `${base}/permissions/workflow`,
    permission: { scope: 'administration', level: 'write' },
    handler: setWorkflowPermissions,
  },
  {
    method: 'GET',
    path: `${base}/secrets/public-key`,
    permission: { scope: 'secrets', level: 'read' },
    handler: (ctx) => {
      const s = actionsSettings(repoOf(ctx));
      return {
        status: 200,
        body: {
          key_id: s.keyId,
          key: sodium.to_base64(s.keyPair.publicKey, sodium.base64_variants.ORIGINAL),
        },
      };
    },
  },
  {
    method: 'GET',
    path: `${base}/secrets`,
    permission: { scope: 'secrets', level: 'read' },
    handler: (ctx) => {
      const secrets = listed(actionsSettings(repoOf(ctx)).secrets, false);
      return { status: 200, body: { total_count: secrets.length, secrets } };
    },
  },
  {
    method: 'PUT',
    path: `${base}/secrets/{secret_name}`,
    permission: { scope: 'secrets', level: 'write' },
    handler: putSecret,
  },
  {
    method: 'GET',
    path: `${base}/variables`,
    permission: { scope: 'variables', level: 'read' },
    handler: (ctx) => {
      const variables = listed(actionsSettings(repoOf(ctx)).variables, true);
      return { status: 200, body: { total_count: variables.length, variables } };
    },
  },
  {
    method: 'POST',
    path: `${base}/variables`,
    permission: { scope: 'variables', level: 'write' },
    handler: createVariable,
  },
  {
    method: 'PATCH',
    path: `${base}/variables/{name}`,
    permission: { scope: 'variables', level: 'write' },
    handler: updateVariable,
  },
];
