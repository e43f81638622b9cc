// `lailatov doctor`: one checklist of what a run needs, each item with its fix. The local checks
// read the checkout; the GitHub ones (doctor-github.ts) read the repository through the API.
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { CONFIG_PATH, loadConfigFile } from '../config/index.js';
import { isUserError } from '../core/errors.js';
import { parsePolicyText } from '../core/risk/parse.js';

export type CheckStatus = 'pass' | 'fail' | 'warn';

export interface Check {
  readonly name: string;
  readonly status: CheckStatus;
  readonly detail: string;
  /** What to do; empty when the check passed. */
  readonly fix: string;
}

export const pass = (name: string, detail: string): Check => ({
  name,
  status: 'pass',
  detail,
  fix: '',
});
export const fail = (name: string, detail: string, fix: string): Check => ({
  name,
  status: 'fail',
  detail,
  fix,
});
export const warn = (name: string, detail: string, fix: string): Check => ({
  name,
  status: 'warn',
  detail,
  fix,
});

export const WORKFLOW_PATH = '.github/workflows/lailatov.yml';
/** The permissions the caller job must grant: the union of the stages' needs (docs/actions.md). */
export const CALLER_PERMISSIONS = {
  contents: 'write',
  issues: 'write',
  'pull-requests': 'write',
  checks: 'write',
} as const;
/** node24 actions need this runner version (GitHub-hosted runners have it). */
export const MIN_RUNNER = '2.327.1';
const HOSTED = /^(ubuntu|windows|macos)-/;

function message(e: unknown): string {
  return isUserError(e) ? e.message : e instanceof Error ? e.message : String(e);
}

async function exists(p: string): Promise<boolean> {
  return access(p).then(
    () => true,
    () => false,
  );
}

interface WorkflowJob {
  uses?: unknown;
  'runs-on'?: unknown;
  permissions?: unknown;
  steps?: unknown;
}

/** The checks on a caller workflow's text (local file or the default branch's). */
export function workflowChecks(text: string | null, where: string): Check[] {
  if (text === null)
    return [
      fail(
        'workflow file',
        `${WORKFLOW_PATH} not found ${where}`,
        "run 'lailatov init' (or 'init --github OWNER/REPO --pr'), then commit and push it",
      ),
    ];
  let doc: { jobs?: Record<string, WorkflowJob> };
  try {
    doc = (parse(text) ?? {}) as typeof doc;
  } catch (e) {
    return [
      fail(
        'workflow file',
        `${WORKFLOW_PATH} ${where} is not valid YAML: ${message(e)}`,
        'fix the YAML, or rewrite it with lailatov init --force',
      ),
    ];
  }
  const jobs = Object.entries(doc.jobs ?? {});
  const suite = jobs.filter(([, j]) => {
    const steps = Array.isArray(j.steps) ? (j.steps as { uses?: unknown }[]) : [];
    return [j.uses, ...steps.map((s) => s.uses)].some(
      (u) => typeof u === 'string' && u.startsWith('lailatov/lailatov'),
    );
  });
  if (suite.length === 0)
    return [
      fail(
        'workflow file',
        `${WORKFLOW_PATH} ${where} runs no LailaTov job`,
        'rewrite it from the template: lailatov init --force',
      ),
    ];
  const checks: Check[] = [pass('workflow file', `${WORKFLOW_PATH} ${where}`)];
  for (const [name, job] of suite) {
    const granted = (job.permissions ?? {}) as Record<string, unknown>;
    const missing = Object.entries(CALLER_PERMISSIONS)
      .filter(([k, v]) => granted[k] !== v && granted[k] !== 'write-all')
      .map(([k, v]) => `${k}: ${v}`);
    checks.push(
      missing.length === 0 && job.permissions !== 'write-all'
        ? pass('workflow permissions', `job ${name} grants what the stages need`)
        : job.permissions === 'write-all'
          ? warn(
              'workflow permissions',
              `job ${name} grants write-all`,
              'grant only contents, issues, pull-requests and checks: write (the template does)',
            )
          : fail(
              'workflow permissions',
              `job ${name} lacks ${missing.join(', ')}`,
              "copy the template's permissions block (lailatov init --force rewrites the file)",
            ),
    );
    const runsOn = [job['runs-on']].flat().filter((x): x is string => typeof x === 'string');
    if (runsOn.length > 0 && !runsOn.some((r) => HOSTED.test(r)))
      checks.push(
        warn(
          'runner version',
          `job ${name} runs on ${runsOn.join(', ')}`,
          `self-hosted runners need v${MIN_RUNNER} or later (node24 actions): Settings → Actions → Runners shows their versions`,
        ),
      );
  }
  return checks;
}

/** Whether `name` is an executable on PATH (no process started). */
async function onPath(
  name: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<boolean> {
  for (const dir of (env.PATH ?? '').split(':').filter(Boolean))
    if (await exists(path.join(dir, name))) return true;
  return false;
}

/** The checks on a checkout: config, policy, the workflow file, and what local runs need. */
export async function localChecks(
  dir: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<Check[]> {
  const checks: Check[] = [];
  // Outside a checkout (doctor --github from anywhere), only what local runs need is checked.
  if (!(await exists(path.join(dir, '.git')))) return [...checks, ...(await machineChecks(env))];
  const configFile = path.join(dir, CONFIG_PATH);
  if (!(await exists(configFile)))
    checks.push(pass('config', `no ${CONFIG_PATH}: the defaults apply`));
  else
    await loadConfigFile(configFile).then(
      () => checks.push(pass('config', `${CONFIG_PATH} is valid`)),
      (e: unknown) =>
        checks.push(
          fail('config', message(e), `fix ${CONFIG_PATH} (docs/configuration.md lists every key)`),
        ),
    );
  const policy = await readFile(path.join(dir, 'risk-policy.json'), 'utf8').catch(() => null);
  if (policy === null)
    checks.push(
      warn(
        'risk policy',
        'no risk-policy.json: every path gets the default tier, which requires tests',
        "run 'lailatov init' for the template, and adapt its globs",
      ),
    );
  else {
    try {
      parsePolicyText(policy);
      checks.push(pass('risk policy', 'risk-policy.json is valid'));
    } catch (e) {
      checks.push(
        fail(
          'risk policy',
          message(e),
          'lailatov policy check risk-policy.json lists every problem',
        ),
      );
    }
  }
  const workflow = await readFile(path.join(dir, WORKFLOW_PATH), 'utf8').catch(() => null);
  checks.push(...workflowChecks(workflow, 'in this checkout'));
  const ignore = await readFile(path.join(dir, '.gitignore'), 'utf8').catch(() => '');
  checks.push(
    ignore.split(/\r?\n/).some((l) => l.trim().replace(/^\/|\/$/g, '') === '.lailatov')
      ? pass('.gitignore', '.lailatov/ (local runs) is ignored')
      : warn(
          '.gitignore',
          '.lailatov/ is not in .gitignore',
          "add a line '.lailatov/' (lailatov init does)",
        ),
  );
  checks.push(...(await machineChecks(env)));
  return checks;
}

/** What local runs need on this machine: Node and bubblewrap. */
async function machineChecks(env: Readonly<Record<string, string | undefined>>): Promise<Check[]> {
  const checks: Check[] = [];
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  checks.push(
    major > 20 || (major === 20 && minor >= 19)
      ? pass('node', `Node ${process.versions.node}`)
      : fail(
          'node',
          `Node ${process.versions.node}: local runs need 20.19 or later`,
          'install Node 20.19+ (nvm install 20)',
        ),
  );
  checks.push(
    (await onPath('bwrap', env))
      ? pass('sandbox', 'bubblewrap is installed (local runs sandbox every agent command)')
      : warn(
          'sandbox',
          'bubblewrap (bwrap) is not on PATH: local runs cannot sandbox the agent',
          'sudo apt-get install -y bubblewrap socat (Linux); or set sandbox: {mode: off} in the config, and every report says so',
        ),
  );
  return checks;
}

const MARK: Record<CheckStatus, string> = { pass: 'ok  ', fail: 'FAIL', warn: 'warn' };

export function renderChecks(checks: readonly Check[]): string {
  const width = Math.max(...checks.map((c) => c.name.length));
  const lines = checks.map(
    (c) =>
      `${MARK[c.status]}  ${c.name.padEnd(width)}  ${c.detail}${c.fix ? `\n      ${''.padEnd(width)}  fix: ${c.fix}` : ''}`,
  );
  const failed = checks.filter((c) => c.status === 'fail').length;
  const warned = checks.filter((c) => c.status === 'warn').length;
  return `${lines.join('\n')}\n\n${failed === 0 ? 'Ready' : `${failed} check(s) failed`}${warned > 0 ? `, ${warned} warning(s)` : ''}.\n`;
}
