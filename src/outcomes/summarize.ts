import {
  OutcomeAggregator,
  type AggregatorOptions,
  type OutcomeSummary,
} from '../core/outcomes/index.js';
import { readOutcomeLog, type ReadOptions } from './reader.js';

/** Reads a whole log once, streaming, into a summary. Memory stays flat with file size. */
export async function summarizeOutcomeLog(
  file: string,
  opts: ReadOptions & AggregatorOptions = {},
): Promise<OutcomeSummary> {
  const agg = new OutcomeAggregator(opts);
  for await (const line of readOutcomeLog(file, opts)) agg.addLine(line);
  return agg.summary();
}
