// `lailatov doctor --github OWNER/REPO`: what a run needs on GitHub, read through the API: the
// workflow file on the default branch, the secrets it reads, the labels, and either a GitHub App
// with the right permissions or the Actions setting that lets GITHUB_TOKEN open PRs.
import { hasStatus } from '../forge/github/errors.js';
import { LABELS } from '../forge/github/labels.js';
import { fail, pass, warn, workflowChecks, WORKFLOW_PATH, type Check } from './doctor.js';
import type { GitHubAccess } from './github-access.js';
import { listSecretNames, listVariables, readWorkflowPermissions } from './repo-settings.js';

/** The model keys a workflow may read; one is enough, unless the cloud signs in through OIDC. */
const MODEL_KEYS = ['ANTHROPIC_API_KEY', 'OPENROUTER_API_KEY', 'OPENAI_API_KEY', 'GEMINI_API_KEY'];
const OIDC = /aws-actions\/configure-aws-credentials|google-github-actions\/auth/;
/** What the App must be granted, and must not be (docs/quickstart.md, step 4). */
export const APP_PERMISSIONS: Readonly<Record<string, 'read' | 'write'>> = {
  contents: 'write',
  issues: 'write',
  pull_requests: 'write',
  checks: 'write',
  metadata: 'read',
};

async function workflowText(a: GitHubAccess, ref: string): Promise<string | null> {
  try {
    const { data } = await a.octokit.rest.repos.getContent({ ...a.repo, path: WORKFLOW_PATH, ref });
    return !Array.isArray(data) && data.type === 'file'
      ? Buffer.from(data.content, 'base64').toString('utf8')
      : null;
  } catch (e) {
    if (hasStatus(e, 404)) return null;
    throw e;
  }
}

function secretChecks(workflow: string | null, have: Set<string>): Check[] {
  const read = [...(workflow ?? '').matchAll(/secrets\.([A-Z][A-Z0-9_]*)/g)].map((m) => m[1] ?? '');
  if (workflow !== null && OIDC.test(workflow))
    return [
      pass('model key', 'the workflow signs in to the cloud through OIDC: no key secret needed'),
    ];
  const keys = MODEL_KEYS.filter((k) => read.length === 0 || read.includes(k));
  const present = keys.filter((k) => have.has(k));
  return [
    present.length > 0
      ? pass('model key', `secret ${present.join(', ')} is set`)
      : fail(
          'model key',
          `none of the secrets ${keys.join(', ')} is set`,
          'lailatov init --github OWNER/REPO --secret ANTHROPIC_API_KEY (with the key in your environment), or Settings → Secrets and variables → Actions',
        ),
  ];
}

async function appChecks(
  a: GitHubAccess,
  variables: Map<string, string>,
  secrets: Set<string>,
): Promise<Check[]> {
  const appId = variables.get('LAILATOV_APP_ID');
  if (appId === undefined || appId === '') {
    const perms = await readWorkflowPermissions(a.octokit, a.repo);
    return [
      warn(
        'github app',
        'no App (variable LAILATOV_APP_ID): PRs the suite opens start no CI',
        'lailatov app create --github OWNER/REPO',
      ),
      perms.canCreatePullRequests
        ? pass('actions may open PRs', 'GITHUB_TOKEN may open pull requests')
        : fail(
            'actions may open PRs',
            'without an App, GITHUB_TOKEN must be allowed to open pull requests, and it is not',
            'lailatov init --github OWNER/REPO --allow-prs, or Settings → Actions → General → Workflow permissions',
          ),
    ];
  }
  const checks: Check[] = [];
  const bot = variables.get('LAILATOV_BOT') ?? '';
  checks.push(
    secrets.has('LAILATOV_APP_PRIVATE_KEY')
      ? pass('app key', 'secret LAILATOV_APP_PRIVATE_KEY is set')
      : fail(
          'app key',
          `App ${appId} has no private key secret`,
          'store it as LAILATOV_APP_PRIVATE_KEY (lailatov app create does)',
        ),
  );
  const slug = /^(.+)\[bot\]$/.exec(bot)?.[1];
  if (slug === undefined) {
    checks.push(
      fail(
        'app bot',
        `variable LAILATOV_BOT is "${bot}", not "<app-slug>[bot]"`,
        "set LAILATOV_BOT to the App's bot login, e.g. my-app[bot]",
      ),
    );
    return checks;
  }
  try {
    const { data } = await a.octokit.request('GET /apps/{app_slug}', { app_slug: slug });
    const granted = (data?.permissions ?? {}) as Record<string, string | undefined>;
    const wrong = Object.entries(APP_PERMISSIONS)
      .filter(([k, v]) => granted[k] !== v && !(v === 'read' && granted[k] === 'write'))
      .map(([k, v]) => `${k}: ${v} (has ${granted[k] ?? 'none'})`);
    if (granted.workflows !== undefined) wrong.push(`workflows: none (has ${granted.workflows})`);
    checks.push(
      wrong.length === 0
        ? pass('app permissions', `App ${slug} has exactly what the suite needs`)
        : fail(
            'app permissions',
            `App ${slug}: ${wrong.join('; ')}`,
            `change them at the App's settings page (Permissions & events), then accept them on the installation`,
          ),
    );
  } catch (e) {
    if (!hasStatus(e, 404)) throw e;
    checks.push(
      fail(
        'app permissions',
        `no App with the slug ${slug}`,
        'check the variable LAILATOV_BOT, or create the App: lailatov app create',
      ),
    );
  }
  return checks;
}

export async function githubChecks(a: GitHubAccess): Promise<Check[]> {
  let defaultBranch: string;
  try {
    defaultBranch = (await a.octokit.rest.repos.get({ ...a.repo })).data.default_branch;
  } catch (e) {
    const status = (e as { status?: number }).status;
    return [
      fail(
        'repository',
        `cannot read ${a.repo.owner}/${a.repo.repo} (HTTP ${status ?? '?'})`,
        'check the name, and that the token (GITHUB_TOKEN or gh auth) can read the repository',
      ),
    ];
  }
  const checks: Check[] = [
    pass('repository', `${a.repo.owner}/${a.repo.repo}, default branch ${defaultBranch}`),
  ];
  const workflow = await workflowText(a, defaultBranch);
  checks.push(...workflowChecks(workflow, `on ${defaultBranch}`));
  let secrets: Set<string>;
  let variables: Map<string, string>;
  try {
    [secrets, variables] = await Promise.all([
      listSecretNames(a.octokit, a.repo),
      listVariables(a.octokit, a.repo),
    ]);
  } catch (e) {
    if (!hasStatus(e, 403) && !hasStatus(e, 404)) throw e;
    checks.push(
      fail(
        'secrets',
        'the token cannot list the secrets and variables',
        'use a token with admin rights on the repository (a fine-grained token with Secrets and Variables: read)',
      ),
    );
    return checks;
  }
  checks.push(...secretChecks(workflow, secrets));
  const labels = await a.octokit.paginate(a.octokit.rest.issues.listLabelsForRepo, {
    ...a.repo,
    per_page: 100,
  });
  const have = new Set(labels.map((l) => l.name.toLowerCase()));
  const missing = Object.values(LABELS)
    .filter((l) => !have.has(l.name.toLowerCase()))
    .map((l) => l.name);
  checks.push(
    missing.length === 0
      ? pass('labels', 'every label the suite uses exists')
      : missing.includes(LABELS.trigger.name)
        ? fail(
            'labels',
            `missing ${missing.join(', ')}`,
            'lailatov init --github OWNER/REPO creates them',
          )
        : warn(
            'labels',
            `missing ${missing.join(', ')} (created on first use)`,
            'lailatov init --github OWNER/REPO creates them',
          ),
  );
  checks.push(...(await appChecks(a, variables, secrets)));
  return checks;
}
