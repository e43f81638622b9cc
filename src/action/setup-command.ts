// The project's test setup (`setup-command`, e.g. `npm ci`) runs the project's own code (install
// scripts, a lock file an agent may have edited): in the agent sandbox, like the tests, never in
// a workflow step that could read the job's secrets.
import { UserError } from '../core/errors.js';
import type { Workspace } from '../stages/ports.js';

const TAIL = 4000;

export async function runSetupCommand(
  workspace: Workspace,
  script: string,
  timeoutMinutes: number,
  log: (line: string) => void,
): Promise<void> {
  log('running setup-command in the agent sandbox');
  const r = await workspace.run(
    ['bash', '-euo', 'pipefail', '-c', script],
    timeoutMinutes * 60_000,
  );
  log(r.output.slice(-TAIL));
  if (r.exitCode === 0 && !r.timedOut) return;
  throw new UserError(
    `input \`setup-command\` ${r.timedOut ? `timed out after ${timeoutMinutes} min` : `failed (exit ${r.exitCode ?? 'signal'})`} in the agent sandbox. ` +
      'It runs with no secret and reaches only the hosts of sandbox.network (the package registries ' +
      'by default): add what it downloads from to sandbox.network.allow in .github/lailatov.yml, ' +
      `or fix the command. Its last output:\n${r.output.slice(-TAIL)}`,
  );
}
