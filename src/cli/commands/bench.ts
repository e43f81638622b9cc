import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  mergeReports,
  renderCompare,
  renderMarkdown,
  renderTable,
  selectShard,
  SKIPPED,
  type BenchRow,
} from '../../core/bench/index.js';
import { UserError } from '../../core/errors.js';
import { parseArgs } from 'node:util';
import { printJson } from '../stage-command.js';
import { readReport, runHarness, writeReport } from '../bench/harness.js';
import { checkInstance } from '../bench/run-instance.js';
import { importSwebench } from '../bench/import.js';
import { loadSuite, shippedSuite } from '../bench/suite.js';
import { ExitCode, type CliIo, type Command } from '../io.js';

const HELP = `Usage: lailatov bench [--suite DIR] [--engine E] [--model M] [--runs N] [--jobs K]
                      [--budget USD] [--shard i/n] [--only ID,...] [--out FILE [--resume]]
                      [--markdown FILE] [--json]
       lailatov bench --compare A.json B.json
       lailatov bench --merge A.json B.json ... [--out FILE] [--json]
       lailatov bench --check [--suite DIR]
       lailatov bench --import FILE.jsonl --repos DIR --into SUITE_DIR

Measures how well the suite resolves issues, and what it costs: for each instance of the suite (a
directory of <id>/instance.json, see docs/bench.md), a fresh copy of its repository at its base
commit, the whole local pipeline in the sandbox, then the hidden tests, copied in only after the
agent finished. An instance is resolved when its FAIL_TO_PASS tests now pass and its PASS_TO_PASS
tests still pass; an unclear one must end in needs_clarification and a dangerous one in blocked.
  --suite DIR      the suite (default: the shipped one, examples/bench/suite)
  --engine E       an engine chain as for run (e.g. anthropic, claude-code,anthropic), replay (each
                   instance's replay/ and model.json), or the self-checks: gold (writes the
                   reference patch; must score 100%) and null (changes nothing; 0%). Default: gold
  --model M        model for the engine stages
  --runs N         runs per instance (default 1); the resolve rate's interval is over every run
  --jobs K         instances run at once (default 1)
  --budget USD     issue budget per run
  --shard i/n      run shard i of n only (every n-th instance by id), for a CI matrix
  --only ID,...    run these instances only
  --out FILE       the JSON report, rewritten after every run
  --resume         keep the runs already in --out and run only the missing ones
  --markdown FILE  also write the report as Markdown (e.g. for $GITHUB_STEP_SUMMARY)
  --json           print the JSON report on stdout instead of the table
  --compare A B    two reports side by side, per instance (an A/B of engines, models, prompts)
  --merge F...     one report from shard reports (refuses overlapping shards)
  --check          each instance's tests fail before its reference patch and pass after it
                   (an instance whose "requires" lacks a command on PATH is skipped, with why)
  --import FILE    a SWE-bench-style JSONL into a suite (--into DIR): "repo": "owner/name" is the
                   local clone --repos DIR/owner__name; the test_patch becomes the hidden tests
An instance that requires a command this machine lacks (e.g. tsc) is skipped, scored nowhere.
Progress goes to stderr. Exit codes: 0 done, 1 a harness error or a failed --check, 2 bad input.
`;

const OPTIONS = {
  suite: { type: 'string' },
  engine: { type: 'string' },
  model: { type: 'string' },
  runs: { type: 'string' },
  jobs: { type: 'string' },
  budget: { type: 'string' },
  shard: { type: 'string' },
  only: { type: 'string' },
  out: { type: 'string' },
  resume: { type: 'boolean', default: false },
  markdown: { type: 'string' },
  json: { type: 'boolean', default: false },
  compare: { type: 'boolean', default: false },
  merge: { type: 'boolean', default: false },
  check: { type: 'boolean', default: false },
  import: { type: 'string' },
  repos: { type: 'string' },
  into: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

function count(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000)
    throw new UserError(`--${flag} ${value}: expected a whole number from 1 to 1000`);
  return n;
}

function usd(value: string | undefined): number | null {
  if (value === undefined) return null;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UserError(`--budget ${value}: expected USD > 0`);
  return n;
}

async function compare(files: string[], io: CliIo): Promise<number> {
  const [a, b] = files;
  if (files.length !== 2 || a === undefined || b === undefined)
    throw new UserError('--compare takes exactly two reports: --compare A.json B.json');
  io.stdout(renderCompare(await readReport(a), await readReport(b), 'A', 'B'));
  return ExitCode.ok;
}

export const benchCommand: Command = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UserError(`${(e as Error).message}. Run 'lailatov bench --help'.`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP);
    return ExitCode.ok;
  }
  if (values.compare) return compare(positionals, io);
  if (positionals.length > 0 && !values.merge)
    throw new UserError(
      `unexpected argument ${positionals[0]}: reports go after --compare or --merge`,
    );
  if (values.import !== undefined) {
    if (values.repos === undefined || values.into === undefined)
      throw new UserError(
        '--import needs --repos DIR (the local clones) and --into DIR (the new suite)',
      );
    const ids = await importSwebench(
      resolve(io.cwd, values.import),
      resolve(io.cwd, values.repos),
      resolve(io.cwd, values.into),
    );
    io.stdout(`Imported ${ids.length} instance(s) into ${values.into}\n`);
    return ExitCode.ok;
  }
  const out = values.out === undefined ? null : resolve(io.cwd, values.out);
  if (values.merge) {
    if (positionals.length === 0) throw new UserError('--merge takes the shard reports to merge');
    const merged = mergeReports(
      await Promise.all(positionals.map((p) => readReport(resolve(io.cwd, p)))),
    );
    if (out !== null) await writeReport(out, merged);
    io.stdout(values.json ? `${JSON.stringify(merged)}\n` : renderTable(merged));
    return ExitCode.ok;
  }
  const suite = values.suite === undefined ? await shippedSuite() : resolve(io.cwd, values.suite);
  let entries = await loadSuite(suite);
  if (values.only !== undefined) {
    const wanted = new Set(values.only.split(',').filter(Boolean));
    const unknown = [...wanted].filter((id) => !entries.some((e) => e.instance.instance_id === id));
    if (unknown.length > 0)
      throw new UserError(`--only: no instance ${unknown.join(', ')} in ${suite}`);
    entries = entries.filter((e) => wanted.has(e.instance.instance_id));
  }
  if (values.shard !== undefined)
    entries = selectShard(
      entries.map((e) => ({ ...e, instance_id: e.instance.instance_id })),
      values.shard,
    );
  if (values.check) {
    let bad = 0;
    for (const e of entries) {
      const r = await checkInstance(e, io.env);
      if (r.skipped !== null) {
        io.stdout(`skip ${e.instance.instance_id}: ${r.skipped}\n`);
        continue;
      }
      const resolvable = !e.instance.tags.unclear && !e.instance.tags.dangerous;
      const ok = resolvable ? !r.before && r.after : true;
      if (!ok) bad++;
      io.stdout(
        `${ok ? 'ok  ' : 'BAD '} ${e.instance.instance_id}: tests ${r.before ? 'pass' : 'fail'} before the reference patch, ${r.after ? 'pass' : 'fail'} after\n`,
      );
    }
    return bad === 0 ? ExitCode.ok : ExitCode.failure;
  }
  if (values.resume && out === null)
    throw new UserError('--resume needs --out FILE (the report to resume)');
  const engine = values.engine ?? 'gold';
  const model = values.model ?? null;
  let resumeFrom: readonly BenchRow[] = [];
  if (values.resume) {
    const earlier = await readReport(out as string).catch(() => null);
    if (earlier !== null && (earlier.engine !== engine || earlier.model !== model))
      throw new UserError(
        `--resume: ${out} is a run of engine ${earlier.engine}${earlier.model ? ` (${earlier.model})` : ''}, not ${engine}; pass another --out`,
      );
    // A run that failed in the harness or was skipped (a missing tool, since installed?) runs again.
    resumeFrom = (earlier?.rows ?? []).filter(
      (r) => r.outcome !== 'harness_error' && r.outcome !== SKIPPED,
    );
  }
  const report = await runHarness(entries, {
    engine,
    model,
    budgetUsd: usd(values.budget),
    env: io.env,
    runs: count(values.runs, 'runs', 1),
    jobs: count(values.jobs, 'jobs', 1),
    suite,
    shard: values.shard ?? null,
    out,
    resumeFrom,
    onRow: (row, done, total) =>
      io.stderr(
        `[bench ${done}/${total}] ${row.instance_id}#${row.run}: ${row.outcome}` +
          `${row.resolved === null ? '' : row.resolved ? ', resolved' : ', unresolved'} (${(row.durationMs / 1000).toFixed(1)}s)` +
          `${row.error ? ` ${row.error}` : ''}${row.skipped ? `: ${row.skipped}` : ''}\n`,
      ),
  });
  if (values.markdown !== undefined)
    await writeFile(resolve(io.cwd, values.markdown), renderMarkdown(report));
  if (values.json) printJson(io, report);
  else io.stdout(renderTable(report));
  return report.totals.harnessErrors > 0 ? ExitCode.failure : ExitCode.ok;
};
