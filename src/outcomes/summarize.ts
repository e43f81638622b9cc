import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  OutcomeAggregator,
  type AggregatorOptions,
  type CorruptLine,
  type OutcomeSummary,
} from '../core/outcomes/index.js';
import { reduceLogFile, type ReduceOptions } from './parallel-reduce.js';
import { readOutcomeLog, type LineSplitter } from './reader.js';

export interface SummarizeOptions extends AggregatorOptions, ReduceOptions {
  /**
   * `visitor` (default): lines split in Buffers and handed over a chunk at a time, on several
   * threads for big logs (parallel-reduce.ts). `chunked` and `readline` are the
   * generator-per-line readers with a full parse of every line, kept to compare against.
   */
  readonly splitter?: LineSplitter | 'visitor';
  /**
   * `visitor` only: every line through JSON.parse and the validator, not the fast scanner (the
   * same counts; the bench compares the two).
   */
  readonly plain?: boolean;
}

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
  const { splitter = 'visitor', highWaterMark } = opts;
  if (splitter !== 'visitor') {
    const agg = new OutcomeAggregator(opts);
    for await (const line of readOutcomeLog(file, { splitter, highWaterMark })) agg.addLine(line);
    return agg;
  }
  const options = {
    maxListedCorrupt: opts.maxListedCorrupt,
    relativeAccuracy: opts.relativeAccuracy,
  };
  const { reducer } = await reduceLogFile(
    file,
    { kind: 'summary', options, plain: opts.plain },
    { threads: opts.threads, highWaterMark },
  );
  return reducer as unknown as OutcomeAggregator;
}
