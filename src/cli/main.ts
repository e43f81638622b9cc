import { isUserError } from '../core/errors.js';
import { ExitCode, type CliIo, type Command } from './io.js';

/** Commands load lazily so `lailatov risk` does not pay for the engines' start-up. */
const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  risk: {
    summary: 'classify changed paths against risk-policy.json',
    load: async () => (await import('./commands/risk.js')).riskCommand,
  },
  policy: {
    summary: 'policy check FILE: validate a risk policy',
    load: async () => (await import('./commands/policy.js')).policyCommand,
  },
  outcomes: {
    summary: 'outcomes summary FILE: aggregate an outcome log',
    load: async () => (await import('./commands/outcomes.js')).outcomesCommand,
  },
  dashboard: {
    summary:
      'dashboard --out DIR --log FILE | --repo O/N: a static HTML dashboard of the outcome log',
    load: async () => (await import('./commands/dashboard.js')).dashboardCommand,
  },
  learn: {
    summary: 'learn [--log PATH] [--open-pr]: propose rules, with evidence, from the outcome log',
    load: async () => (await import('./commands/learn.js')).learnCommand,
  },
  report: {
    summary: 'report [--log PATH] [--period 7d] [--format markdown|slack|json]: a digest',
    load: async () => (await import('./commands/report.js')).reportCommand,
  },
  triage: {
    summary: 'triage --issue FILE: is the issue clear enough to build?',
    load: async () => (await import('./commands/triage.js')).triageCommand,
  },
  write: {
    summary: 'write --issue FILE --repo DIR: write the code on an agent branch',
    load: async () => (await import('./commands/write.js')).writeCommand,
  },
  review: {
    summary:
      'review --repo DIR --head BRANCH: risk gate, tests, code review, spec audit (any branch)',
    load: async () => (await import('./commands/review.js')).reviewCommand,
  },
  remediate: {
    summary: 'remediate --repo DIR --head BRANCH: fix what the review found',
    load: async () => (await import('./commands/remediate.js')).remediateCommand,
  },
  fix: {
    summary: 'fix --repo DIR --pr-branch BRANCH "REQUEST": one round on a request',
    load: async () => (await import('./commands/fix.js')).fixCommand,
  },
  run: {
    summary: 'run --issue FILE|URL --repo DIR: the whole pipeline, locally or on a GitHub issue',
    load: async () => (await import('./commands/run.js')).runCommand,
  },
  init: {
    summary: 'init [--dir DIR] [--force]: install the suite into a repository',
    load: async () => (await import('./commands/init.js')).initCommand,
  },
  app: {
    summary: 'app create --github OWNER/REPO: create the GitHub App and store its id and key',
    load: async () => (await import('./commands/app.js')).appCommand,
  },
  relay: {
    summary: 'relay --port N: turn ClickUp and Linear webhooks into agent-task dispatches',
    load: async () => (await import('./commands/relay.js')).relayCommand,
  },
  doctor: {
    summary: 'doctor [--github OWNER/REPO]: check what a run needs, each item with its fix',
    load: async () => (await import('./commands/doctor.js')).doctorCommand,
  },
  bench: {
    summary: 'bench [--suite DIR] [--engine E]: resolve rate and cost on a suite of instances',
    load: async () => (await import('./commands/bench.js')).benchCommand,
  },
  demo: {
    summary: 'run the whole pipeline offline on a bundled sample repository',
    load: async () => (await import('./commands/demo.js')).demoCommand,
  },
};

export const VERSION = '0.1.0';

/** Every command's name, in the order `lailatov --help` lists them (docs/cli.md follows it). */
export const COMMAND_NAMES: readonly string[] = Object.keys(commands);

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((k) => k.length));
  const lines = Object.entries(commands).map(([k, c]) => `  ${k.padEnd(width)}  ${c.summary}`);
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
  const entry = commands[name];
  if (!entry) {
    io.stderr(`lailatov: unknown command '${name}'.\n\n${usage()}`);
    return ExitCode.badInput;
  }
  try {
    const command = await entry.load();
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
