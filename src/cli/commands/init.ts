import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { UserError } from '../../core/errors.js';
import { install, planInstall } from '../../init/install.js';
import { githubAccess } from '../../onboard/github-access.js';
import { openInstallPullRequest } from '../../onboard/install-pr.js';
import { setUpRepository } from '../../onboard/setup-repository.js';
import { NEXT_STEPS } from '../../init/next-steps.js';
import { packageRoot } from '../../init/package-root.js';
import { ExitCode, type CliIo, type Command } from '../io.js';

const HELP = `Usage: lailatov init [--dir DIR] [--force] [--github OWNER/REPO [--pr] [--allow-prs] [--secret NAME]...]

Installs LailaTov into a git repository (default: the current directory): the caller workflow
(.github/workflows/lailatov.yml), .github/lailatov.yml, risk-policy.json, a CLAUDE.md template and
the .claude/ hooks, and adds .lailatov/ (local runs' state) to .gitignore. Existing files are kept
and listed; --force overwrites them.
  --github OWNER/REPO  also set the repository up through the API: create the labels, and with
                       the flags below, the PR setting and secrets. Token: GITHUB_TOKEN (or
                       GH_TOKEN), else 'gh auth token'; API root: GITHUB_API_URL (GHES).
  --pr                 with --github: open the files as a pull request (branch lailatov/install)
                       instead of writing them here; no local checkout needed
  --allow-prs          with --github: turn on "Allow GitHub Actions to create and approve pull
                       requests" if it is off (needed without a GitHub App; see 'lailatov app create')
  --secret NAME        with --github: store the environment variable NAME as the repository
                       secret NAME, sealed (e.g. --secret ANTHROPIC_API_KEY); repeatable
Every API step is idempotent and says what it did.
`;

function parse(args: string[]) {
  try {
    const { values } = parseArgs({
      args,
      options: {
        dir: { type: 'string' },
        force: { type: 'boolean', default: false },
        github: { type: 'string' },
        pr: { type: 'boolean', default: false },
        'allow-prs': { type: 'boolean', default: false },
        secret: { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    if (
      values.github === undefined &&
      (values.pr || values['allow-prs'] || values.secret.length > 0)
    )
      throw new Error('--pr, --allow-prs and --secret need --github OWNER/REPO');
    return values;
  } catch (e) {
    throw new UserError(`${(e as Error).message}. Fix: see 'lailatov init --help'.`);
  }
}

/** `--secret NAME` values, read from the environment: a secret never goes on a command line. */
function secretsFrom(names: readonly string[], env: Readonly<Record<string, string | undefined>>) {
  const secrets = new Map<string, string>();
  for (const name of names) {
    const value = env[name];
    if (value === undefined || value === '')
      throw new UserError(
        `--secret ${name}: the environment variable ${name} is not set. Fix: export ${name}=... in this shell first (the value is sealed and never printed).`,
      );
    secrets.set(name, value);
  }
  return secrets;
}

async function localInstall(target: string, force: boolean, io: CliIo): Promise<void> {
  if (!(await stat(target).catch(() => undefined))?.isDirectory()) {
    throw new UserError(`--dir ${target}: no such directory. Fix: pass your repository's root.`);
  }
  if (!(await stat(path.join(target, '.git')).catch(() => undefined))) {
    throw new UserError(
      `${target} is not the root of a git repository (no .git). Fix: run 'lailatov init' at your repository's root, or pass --dir.`,
    );
  }
  const report = await install({ sourceRoot: packageRoot(), target, force });
  io.stdout(`LailaTov installed into ${target}\n`);
  for (const f of report.written) io.stdout(`  wrote    ${f}\n`);
  for (const f of report.skipped) io.stdout(`  skipped  ${f} (exists; --force overwrites)\n`);
  for (const f of report.unavailable)
    io.stderr(`  missing  ${f}: not in this build of the package; nothing installed for it\n`);
}

export const initCommand: Command = async (args, io) => {
  const opts = parse(args);
  if (opts.help) {
    io.stdout(HELP);
    return ExitCode.ok;
  }
  const secrets = secretsFrom(opts.secret, io.env);
  if (!opts.pr) await localInstall(path.resolve(io.cwd, opts.dir ?? '.'), opts.force, io);
  if (opts.github !== undefined) {
    const access = await githubAccess(opts.github, io.env);
    io.stdout(`\nGitHub repository ${opts.github}:\n`);
    const said = await setUpRepository(access, { allowPullRequests: opts['allow-prs'], secrets });
    if (opts.pr) {
      const { items } = await planInstall(packageRoot());
      said.push(...(await openInstallPullRequest(access.octokit, access.repo, items)));
    }
    for (const line of said) io.stdout(`  ${line}\n`);
  }
  io.stdout(`\n${NEXT_STEPS}`);
  return ExitCode.ok;
};
