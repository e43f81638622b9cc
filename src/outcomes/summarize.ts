import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  OutcomeAggregator,
  type AggregateState,
  type AggregatorOptions,
  type OutcomeSummary,
} from '../core/outcomes/index.js';
import {
  forEachLine,
  lineRanges,
  readOutcomeLog,
  type ByteRange,
  type LineSplitter,
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

/** What one thread reads: a part of the log, starting at a line. */
export interface PartRequest {
  readonly file: string;
  readonly range: ByteRange;
  readonly highWaterMark?: number;
  readonly aggregator: AggregatorOptions;
}

export interface PartResult {
  readonly state: AggregateState;
  /** Lines in the part, to number the next part's lines as the file does. */
  readonly lines: number;
}

const AUTO_THREADS_FROM_BYTES = 64 * 2 ** 20;
const MAX_AUTO_THREADS = 4;
const WORKER_FILE = 'summarize-worker.js';

/** Reads a whole log once, streaming, into a summary. Memory stays flat with file size. */
export async function summarizeOutcomeLog(
  file: string,
  opts: SummarizeOptions = {},
): Promise<OutcomeSummary> {
  const agg = new OutcomeAggregator(opts);
  const { splitter = 'visitor', highWaterMark } = opts;
  if (splitter !== 'visitor') {
    for await (const line of readOutcomeLog(file, { splitter, highWaterMark })) agg.addLine(line);
    return agg.summary();
  }
  const { size } = await stat(file);
  const worker = workerScript();
  const threads = worker === undefined ? 1 : threadCount(opts.threads, size);
  const [first, ...rest] = threads > 1 ? await lineRanges(file, size, threads) : [];
  if (worker === undefined || first === undefined || rest.length === 0) {
    await visitPart(agg, file, highWaterMark);
    return agg.summary();
  }
  // This thread reads the first part while workers read the others; parts merge in file order.
  const aggregator: AggregatorOptions = {
    maxListedCorrupt: opts.maxListedCorrupt,
    relativeAccuracy: opts.relativeAccuracy,
  };
  const workers = rest.map((range) =>
    startPart(worker, { file, range, highWaterMark, aggregator }),
  );
  try {
    const [lines, ...parts] = await Promise.all([
      visitPart(agg, file, highWaterMark, first),
      ...workers.map((w) => w.result),
    ]);
    let offset = lines;
    for (const part of parts) {
      agg.merge(part.state, offset);
      offset += part.lines;
    }
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
  }
  return agg.summary();
}

/** One part of a log on this thread (the worker's whole job). */
export async function summarizePart(req: PartRequest): Promise<PartResult> {
  const agg = new OutcomeAggregator(req.aggregator);
  const lines = await visitPart(agg, req.file, req.highWaterMark, req.range);
  return { state: agg.state(), lines };
}

function visitPart(
  agg: OutcomeAggregator,
  file: string,
  highWaterMark: number | undefined,
  range?: ByteRange,
): Promise<number> {
  return forEachLine(file, (bytes, start, end, line) => agg.addBytes(bytes, start, end, line), {
    highWaterMark,
    range,
  });
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

function startPart(
  script: string,
  req: PartRequest,
): { result: Promise<PartResult>; stop: () => Promise<unknown> } {
  const worker = new Worker(script, { workerData: req });
  const part = `the worker that reads bytes ${req.range.start}-${req.range.end}`;
  const result = new Promise<PartResult>((resolve, reject) => {
    worker.once('message', (m: PartResult) => resolve(m));
    worker.once('error', (e) =>
      reject(new Error(`${part} failed: ${e instanceof Error ? e.message : String(e)}`)),
    );
    worker.once('exit', (code) => reject(new Error(`${part} exited (${code}) without a result`)));
  });
  return { result, stop: () => worker.terminate() };
}
