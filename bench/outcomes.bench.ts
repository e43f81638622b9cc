// Outcome log: generate 1,000,000 and 100,000 realistic records to temp files (not committed),
// summarize each streaming (reader + aggregator), and compare with a naive readFile + split +
// JSON.parse-everything baseline on the 100k file, and node:readline against our splitter.
// Run: npm run bench -- outcomes
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { OutcomeAggregator, parseOutcomeLine } from '../src/core/outcomes/index.js';
import { summarizeOutcomeLog } from '../src/outcomes/summarize.js';
import type { LineSplitter } from '../src/outcomes/reader.js';
import { randomRecord, rng } from '../test/outcomes/support/records.js';

const gc = (globalThis as { gc?: () => void }).gc;

async function generate(file: string, n: number): Promise<number> {
  const out = createWriteStream(file);
  const next = rng(42);
  let batch = '';
  for (let i = 0; i < n; i++) {
    batch += `${JSON.stringify(randomRecord(next, i))}\n`;
    if (batch.length > 1 << 20) {
      if (!out.write(batch)) await once(out, 'drain');
      batch = '';
    }
  }
  out.end(batch);
  await once(out, 'finish');
  return (await stat(file)).size;
}

interface Run {
  ms: number;
  peakRssMb: number;
  peakHeapMb: number;
  records: number;
}

async function measure(fn: () => Promise<number>): Promise<Run> {
  gc?.();
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 20);
  const t0 = performance.now();
  const records = await fn();
  const ms = performance.now() - t0;
  clearInterval(timer);
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
  return { ms, peakRssMb: peakRss / 2 ** 20, peakHeapMb: peakHeap / 2 ** 20, records };
}

const streaming = (file: string, splitter: LineSplitter) => async () =>
  (await summarizeOutcomeLog(file, { splitter })).records;

/** The naive way: the whole file in memory, every line parsed into an array, then counted. */
const naive = (file: string) => async () => {
  const text = await readFile(file, 'utf8');
  const parsed = text.split('\n').map((l, i) => parseOutcomeLine(l, i + 1));
  const agg = new OutcomeAggregator();
  for (const p of parsed) agg.addLine(p);
  return agg.summary().records;
};

function row(name: string, r: Run): string {
  return `${name.padEnd(34)} ${r.records.toString().padStart(8)} rec  ${(r.ms / 1000).toFixed(2).padStart(6)} s  peak rss ${r.peakRssMb.toFixed(0).padStart(5)} MB  peak heap ${r.peakHeapMb.toFixed(0).padStart(5)} MB`;
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'lailatov-bench-outcomes-'));
try {
  const small = path.join(dir, '100k.jsonl');
  const big = path.join(dir, '1m.jsonl');
  const t0 = performance.now();
  const smallBytes = await generate(small, 100_000);
  const bigBytes = await generate(big, 1_000_000);
  console.log(
    `generated 100k (${(smallBytes / 2 ** 20).toFixed(0)} MB) and 1M (${(bigBytes / 2 ** 20).toFixed(0)} MB) records in ${((performance.now() - t0) / 1000).toFixed(1)} s (not timed below)`,
  );
  // Warm up the JIT on the small file so the first timed run is not penalized.
  await streaming(small, 'chunked')();

  const s100 = await measure(streaming(small, 'chunked'));
  const r100 = await measure(streaming(small, 'readline'));
  const n100 = await measure(naive(small));
  const s1m = await measure(streaming(big, 'chunked'));
  const r1m = await measure(streaming(big, 'readline'));

  console.log(row('streaming chunked, 100k', s100));
  console.log(row('streaming readline, 100k', r100));
  console.log(row('naive readFile+split+parse, 100k', n100));
  console.log(row('streaming chunked, 1M', s1m));
  console.log(row('streaming readline, 1M', r1m));
  console.log('');
  console.log(
    `1M vs 100k (chunked): time x${(s1m.ms / s100.ms).toFixed(1)}, peak rss x${(s1m.peakRssMb / s100.peakRssMb).toFixed(2)}, peak heap x${(s1m.peakHeapMb / s100.peakHeapMb).toFixed(2)}  (flat memory = about 1)`,
  );
  console.log(
    `naive vs streaming on 100k: time x${(n100.ms / s100.ms).toFixed(2)}, peak rss x${(n100.peakRssMb / s100.peakRssMb).toFixed(2)}`,
  );
  console.log(`readline vs chunked on 1M: time x${(r1m.ms / s1m.ms).toFixed(2)}`);
  const ok = s1m.ms < 5000;
  console.log(`target 1M under 5 s: ${ok ? 'met' : 'MISSED'} (${(s1m.ms / 1000).toFixed(2)} s)`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
