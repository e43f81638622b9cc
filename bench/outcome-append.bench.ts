// How the outcome store's retry defaults hold up when N runs append at the same moment: a
// Monte Carlo of N writers racing for the data branch's ref with the store's own backoff
// (backoffWindow, RETRY_DEFAULTS). An attempt reads the ref, then W ms later (±25%) moves it
// without force; it wins if nobody moved it in between, else it waits and starts over. W is the
// read-to-update window: about 1-3 s on GitHub (five requests in sequence, the client spacing
// writes 1 s apart), a fraction of a second on the emulator.
// Reports, per (N, W): runs where a writer gave up, attempts (mean, and the most any writer
// needed: median run, 95th percentile, worst), and the time until the last record landed.
// Usage: npm run bench -- outcome-append   (BENCH_RUNS=1000 for tighter tails)
import { backoffWindow, RETRY_DEFAULTS } from '../src/outcomes/git-branch-store.js';
import { rng } from '../test/outcomes/support/records.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 300);

interface Result {
  gaveUp: number;
  meanAttempts: number;
  maxAttempts: number;
  makespanMs: number;
}

function simulate(n: number, w: number, seed: number): Result {
  const random = rng(seed);
  let version = 0;
  const writers = Array.from({ length: n }, () => ({ attempt: 0, read: 0, started: 0 }));
  // Events in time order: a writer starts an attempt (reads the ref) or tries to move the ref.
  const queue: { at: number; writer: number; kind: 'start' | 'move' }[] = writers.map((_, i) => ({
    at: 0,
    writer: i,
    kind: 'start',
  }));
  const done: number[] = [];
  let gaveUp = 0;
  let last = 0;
  while (queue.length > 0) {
    queue.sort((a, b) => a.at - b.at);
    const { at, writer, kind } = queue.shift() as (typeof queue)[number];
    const wr = writers[writer] as (typeof writers)[number];
    if (kind === 'start') {
      wr.attempt += 1;
      wr.read = version;
      wr.started = at;
      queue.push({ at: at + w * (0.75 + 0.5 * random()), writer, kind: 'move' });
    } else if (wr.read === version) {
      version += 1;
      done.push(wr.attempt);
      last = at;
    } else if (wr.attempt >= RETRY_DEFAULTS.maxAttempts) {
      gaveUp += 1;
      last = at;
    } else {
      const window = backoffWindow(wr.attempt, at - wr.started, RETRY_DEFAULTS);
      queue.push({ at: at + random() * window, writer, kind: 'start' });
    }
  }
  return {
    gaveUp,
    meanAttempts: done.reduce((a, b) => a + b, 0) / Math.max(1, done.length),
    maxAttempts: Math.max(0, ...done),
    makespanMs: last,
  };
}

const pct = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;

console.log(
  `retry defaults: ${RETRY_DEFAULTS.maxAttempts} attempts, base ${RETRY_DEFAULTS.baseMs} ms, cap ${RETRY_DEFAULTS.capMs / 1000} s; ${RUNS} runs each`,
);
for (const n of [5, 50, 100]) {
  for (const w of [200, 1000, 3000]) {
    const results = Array.from({ length: RUNS }, (_, k) => simulate(n, w, k + 1));
    const failed = results.filter((r) => r.gaveUp > 0).length;
    const most = results.map((r) => r.maxAttempts).sort((a, b) => a - b);
    const span = results.map((r) => r.makespanMs / 1000).sort((a, b) => a - b);
    const mean = results.reduce((a, r) => a + r.meanAttempts, 0) / RUNS;
    console.log(
      `N=${String(n).padStart(3)} W=${String(w).padStart(4)} ms: gave up in ${failed}/${RUNS} runs; ` +
        `attempts mean ${mean.toFixed(1)}, most p50 ${pct(most, 0.5)} p95 ${pct(most, 0.95)} worst ${most[most.length - 1]}; ` +
        `all landed after p50 ${pct(span, 0.5).toFixed(0)} s, p95 ${pct(span, 0.95).toFixed(0)} s`,
    );
  }
}
