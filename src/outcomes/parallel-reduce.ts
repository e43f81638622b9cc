// Reads one log file through a line reducer (line-reducers.ts), on several threads when the
// file is big: the file is cut into pieces at line starts, every thread claims the next piece
// until none is left, and the pieces' states are merged in file order on this thread.
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { reducerFor, type LineReducer, type ReductionSpec } from './line-reducers.js';
import { forEachLine, lineRanges, readBuffers, type ByteRange } from './reader.js';

export interface ReduceOptions {
  readonly highWaterMark?: number;
  /**
   * Threads that read parts of the log at once. Default: one per core, up to 4, for logs of
   * 64 MiB or more (below that, starting a thread costs more than it saves).
   */
  readonly threads?: number;
}

/**
 * What every thread of one read shares: the log cut into pieces at line starts, and a counter
 * through which each thread claims the next piece until none is left. Threads that claim as
 * they go finish together even when one of them is slowed (a busy core, a worker that started
 * late), where halves fixed in advance wait for the slowest thread.
 */
export interface PiecesRequest {
  readonly file: string;
  readonly pieces: readonly ByteRange[];
  /** An Int32 over shared memory: the index of the next piece to claim (Atomics.add). */
  readonly next: SharedArrayBuffer;
  readonly highWaterMark?: number;
  readonly reduction: ReductionSpec;
}

export interface PieceResult {
  readonly index: number;
  readonly state: unknown;
  /** Lines in the piece, to number the next piece's lines as the file does. */
  readonly lines: number;
}

const AUTO_THREADS_FROM_BYTES = 64 * 2 ** 20;
const MAX_AUTO_THREADS = 4;
/** About 0.1 s of reading each: claiming and merging cost nothing beside that. */
const PIECE_BYTES = 32 * 2 ** 20;
const WORKER = 'summarize-worker';

/**
 * Reads a whole log file once into `reducer` (by default a fresh one for `spec`), which the
 * pieces read on other threads merge into. Memory stays flat with the file's size.
 */
export async function reduceLogFile(
  file: string,
  spec: ReductionSpec,
  opts: ReduceOptions = {},
  reducer: LineReducer = reducerFor(spec),
): Promise<{ reducer: LineReducer; lines: number }> {
  const { highWaterMark } = opts;
  const { size } = await stat(file);
  const worker = workerScript();
  const threads = worker === undefined ? 1 : threadCount(opts.threads, size);
  if (worker === undefined || threads === 1) {
    const lines = await forEachLine(file, visitor(reducer), { highWaterMark });
    return { reducer, lines };
  }
  // The summary's state is a few counts: small pieces, claimed as threads free up, cost nothing
  // to merge. Report's and dashboard's states hold every issue (the dashboard's, one per view):
  // one piece per thread, merged once.
  const perThread = spec.kind !== 'summary';
  const parts = perThread ? threads : Math.max(threads, Math.ceil(size / PIECE_BYTES));
  const pieces = await lineRanges(file, size, parts);
  const req: PiecesRequest = {
    file,
    pieces,
    next: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT),
    highWaterMark,
    reduction: spec,
  };
  // This thread claims pieces too; the pieces are merged in file order whoever read them.
  const workers = Array.from({ length: Math.min(threads, pieces.length) - 1 }, (_, k) =>
    startWorker(worker, req, `log reading thread ${k + 2} of ${threads}`),
  );
  let lines = 0;
  try {
    const results = (
      await Promise.all([reducePieces(req), ...workers.map((w) => w.result)])
    ).flat();
    results.sort((a, b) => a.index - b.index);
    if (results.length !== pieces.length || results.some((r, k) => r.index !== k))
      throw new Error(`the threads read ${results.length} of the log's ${pieces.length} pieces`);
    for (const piece of results) {
      reducer.merge(piece.state, lines);
      lines += piece.lines;
    }
  } finally {
    // After a failure, the others claim nothing more: every piece looks taken.
    Atomics.store(new Int32Array(req.next), 0, pieces.length);
    await Promise.all(workers.map((w) => w.stop()));
  }
  return { reducer, lines };
}

/** Claims and reduces pieces until none is left (every thread's loop, the worker's job). */
export async function reducePieces(req: PiecesRequest): Promise<PieceResult[]> {
  const next = new Int32Array(req.next);
  const done: PieceResult[] = [];
  const buffers = readBuffers(req.highWaterMark);
  for (let k = Atomics.add(next, 0, 1); k < req.pieces.length; k = Atomics.add(next, 0, 1)) {
    const reducer = reducerFor(req.reduction);
    const lines = await forEachLine(req.file, visitor(reducer), {
      buffers,
      range: req.pieces[k],
    });
    done.push({ index: k, state: reducer.state(), lines });
  }
  return done;
}

function visitor(r: LineReducer) {
  return (bytes: Uint8Array, start: number, end: number, line: number) =>
    r.addBytes(bytes, start, end, line);
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
 * The worker beside this module: the bundle's (dist/cli/summarize-worker.js), else, run from
 * source, the TypeScript entry, which the worker loads through tsx (a dev dependency). The path
 * is built at run time on purpose: a `new URL('./x.js', import.meta.url)` literal is an asset
 * reference to the bundler, which would look for x.js beside the TypeScript source.
 */
function workerScript(): string | undefined {
  const dir = path.dirname(fileURLToPath(import.meta.url));
  return [`${WORKER}.js`, `${WORKER}.ts`].map((f) => path.join(dir, f)).find((f) => existsSync(f));
}

/** A worker that registers tsx, then loads the TypeScript entry (tests and benches). */
function fromSource(script: string): string {
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
  const api = pathToFileURL(cjs.replace(/\.cjs$/, '.mjs')).href;
  const entry = pathToFileURL(script).href;
  return `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
}

function startWorker(
  script: string,
  req: PiecesRequest,
  name: string,
): { result: Promise<PieceResult[]>; stop: () => Promise<unknown> } {
  const worker = script.endsWith('.ts')
    ? new Worker(fromSource(script), { eval: true, workerData: req })
    : new Worker(script, { workerData: req });
  const result = new Promise<PieceResult[]>((resolve, reject) => {
    worker.once('message', (m: PieceResult[]) => resolve(m));
    worker.once('error', (e) =>
      reject(new Error(`${name} failed: ${e instanceof Error ? e.message : String(e)}`)),
    );
    worker.once('exit', (code) => reject(new Error(`${name} exited (${code}) without a result`)));
  });
  return { result, stop: () => worker.terminate() };
}
