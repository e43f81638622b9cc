import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseReport, totalsOf, type BenchReport, type BenchRow } from '../../core/bench/index.js';
import { UserError } from '../../core/errors.js';
import { runInstance, type RunInstanceOptions } from './run-instance.js';
import type { SuiteEntry } from './suite.js';

export interface HarnessOptions extends RunInstanceOptions {
  readonly runs: number;
  readonly jobs: number;
  readonly suite: string;
  readonly shard: string | null;
  /** Written after every row, so an interrupted run can resume from it. */
  readonly out: string | null;
  /** Rows from an earlier run with the same options, kept and not run again. */
  readonly resumeFrom: readonly BenchRow[];
  readonly onRow: (row: BenchRow, done: number, total: number) => void;
}

export async function readReport(path: string): Promise<BenchReport> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new UserError(`${path}: no such report (write one with lailatov bench --out FILE)`);
  }
  try {
    return parseReport(JSON.parse(text), path);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`${path}: not JSON (${(e as Error).message})`);
  }
}

/** Replaces the file whole, so a reader (or a resume) never sees half a report. */
export async function writeReport(path: string, report: BenchReport): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(`${path}.tmp`, `${JSON.stringify(report, null, 2)}\n`);
  await rename(`${path}.tmp`, path);
}

/** Every run of every instance, `jobs` at a time; rows come back in instance order. */
export async function runHarness(
  entries: readonly SuiteEntry[],
  o: HarnessOptions,
): Promise<BenchReport> {
  const done = new Map(o.resumeFrom.map((r) => [`${r.instance_id}#${r.run}`, r]));
  const work = entries.flatMap((e) =>
    Array.from({ length: o.runs }, (_, k) => ({ e, run: k + 1 })),
  );
  const rows: BenchRow[] = [];
  const report = (): BenchReport => {
    const sorted = [...rows].sort(
      (a, b) => a.instance_id.localeCompare(b.instance_id) || a.run - b.run,
    );
    return {
      version: 1,
      engine: o.engine,
      model: o.model,
      suite: o.suite,
      shard: o.shard,
      totals: totalsOf(sorted),
      rows: sorted,
    };
  };
  let saving = Promise.resolve();
  const save = () => {
    if (o.out !== null) {
      const out = o.out;
      saving = saving.then(() => writeReport(out, report()));
    }
  };
  const todo = work.filter(({ e, run }) => {
    const kept = done.get(`${e.instance.instance_id}#${run}`);
    if (kept) rows.push(kept);
    return kept === undefined;
  });
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      const item = todo[next++];
      if (!item) break;
      const row = await runInstance(item.e, item.run, o);
      rows.push(row);
      o.onRow(row, rows.length, work.length);
      save();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, o.jobs) }, worker));
  save();
  await saving;
  return report();
}
