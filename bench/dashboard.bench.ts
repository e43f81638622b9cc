// `lailatov report` and `lailatov dashboard` on 100,000 records (target: each under 2 s),
// against `lailatov outcomes summary` on the same log in the same run. The three run as users
// run them: the bundled CLI (`npm run build` first, or BENCH_CLI=path/to/cli/index.js, e.g. one
// built by `node scripts/build.mjs --out DIR`), one child process each,
// timed from spawn to exit, all with their default threads. Runs alternate: every round runs
// the three back to back, in an order that rotates from round to round, and each command's
// ratio to the summary is taken within its round (paired), so a busy moment of the shared
// machine falls on both sides of a ratio. Prints min / median / max of the absolute times and
// of the paired ratios, with the load average.
// The log: test/outcomes/support/records.ts's realistic records (2-4 stages, 30% with a
// finding, about 1.4 KB each), in two repositories, spread over 26 weeks.
// Run: npm run build && BENCH_ROUNDS=5 npm run bench -- dashboard
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomRecord, rng } from '../test/outcomes/support/records.js';
import { childEnv } from './support/child-env.js';
import { spread } from './support/spread.js';
import { writeLog } from './support/write-log.js';

const RECORDS = 100_000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const TARGET_MS = 2000;
const NOW = '2026-12-07T00:00:00Z';
const SPAN_MS = 26 * 7 * 86_400_000;
const BASELINE = 'outcomes summary';

function generate(file: string): Promise<number> {
  const next = rng(15);
  const start = Date.parse(NOW) - SPAN_MS;
  return writeLog(file, RECORDS, (i) => ({
    ...randomRecord(next, i),
    repo: i % 3 === 0 ? 'acme/web' : 'acme/api',
    timestamp: new Date(start + Math.floor((SPAN_MS * i) / RECORDS)).toISOString(),
  }));
}

async function run(cli: string, args: string[], cwd: string): Promise<number> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [cli, ...args], {
    cwd,
    env: childEnv({ LAILATOV_NOW: NOW }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d));
  const [code] = (await once(child, 'close')) as [number];
  const ms = performance.now() - t0;
  if (code !== 0) throw new Error(`${args.join(' ')} exited ${code}: ${err}`);
  return ms;
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'lailatov-bench-dashboard-'));
try {
  const cli = path.resolve(process.env.BENCH_CLI ?? 'dist/cli/index.js');
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first`);
  const log = path.join(dir, '100k.jsonl');
  const bytes = await generate(log);
  console.log(
    `generated ${RECORDS} records (${(bytes / 2 ** 20).toFixed(0)} MB) (not timed); CLI ${cli}`,
  );
  const commands: Record<string, string[]> = {
    [BASELINE]: ['outcomes', 'summary', log, '--json'],
    dashboard: ['dashboard', '--out', path.join(dir, 'site'), '--log', log, '--now', NOW],
    report: ['report', '--log', log, '--period', 'all', '--json'],
  };
  const names = Object.keys(commands);
  for (const name of names) await run(cli, commands[name] as string[], dir); // warm the file cache
  const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const ratios: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const loads: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const order = names.map((_, k) => names[(k + round) % names.length] as string);
    const here: Record<string, number> = {};
    for (const name of order) here[name] = await run(cli, commands[name] as string[], dir);
    for (const name of names) {
      (times[name] as number[]).push(here[name] as number);
      (ratios[name] as number[]).push((here[name] as number) / (here[BASELINE] as number));
    }
    loads.push(os.loadavg()[0] as number);
  }
  console.log(
    `${ROUNDS} rounds on ${os.availableParallelism()} cores; load average (1 min) during the rounds ${loads.map((l) => l.toFixed(1)).join(' ')}`,
  );
  let over = false;
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  for (const name of names) {
    const t = spread(times[name] as number[]);
    const r = spread(ratios[name] as number[]);
    const verdict =
      name === BASELINE ? 'baseline' : t.median < TARGET_MS ? 'under 2 s' : 'OVER 2 s';
    if (name !== BASELINE && t.median >= TARGET_MS) over = true;
    console.log(
      `${name.padEnd(17)} min ${s(t.min)}  median ${s(t.median)}  max ${s(t.max)}` +
        (name === BASELINE
          ? '  (baseline)'
          : `  paired ×summary min ${r.min.toFixed(2)} median ${r.median.toFixed(2)} max ${r.max.toFixed(2)}  (${verdict})`),
    );
  }
  if (over) process.exitCode = 1;
} finally {
  await rm(dir, { recursive: true, force: true });
}
