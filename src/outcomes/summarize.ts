import {
  OutcomeAggregator,
  type AggregatorOptions,
  type OutcomeSummary,
} from '../core/outcomes/index.js';
import { forEachLine, readOutcomeLog, type LineSplitter } from './reader.js';

export interface SummarizeOptions extends AggregatorOptions {
  /**
   * `visitor` (default): lines split in Buffers and handed over a chunk at a time, valid v1
   * records through the aggregator's fast scanner. `chunked` and `readline` are the
   * generator-per-line readers with a full parse of every line, kept to compare against.
   */
  readonly splitter?: LineSplitter | 'visitor';
  readonly highWaterMark?: number;
}

/** Reads a whole log once, streaming, into a summary. Memory stays flat with file size. */
export async function summarizeOutcomeLog(
  file: string,
  opts: SummarizeOptions = {},
): Promise<OutcomeSummary> {
  const agg = new OutcomeAggregator(opts);
  const { splitter = 'visitor', highWaterMark } = opts;
  if (splitter === 'visitor') {
    await forEachLine(
      file,
      (bytes, start, end, line) => agg.addBytes(bytes, start, end, line),
      highWaterMark,
    );
  } else {
    for await (const line of readOutcomeLog(file, { splitter, highWaterMark })) agg.addLine(line);
  }
  return agg.summary();
}
