// `lailatov report` and `lailatov dashboard` on 100,000 records (target: each under 2 s),
// against `lailatov outcomes summary` on the same log in the same run. The three commands run
// in this process through the CLI's own entry (`main`), in rounds that alternate them, so a
// busy moment of the shared machine falls on all three; min / median / max per command and the
// ratio of medians to the summary's are printed.
// The log: test/outcomes/support/records.ts's realistic records (2-4 stages, 30% with a
// finding, about 1.4 KB each), in two repositories, spread over 26 weeks, 5,000 issues.
// Run: npm run bench -- dashboard
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { main } from '../src/cli/main.js';
import type { CliIo } from '../src/cli/io.js';
import { randomRecord, rng } from '../test/outcomes/support/records.js';
import { writeLog } from './support/write-log.js';

const RECORDS = 100_000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const TARGET_MS = 2000;
const NOW = '2026-12-07T00:00:00Z';
const SPAN_MS = 26 * 7 * 86_400_000;

function generate(file: string): Promise<number> {
  const next = rng(15);
  const start = Date.parse(NOW) - SPAN_MS;
  return writeLog(file, RECORDS, (i) => ({
    ...randomRecord(next, i),
    repo: i % 3 === 0 ? 'acme/web' : 'acme/api',
    timestamp: new Date(start + Math.floor((SPAN_MS * i) / RECORDS)).toISOString(),
  }));
}

function io(cwd: string): CliIo & { err: () => string } {
  let err = '';
  return {
    stdout: () => {},
    stderr: (t) => {
      err += t;
    },
    stdin: process.stdin,
    stdinIsTty: true,
    stdoutIsTty: false,
    stderrIsTty: false,
    cwd,
    env: { LAILATOV_NOW: NOW },
    err: () => err,
  };
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'lailatov-bench-dashboard-'));
try {
  const log = path.join(dir, '100k.jsonl');
  const bytes = await generate(log);
  console.log(`generated ${RECORDS} records (${(bytes / 2 ** 20).toFixed(0)} MB) (not timed)`);
  const commands: Record<string, string[]> = {
    'outcomes summary': ['outcomes', 'summary', log, '--json', '--threads', '1'],
    dashboard: ['dashboard', '--out', path.join(dir, 'site'), '--log', log, '--now', NOW],
    report: ['report', '--log', log, '--period', 'all', '--json'],
  };
  const times: Record<string, number[]> = {};
  const runOnce = async (name: string): Promise<number> => {
    (globalThis as { gc?: () => void }).gc?.();
    const cli = io(dir);
    const t0 = performance.now();
    const code = await main(commands[name] as string[], cli);
    const ms = performance.now() - t0;
    if (code !== 0) throw new Error(`${name} exited ${code}: ${cli.err()}`);
    return ms;
  };
  for (const name of Object.keys(commands)) await runOnce(name); // warm-up: JIT and file cache
  for (let round = 0; round < ROUNDS; round++)
    for (const name of Object.keys(commands)) (times[name] ??= []).push(await runOnce(name));
  const median = (xs: number[]) =>
    [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  const base = median(times['outcomes summary'] as number[]);
  console.log(
    `${ROUNDS} rounds on ${os.availableParallelism()} cores, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  let over = false;
  for (const [name, xs] of Object.entries(times)) {
    const m = median(xs);
    const verdict =
      name === 'outcomes summary' ? 'baseline' : m < TARGET_MS ? 'under 2 s' : 'OVER 2 s';
    if (name !== 'outcomes summary' && m >= TARGET_MS) over = true;
    console.log(
      `${name.padEnd(17)} min ${(Math.min(...xs) / 1000).toFixed(2)} s  median ${(m / 1000).toFixed(2)} s  max ${(Math.max(...xs) / 1000).toFixed(2)} s  ${(m / base).toFixed(2)}× summary  (${verdict})`,
    );
  }
  if (over) process.exitCode = 1;
} finally {
  await rm(dir, { recursive: true, force: true });
}
