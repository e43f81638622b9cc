import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfigFile, CONFIG_PATH } from '../../config/load.js';
import { renderDashboard } from '../../core/dashboard/page.js';
import { UserError } from '../../core/errors.js';
import { readSourcesFromArgs, SOURCE_OPTIONS, SOURCE_USAGE } from '../outcome-sources.js';
import { ExitCode, type Command } from '../io.js';
import { cliNow } from '../outcome-args.js';

const USAGE = `Usage: lailatov dashboard --out DIR (--log PATH | --repo OWNER/NAME | --owner NAME)... [options]

Writes DIR/index.html: one self-contained page (no script or font from anywhere, works from
file://, as a CI artifact or on GitHub Pages) with cost over time against the budget ceilings,
outcomes by week, resolve rate by tier, engine and model, and one row per issue with its cost
ledger by stage, linked to the PR; filters by period and repository.
  --out DIR         where to write index.html (created if missing)
${SOURCE_USAGE}
  --config FILE     the ceilings come from its budgets (default ${CONFIG_PATH}, else the defaults)
  --now ISO         the page's time, where the periods end (default: LAILATOV_NOW, else now)
  --rows N          issues listed per view, latest first (default 100)
`;

function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UserError(`${name} must be a whole number of at least 1, not '${value}'`);
  return n;
}

export const dashboardCommand: Command = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        ...SOURCE_OPTIONS,
        out: { type: 'string' },
        config: { type: 'string' },
        now: { type: 'string' },
        rows: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    io.stderr(`lailatov dashboard: ${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`);
    return ExitCode.badInput;
  }
  const v = parsed.values;
  if (v.help) {
    io.stdout(USAGE);
    return ExitCode.ok;
  }
  if (v.out === undefined) {
    io.stderr(`lailatov dashboard: --out DIR is required\n\n${USAGE}`);
    return ExitCode.badInput;
  }
  const now = v.now === undefined ? cliNow(io.env) : new Date(v.now);
  if (Number.isNaN(now.getTime()))
    throw new UserError(
      `--now must be an ISO date or time (e.g. 2026-12-07T00:00:00Z), not '${v.now}'`,
    );
  const maxRows = positiveInt(v.rows, '--rows', 100);
  const config = await loadConfigFile(path.resolve(io.cwd, v.config ?? CONFIG_PATH));
  const { budgets } = config;
  const options = {
    now,
    ceilings: {
      issue: budgets.issue,
      stages: {
        triage: budgets.triage,
        write: budgets.write,
        review: budgets.review,
        remediate: budgets.remediate,
      },
    },
    serverUrl: io.env.GITHUB_SERVER_URL,
  };
  const read = await readSourcesFromArgs(v, io, 'dashboard', { kind: 'dashboard', options });
  if (read === undefined) return ExitCode.badInput;
  const html = renderDashboard(read.accumulator.result(), { maxRows });
  const dir = path.resolve(io.cwd, v.out);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, 'index.html');
  await writeFile(file, html);
  io.stdout(
    `Wrote ${path.relative(io.cwd, file) || file} (${(Buffer.byteLength(html) / 1024).toFixed(0)} KB) from ${read.lines} line(s) in ${read.files} file(s).\n`,
  );
  return ExitCode.ok;
};
