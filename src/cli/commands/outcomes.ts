import { parseArgs } from 'node:util';
import type { OutcomeSummary } from '../../core/outcomes/index.js';
import { summarizeOutcomeLog } from '../../outcomes/summarize.js';
import { ExitCode, type Command } from '../io.js';

const USAGE = `Usage: lailatov outcomes summary FILE [--json] [--threads N]

Aggregates an outcome log (JSONL): counts by outcome, risk tier, engine and model, cost totals
and percentiles, tokens and turns. Corrupt lines are skipped and listed on stderr.
  --json         print one JSON object instead of tables
  --threads N    read with N threads (default: one per core, up to 4, for logs of 64 MiB or more)
Exit: 0 when the file was read (even with corrupt lines), 2 when it is unreadable or args are bad.
`;

function usd(v: number | null): string {
  return v === null ? 'n/a' : `$${v.toFixed(v < 1 ? 4 : 2)}`;
}

function table(title: string, counts: Readonly<Record<string, number>>): string {
  const rows = Object.entries(counts);
  if (rows.length === 0) return `${title}: none\n`;
  const w = Math.max(...rows.map(([k]) => k.length));
  return `${title}:\n${rows.map(([k, v]) => `  ${k.padEnd(w)}  ${v}`).join('\n')}\n`;
}

function render(file: string, s: OutcomeSummary): string {
  const c = s.cost;
  const t = s.tokens;
  return [
    `Outcome log ${file}: ${s.records} record(s), ${s.corrupt.count} corrupt line(s), ${s.blankLines} blank line(s)\n`,
    s.firstTimestamp ? `From ${s.firstTimestamp} to ${s.lastTimestamp}\n` : '',
    table('By schema version', s.bySchemaVersion),
    table('By outcome', s.byOutcome),
    Object.keys(s.byOriginalOutcome).length
      ? table('Predecessor outcomes (v0, as written)', s.byOriginalOutcome)
      : '',
    table('By risk tier', s.byRiskTier),
    table('Stage runs by engine', s.byEngine),
    table('Stage runs by model', s.byModel),
    `Cost: ${usd(c.knownUsd)} known, ${c.unknownRecords} record(s) with unknown cost\n`,
    `  per record: p50 ${usd(c.p50)}  p90 ${usd(c.p90)}  p99 ${usd(c.p99)}  max ${usd(c.max)} (within ${(c.relativeAccuracy * 100).toFixed(1)}%)\n`,
    `Tokens: input ${t.input}, output ${t.output}, cache read ${t.cacheRead}, cache write ${t.cacheWrite}\n`,
    `Turns: ${s.turns}; agent time: ${(s.durationMs / 3_600_000).toFixed(2)} h\n`,
  ].join('');
}

export const outcomesCommand: Command = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        threads: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    io.stderr(`lailatov outcomes: ${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`);
    return ExitCode.badInput;
  }
  if (parsed.values.help) {
    io.stdout(USAGE);
    return ExitCode.ok;
  }
  const [sub, file, ...extra] = parsed.positionals;
  if (sub !== 'summary' || file === undefined || extra.length > 0) {
    io.stderr(
      `lailatov outcomes: ${sub !== 'summary' ? `unknown subcommand '${sub ?? ''}'` : file === undefined ? 'missing FILE' : `unexpected argument '${extra[0]}'`}\n\n${USAGE}`,
    );
    return ExitCode.badInput;
  }
  const threadsArg = parsed.values.threads;
  const threads = threadsArg === undefined ? undefined : Number(threadsArg);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1 && threads <= 64)) {
    io.stderr(
      `lailatov outcomes: --threads must be a whole number from 1 to 64, not '${threadsArg}'\n\n${USAGE}`,
    );
    return ExitCode.badInput;
  }
  const path = io.cwd && !file.startsWith('/') ? `${io.cwd}/${file}` : file;
  let summary: OutcomeSummary;
  try {
    summary = await summarizeOutcomeLog(path, { threads });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.stderr(
      code === undefined
        ? `lailatov outcomes: could not summarize ${file}: ${e instanceof Error ? e.message : String(e)}\n`
        : `lailatov outcomes: cannot read ${file}: ${code}. Check the path (the log is data/agent-outcomes.jsonl on the data branch).\n`,
    );
    return ExitCode.badInput;
  }
  for (const c of summary.corrupt.lines)
    io.stderr(`${file}:${c.line}: skipped corrupt line: ${c.reason}\n`);
  const unlisted = summary.corrupt.count - summary.corrupt.lines.length;
  if (unlisted > 0) io.stderr(`${file}: ... and ${unlisted} more corrupt line(s)\n`);
  io.stdout(parsed.values.json ? `${JSON.stringify(summary)}\n` : render(file, summary));
  return ExitCode.ok;
};
