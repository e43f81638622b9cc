import { isUserError } from '../core/errors.js';
import { ExitCode, type CliIo, type Command } from './io.js';

/** What `lailatov --help` says of each command, in its order (docs/cli.md follows it). */
const SUMMARIES = {
  risk: 'classify changed paths against risk-policy.json',
  policy: 'policy check FILE: validate a risk policy',
  outcomes: 'outcomes summary FILE: aggregate an outcome log',
  dashboard: 'dashboard --out DIR --log FILE|--repo O/N: a static HTML dashboard of the log',
  learn: 'learn [--log PATH] [--open-pr]: propose rules, with evidence, from the outcome log',
  report: 'report [--log PATH] [--period 7d] [--format markdown|slack|json]: a digest',
  triage: 'triage --issue FILE: is the issue clear enough to build?',
  write: 'write --issue FILE --repo DIR: write the code on an agent branch',
  review: 'review --repo DIR --head BRANCH: risk gate, tests, code review, spec audit (any branch)',
  remediate: 'remediate --repo DIR --head BRANCH: fix what the review found',
  fix: 'fix --repo DIR --pr-branch BRANCH "REQUEST": one round on a request',
  run: 'run --issue FILE|URL --repo DIR: the whole pipeline, locally or on a GitHub issue',
  init: 'init [--dir DIR] [--force]: install the suite into a repository',
  app: 'app create --github OWNER/REPO: create the GitHub App and store its id and key',
  relay: 'relay --port N: turn ClickUp and Linear webhooks into agent-task dispatches',
  doctor: 'doctor [--github OWNER/REPO]: check what a run needs, each item with its fix',
  bench: 'bench [--suite DIR] [--engine E]: resolve rate and cost on a suite of instances',
  demo: 'run the whole pipeline offline on a bundled sample repository',
} as const;

type CommandName = keyof typeof SUMMARIES;

/** Commands load lazily so `lailatov risk` does not pay for the engines' start-up. */
const LOADERS: Record<CommandName, () => Promise<Command>> = {
  risk: () => import('./commands/risk.js').then((m) => m.riskCommand),
  policy: () => import('./commands/policy.js').then((m) => m.policyCommand),
  outcomes: () => import('./commands/outcomes.js').then((m) => m.outcomesCommand),
  dashboard: () => import('./commands/dashboard.js').then((m) => m.dashboardCommand),
  learn: () => import('./commands/learn.js').then((m) => m.learnCommand),
  report: () => import('./commands/report.js').then((m) => m.reportCommand),
  triage: () => import('./commands/triage.js').then((m) => m.triageCommand),
  write: () => import('./commands/write.js').then((m) => m.writeCommand),
  review: () => import('./commands/review.js').then((m) => m.reviewCommand),
  remediate: () => import('./commands/remediate.js').then((m) => m.remediateCommand),
  fix: () => import('./commands/fix.js').then((m) => m.fixCommand),
  run: () => import('./commands/run.js').then((m) => m.runCommand),
  init: () => import('./commands/init.js').then((m) => m.initCommand),
  app: () => import('./commands/app.js').then((m) => m.appCommand),
  relay: () => import('./commands/relay.js').then((m) => m.relayCommand),
  doctor: () => import('./commands/doctor.js').then((m) => m.doctorCommand),
  bench: () => import('./commands/bench.js').then((m) => m.benchCommand),
  demo: () => import('./commands/demo.js').then((m) => m.demoCommand),
};

export const VERSION = '0.1.0';

/** Every command's name, in the order `lailatov --help` lists them (docs/cli.md follows it). */
export const COMMAND_NAMES: readonly string[] = Object.keys(SUMMARIES);

function usage(): string {
  const width = Math.max(...COMMAND_NAMES.map((k) => k.length));
  const lines = Object.entries(SUMMARIES).map(([k, s]) => `  ${k.padEnd(width)}  ${s}`);
  return `Usage: lailatov <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun 'lailatov <command> --help' for a command's options.\n`;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name === undefined ? ExitCode.badInput : ExitCode.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return ExitCode.ok;
  }
  // Own keys only: `lailatov toString` is an unknown command, not Object.prototype's method.
  const load = Object.hasOwn(LOADERS, name) ? LOADERS[name as CommandName] : undefined;
  if (!load) {
    io.stderr(`lailatov: unknown command '${name}'.\n\n${usage()}`);
    return ExitCode.badInput;
  }
  try {
    const command = await load();
    return await command(rest, io);
  } catch (e) {
    if (isUserError(e)) {
      io.stderr(`lailatov ${name}: ${e.message}\n`);
      // A lone problem is usually the message itself: say it once.
      for (const p of e.problems) if (!e.message.includes(p)) io.stderr(`  - ${p}\n`);
      return ExitCode.badInput;
    }
    io.stderr(
      `lailatov ${name}: internal error (please report it):\n${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
    return ExitCode.failure;
  }
}
