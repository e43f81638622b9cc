import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { UserError } from '../../core/errors.js';
import { install } from '../../init/install.js';
import { NEXT_STEPS } from '../../init/next-steps.js';
import { packageRoot } from '../../init/package-root.js';
import { ExitCode, type Command } from '../io.js';

const HELP = `Usage: lailatov init [--dir DIR] [--force]

Installs LailaTov into a git repository (default: the current directory): the caller workflow
(.github/workflows/lailatov.yml), .github/lailatov.yml, risk-policy.json, a CLAUDE.md template and
the .claude/ hooks. Existing files are kept and listed; --force overwrites them.
`;

function parse(args: string[]): { dir?: string; force: boolean; help: boolean } {
  try {
    const { values } = parseArgs({
      args,
      options: {
        dir: { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    return { dir: values.dir, force: values.force, help: values.help };
  } catch (e) {
    throw new UserError(`${(e as Error).message}. Fix: see 'lailatov init --help'.`);
  }
}

export const initCommand: Command = async (args, io) => {
  const opts = parse(args);
  if (opts.help) {
    io.stdout(HELP);
    return ExitCode.ok;
  }
  const target = path.resolve(io.cwd, opts.dir ?? '.');
  if (!(await stat(target).catch(() => undefined))?.isDirectory()) {
    throw new UserError(`--dir ${target}: no such directory. Fix: pass your repository's root.`);
  }
  if (!(await stat(path.join(target, '.git')).catch(() => undefined))) {
    throw new UserError(
      `${target} is not the root of a git repository (no .git). Fix: run 'lailatov init' at your repository's root, or pass --dir.`,
    );
  }
  const report = await install({ sourceRoot: packageRoot(), target, force: opts.force });
  io.stdout(`LailaTov installed into ${target}\n`);
  for (const f of report.written) io.stdout(`  wrote    ${f}\n`);
  for (const f of report.skipped) io.stdout(`  skipped  ${f} (exists; --force overwrites)\n`);
  for (const f of report.unavailable)
    io.stderr(`  missing  ${f}: not in this build of the package; nothing installed for it\n`);
  io.stdout(`\n${NEXT_STEPS}`);
  return ExitCode.ok;
};
