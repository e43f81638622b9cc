// `lailatov init --github`: the repository settings a first run needs, each step idempotent and
// reported: the labels, the Actions setting that lets the workflow token open PRs (only when the
// user agrees), and the secrets the user chose to upload (sealed).
import { ensureLabels, LABELS } from '../forge/github/labels.js';
import { verifyRepoAccess } from '../forge/github/repo.js';
import type { GitHubAccess } from './github-access.js';
import { allowWorkflowPullRequests, putSecret, readWorkflowPermissions } from './repo-settings.js';

export interface SetupOptions {
  /** Turn on "Allow GitHub Actions to create and approve pull requests" if it is off. */
  readonly allowPullRequests: boolean;
  /** Secrets to store, name → value. */
  readonly secrets: ReadonlyMap<string, string>;
}

export async function setUpRepository(access: GitHubAccess, o: SetupOptions): Promise<string[]> {
  const { octokit, repo } = access;
  await verifyRepoAccess(octokit, repo);
  const said: string[] = [];
  const specs = Object.values(LABELS);
  const created = await ensureLabels(octokit, repo, specs);
  said.push(
    created.length === 0
      ? `labels: all ${specs.length} present`
      : `labels: created ${created.join(', ')}`,
  );
  const perms = await readWorkflowPermissions(octokit, repo);
  if (perms.canCreatePullRequests) said.push('Actions may open pull requests: already on');
  else if (o.allowPullRequests) {
    await allowWorkflowPullRequests(octokit, repo);
    said.push('Actions may open pull requests: turned on');
  } else
    said.push(
      'Actions may open pull requests: off, left as it is (pass --allow-prs to turn it on, or use a GitHub App: lailatov app create)',
    );
  for (const [name, value] of o.secrets)
    said.push(`secret ${name}: ${await putSecret(octokit, repo, name, value)}`);
  return said;
}
