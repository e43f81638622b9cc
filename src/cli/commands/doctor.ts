import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { UserError } from '../../core/errors.js';
import { localChecks, renderChecks, type Check } from '../../onboard/doctor.js';
import { githubChecks } from '../../onboard/doctor-github.js';
import { githubAccess } from '../../onboard/github-access.js';
import { ExitCode, type Command } from '../io.js';

const HELP = `Usage: lailatov doctor [--dir DIR] [--github OWNER/REPO] [--json]

One checklist of what a run needs, each item with its fix. In the checkout (default: the current
directory): .github/lailatov.yml and risk-policy.json valid, the workflow file and its
permissions, .lailatov/ ignored, Node and bubblewrap for local runs. With --github, through the
API: the workflow on the default branch, a model key secret, the labels, and either a GitHub App
with exactly the permissions the suite needs or the Actions setting that lets GITHUB_TOKEN open
pull requests. Token: GITHUB_TOKEN (or GH_TOKEN), else 'gh auth token'; API root: GITHUB_API_URL.
  --dir DIR            the checkout to check (default: the current directory)
  --github OWNER/REPO  also check the repository on GitHub
  --json               print the checks as one JSON object
Exit codes: 0 ready (warnings allowed), 1 a check failed, 2 bad input.
`;

export const doctorCommand: Command = async (args, io) => {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        dir: { type: 'string' },
        github: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    throw new UserError(`${(e as Error).message}. Fix: see 'lailatov doctor --help'.`);
  }
  if (values.help) {
    io.stdout(HELP);
    return ExitCode.ok;
  }
  const dir = path.resolve(io.cwd, values.dir ?? '.');
  if (values.github === undefined && !(await stat(path.join(dir, '.git')).catch(() => null)))
    throw new UserError(
      `${dir} is not a git checkout. Fix: run doctor at your repository's root, pass --dir DIR, or check the repository on GitHub with --github OWNER/REPO.`,
    );
  const checks: Check[] = await localChecks(dir, io.env);
  if (values.github !== undefined)
    checks.push(...(await githubChecks(await githubAccess(values.github, io.env))));
  const ok = checks.every((c) => c.status !== 'fail');
  io.stdout(values.json ? `${JSON.stringify({ ok, checks })}\n` : renderChecks(checks));
  return ok ? ExitCode.ok : ExitCode.failure;
};
