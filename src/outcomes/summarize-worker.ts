// A worker thread of `summarizeOutcomeLog`: summarizes the part of the log in workerData and
// posts the counts back. Bundled on its own as dist/cli/summarize-worker.js (scripts/build.mjs).
import { parentPort, workerData } from 'node:worker_threads';
import { summarizePart, type PartRequest } from './summarize.js';

parentPort?.postMessage(await summarizePart(workerData as PartRequest));
