// Child process for the concurrency test: appends COUNT records of varying size (up to ~8 KB)
// to FILE through the real file store. It waits for a line on stdin before writing, so that
// all workers append at the same time instead of one after another as they finish starting.
// Usage: node append-worker.(ts|mjs) FILE WORKER COUNT
import { once } from 'node:events';
import { appendOutcome } from '../../../src/outcomes/file-store.js';
import { makeRecord } from './records.js';

const [file, workerArg, countArg] = process.argv.slice(2);
if (!file || !workerArg || !countArg) throw new Error('usage: append-worker FILE WORKER COUNT');
const worker = Number(workerArg);
const count = Number(countArg);
process.stdout.write('ready\n');
await once(process.stdin, 'data');
for (let i = 0; i < count; i++) {
  // Sizes cycle from ~0.6 KB to ~8 KB so lines of very different lengths race each other.
  const padding = 'x'.repeat(((i * 997 + worker * 131) % 7400) + 1);
  await appendOutcome(
    file,
    makeRecord({
      correlationId: `w${worker}-r${i}`,
      changedFiles: [`pad/${padding}`],
    }),
  );
}
process.stdin.destroy();
