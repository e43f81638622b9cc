// A repository's Actions settings through the API, for `init --github`, `app create` and
// `doctor`: the workflow token's PR setting, secrets (sealed with the repository's public key:
// the plain value never leaves this process) and variables. Every write is idempotent.
import sodium from 'libsodium-wrappers';
import type { GitHubClient } from '../forge/github/client.js';
import { hasStatus } from '../forge/github/errors.js';
import type { RepoRef } from '../forge/github/repo.js';

export interface WorkflowPermissions {
  /** Whether GITHUB_TOKEN may create and approve PRs (the suite only creates them). */
  readonly canCreatePullRequests: boolean;
  readonly defaultPermissions: 'read' | 'write';
}

export async function readWorkflowPermissions(
  octokit: GitHubClient,
  repo: RepoRef,
): Promise<WorkflowPermissions> {
  const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/permissions/workflow', {
    ...repo,
  });
  return {
    canCreatePullRequests: data.can_approve_pull_request_reviews,
    defaultPermissions: data.default_workflow_permissions,
  };
}

/** Lets GITHUB_TOKEN open PRs; the default permissions are left as they are. */
export async function allowWorkflowPullRequests(
  octokit: GitHubClient,
  repo: RepoRef,
): Promise<void> {
  await octokit.request('PUT /repos/{owner}/{repo}/actions/permissions/workflow', {
    ...repo,
    can_approve_pull_request_reviews: true,
  });
}

export async function listSecretNames(octokit: GitHubClient, repo: RepoRef): Promise<Set<string>> {
  const secrets = await octokit.paginate('GET /repos/{owner}/{repo}/actions/secrets', {
    ...repo,
    per_page: 100,
  });
  return new Set(secrets.map((s) => s.name));
}

/** Seals `value` for the repository (libsodium's sealed box, as GitHub requires) and stores it. */
export async function putSecret(
  octokit: GitHubClient,
  repo: RepoRef,
  name: string,
  value: string,
): Promise<'created' | 'updated'> {
  await sodium.ready;
  const { data: key } = await octokit.request(
    'GET /repos/{owner}/{repo}/actions/secrets/public-key',
    { ...repo },
  );
  const sealed = sodium.crypto_box_seal(
    sodium.from_string(value),
    sodium.from_base64(key.key, sodium.base64_variants.ORIGINAL),
  );
  const r = await octokit.request('PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}', {
    ...repo,
    secret_name: name,
    encrypted_value: sodium.to_base64(sealed, sodium.base64_variants.ORIGINAL),
    key_id: key.key_id,
  });
  return r.status === 201 ? 'created' : 'updated';
}

export async function listVariables(
  octokit: GitHubClient,
  repo: RepoRef,
): Promise<Map<string, string>> {
  const variables = await octokit.paginate('GET /repos/{owner}/{repo}/actions/variables', {
    ...repo,
    per_page: 30,
  });
  return new Map(variables.map((v) => [v.name, v.value]));
}

/** Creates the variable, or updates it when it exists with another value. */
export async function setVariable(
  octokit: GitHubClient,
  repo: RepoRef,
  name: string,
  value: string,
): Promise<'created' | 'updated' | 'unchanged'> {
  const current = (await listVariables(octokit, repo)).get(name);
  if (current === value) return 'unchanged';
  if (current !== undefined) {
    await octokit.request('PATCH /repos/{owner}/{repo}/actions/variables/{name}', {
      ...repo,
      name,
      value,
    });
    return 'updated';
  }
  try {
    await octokit.request('POST /repos/{owner}/{repo}/actions/variables', { ...repo, name, value });
    return 'created';
  } catch (e) {
    if (!hasStatus(e, 409)) throw e;
    // Created meanwhile (another run): set ours.
    await octokit.request('PATCH /repos/{owner}/{repo}/actions/variables/{name}', {
      ...repo,
      name,
      value,
    });
    return 'updated';
  }
}

/** What `app create` stores: the App's id and bot login as variables, its key as a secret. */
export async function storeAppCredentials(
  octokit: GitHubClient,
  repo: RepoRef,
  app: { readonly appId: number; readonly slug: string; readonly pem: string },
): Promise<string[]> {
  return [
    `variable LAILATOV_APP_ID: ${await setVariable(octokit, repo, 'LAILATOV_APP_ID', String(app.appId))}`,
    `variable LAILATOV_BOT: ${await setVariable(octokit, repo, 'LAILATOV_BOT', `${app.slug}[bot]`)}`,
    `secret LAILATOV_APP_PRIVATE_KEY: ${await putSecret(octokit, repo, 'LAILATOV_APP_PRIVATE_KEY', app.pem)}`,
  ];
}
