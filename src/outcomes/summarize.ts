import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  OutcomeAggregator,
  type AggregateState,
  type AggregatorOptions,
  type CorruptLine,
  type OutcomeSummary,
} from '../core/outcomes/index.js';
import {
  forEachLine,
  lineRanges,
  readBuffers,
  readOutcomeLog,
  type ByteRange,
  type LineSplitter,
  type LineVisitOptions,
} from './reader.js';

export interface SummarizeOptions extends AggregatorOptions {
  /**
   * `visitor` (default): lines split in Buffers and handed over a chunk at a time, valid v1
   * records through the aggregator's fast scanner. `chunked` and `readline` are the
   * generator-per-line readers with a full parse of every line, kept to compare against.
   */
  readonly splitter?: LineSplitter | 'visitor';
  readonly highWaterMark?: number;
  /**
   * Threads that read parts of the log at once (`visitor` only). Default: one per core, up to
   * 4, for logs of 64 MiB or more (below that, starting a thread costs more than it saves).
   * Threads need the bundled worker (dist/cli/summarize-worker.js): run from source, the
   * summary reads on this thread alone.
   */
  readonly threads?: number;
}

/**
 * What every thread of one summary shares: the log cut into pieces at line starts, and a
 * counter through which each thread claims the next piece until none is left. Threads that
 * claim as they go finish together even when one of them is slowed (a busy core, a worker
 * that started late), where halves fixed in advance wait for the slowest thread.
 */
export interface PiecesRequest {
  readonly file: string;
  readonly pieces: readonly ByteRange[];
  /** An Int32 over shared memory: the index of the next piece to claim (Atomics.add). */
  readonly next: SharedArrayBuffer;
  readonly highWaterMark?: number;
  readonly aggregator: AggregatorOptions;
}

export interface PieceResult {
  readonly index: number;
  readonly state: AggregateState;
  /** Lines in the piece, to number the next piece's lines as the file does. */
  readonly lines: number;
}

const AUTO_THREADS_FROM_BYTES = 64 * 2 ** 20;
const MAX_AUTO_THREADS = 4;
/** About 0.1 s of reading each: claiming and merging cost nothing beside that. */
const PIECE_BYTES = 32 * 2 ** 20;
const WORKER_FILE = 'summarize-worker.js';

/** Reads a whole log once, streaming, into a summary. Memory stays flat with file size. */
export async function summarizeOutcomeLog(
  file: string,
  opts: SummarizeOptions = {},
): Promise<OutcomeSummary> {
  return (await aggregateLog(file, opts)).summary();
}

export interface LogsSummary {
  readonly summary: OutcomeSummary;
  /** The corrupt lines listed, by file (line numbers within their file). */
  readonly corrupt: readonly { readonly file: string; readonly lines: readonly CorruptLine[] }[];
}

/**
 * Summarizes several logs as one (the legacy single file and the monthly shards), each read
 * as `summarizeOutcomeLog` reads it, then merged: sums are exact, so the result is the same as
 * for one file holding all their lines.
 */
export async function summarizeOutcomeLogs(
  files: readonly string[],
  opts: SummarizeOptions = {},
): Promise<LogsSummary> {
  const total = new OutcomeAggregator(opts);
  const corrupt: { file: string; lines: readonly CorruptLine[] }[] = [];
  for (const file of files) {
    const state = (await aggregateLog(file, opts)).state();
    total.merge(state, 0);
    if (state.corruptLines.length > 0) corrupt.push({ file, lines: state.corruptLines });
  }
  return { summary: total.summary(), corrupt };
}

/**
 * The log files under `target`: itself when it is a file; for a folder (a checkout of the data
 * branch, or its `data/` folder), every `.jsonl` file below it in path order, which puts the
 * legacy `agent-outcomes.jsonl` before the shards of `outcomes/` and the months in order.
 */
export async function outcomeLogFiles(target: string): Promise<string[]> {
  if (!(await stat(target)).isDirectory()) return [target];
  const entries = await readdir(target, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.jsonl'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

async function aggregateLog(file: string, opts: SummarizeOptions): Promise<OutcomeAggregator> {
  const agg = new OutcomeAggregator(opts);
  const { splitter = 'visitor', highWaterMark } = opts;
  if (splitter !== 'visitor') {
    for await (const line of readOutcomeLog(file, { splitter, highWaterMark })) agg.addLine(line);
    return agg;
  }
  const { size } = await stat(file);
  const worker = workerScript();
  const threads = worker === undefined ? 1 : threadCount(opts.threads, size);
  if (worker === undefined || threads === 1) {
    await visitPart(agg, file, { highWaterMark });
    return agg;
  }
  const pieces = await lineRanges(file, size, Math.max(threads, Math.ceil(size / PIECE_BYTES)));
  const req: PiecesRequest = {
    file,
    pieces,
    next: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT),
    highWaterMark,
    aggregator: {
      maxListedCorrupt: opts.maxListedCorrupt,
      relativeAccuracy: opts.relativeAccuracy,
    },
  };
  // This thread claims pieces too; the pieces are merged in file order whoever read them.
  const workers = Array.from({ length: Math.min(threads, pieces.length) - 1 }, (_, k) =>
    startWorker(worker, req, `summary thread ${k + 2} of ${threads}`),
  );
  try {
    const results = (
      await Promise.all([summarizePieces(req), ...workers.map((w) => w.result)])
    ).flat();
    results.sort((a, b) => a.index - b.index);
    if (results.length !== pieces.length || results.some((r, k) => r.index !== k))
      throw new Error(`the threads read ${results.length} of the log's ${pieces.length} pieces`);
    let offset = 0;
    for (const piece of results) {
      agg.merge(piece.state, offset);
      offset += piece.lines;
    }
  } finally {
    // After a failure, the others claim nothing more: every piece looks taken.
    Atomics.store(new Int32Array(req.next), 0, pieces.length);
    await Promise.all(workers.map((w) => w.stop()));
  }
  return agg;
}

/** Claims and summarizes pieces until none is left (every thread's loop, the worker's job). */
export async function summarizePieces(req: PiecesRequest): Promise<PieceResult[]> {
  const next = new Int32Array(req.next);
  const done: PieceResult[] = [];
  const buffers = readBuffers(req.highWaterMark);
  for (let k = Atomics.add(next, 0, 1); k < req.pieces.length; k = Atomics.add(next, 0, 1)) {
    const agg = new OutcomeAggregator(req.aggregator);
    const lines = await visitPart(agg, req.file, { buffers, range: req.pieces[k] });
    done.push({ index: k, state: agg.state(), lines });
  }
  return done;
}

function visitPart(agg: OutcomeAggregator, file: string, opts: LineVisitOptions): Promise<number> {
  return forEachLine(
    file,
    (bytes, start, end, line) => agg.addBytes(bytes, start, end, line),
    opts,
  );
}

function threadCount(requested: number | undefined, size: number): number {
  if (requested !== undefined) {
    if (!Number.isInteger(requested) || requested < 1)
      throw new RangeError(`threads must be a whole number of at least 1, not ${requested}`);
    return requested;
  }
  return size >= AUTO_THREADS_FROM_BYTES ? Math.min(availableParallelism(), MAX_AUTO_THREADS) : 1;
}

/**
 * The bundled worker beside this module (dist/cli/), or undefined when running from source.
 * The path is built at run time on purpose: a `new URL('./x.js', import.meta.url)` literal is
 * an asset reference to the bundler, which would look for x.js beside the TypeScript source.
 */
function workerScript(): string | undefined {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), WORKER_FILE);
  return existsSync(file) ? file : undefined;
}

function startWorker(
  script: string,
  req: PiecesRequest,
  name: string,
): { result: Promise<PieceResult[]>; stop: () => Promise<unknown> } {
  const worker = new Worker(script, { workerData: req });
  const result = new Promise<PieceResult[]>((resolve, reject) => {
    worker.once('message', (m: PieceResult[]) => resolve(m));
    worker.once('error', (e) =>
      reject(new Error(`${name} failed: ${e instanceof Error ? e.message : String(e)}`)),
    );
    worker.once('exit', (code) => reject(new Error(`${name} exited (${code}) without a result`)));
  });
  return { result, stop: () => worker.terminate() };
}
