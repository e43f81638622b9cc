// A worker thread of a log read in pieces (parallel-reduce.ts: `outcomes summary`, `report`,
// `dashboard`): claims pieces of the log in workerData until none is left and posts their
// states back. Bundled on its own as dist/cli/summarize-worker.js (scripts/build.mjs).
import { parentPort, workerData } from 'node:worker_threads';
import { reducePieces, type PiecesRequest } from './parallel-reduce.js';

parentPort?.postMessage(await reducePieces(workerData as PiecesRequest));
