// A worker thread of `summarizeOutcomeLog`: claims pieces of the log in workerData until none
// is left and posts their counts back. Bundled on its own as dist/cli/summarize-worker.js
// (scripts/build.mjs).
import { parentPort, workerData } from 'node:worker_threads';
import { summarizePieces, type PiecesRequest } from './summarize.js';

parentPort?.postMessage(await summarizePieces(workerData as PiecesRequest));
