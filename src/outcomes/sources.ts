// Where `report` and `dashboard` read outcome logs from: local files or folders (`--log`), and
// data branches through the API (`--repo`). Every line is parsed and counted by one kind of
// accumulator (line-reducers.ts), local files on several threads when they are big, so the
// figures come from one pass whatever the mix of sources.
import type { CorruptLine } from '../core/outcomes/index.js';
import type { GitHubClient } from '../forge/github/client.js';
import {
  accumulatorFor,
  linesInto,
  ViewLines,
  type LineReducer,
  type ViewAccumulator,
  type ViewAccumulators,
  type ViewSpec,
} from './line-reducers.js';
import { reduceLogFile, type ReduceOptions } from './parallel-reduce.js';
import { ownerRepositories, readRemoteLogs } from './remote-logs.js';
import { outcomeLogFiles } from './summarize.js';

export interface OutcomeSources {
  /** Log files, or folders (a checkout of the data branch): every .jsonl below them. */
  readonly logs?: readonly string[];
  /** owner/name, read from their data branch through the API. */
  readonly repos?: readonly string[];
  /** Users or organizations: each of their repositories that has a data branch. */
  readonly owners?: readonly string[];
  /** Needed when `repos` is not empty. */
  readonly octokit?: GitHubClient;
  readonly branch?: string;
  readonly concurrency?: number;
  /** Threads per local file (parallel-reduce.ts); by default as `outcomes summary` reads, but one for the dashboard. */
  readonly threads?: ReduceOptions['threads'];
}

export interface SourcesRead {
  /** Lines read, from every file. */
  readonly lines: number;
  readonly files: number;
  /** Corrupt lines (skipped), by file: a local path or `owner/name:path`. */
  readonly corrupt: readonly {
    readonly file: string;
    readonly count: number;
    readonly lines: readonly CorruptLine[];
  }[];
  /** Repositories asked for that have no data branch yet. */
  readonly withoutLog: readonly string[];
}

/**
 * Counts every record of the sources into a fresh accumulator for `spec` (analytics for
 * `report`, the dashboard's views for `dashboard`) and returns it with what was read.
 */
export async function readOutcomeSources<K extends ViewSpec['kind']>(
  sources: OutcomeSources,
  spec: Extract<ViewSpec, { kind: K }>,
): Promise<SourcesRead & { readonly accumulator: ViewAccumulators[K] }> {
  const accumulator = accumulatorFor<K>(spec);
  const corrupt: { file: string; count: number; lines: readonly CorruptLine[] }[] = [];
  let lines = 0;
  let files = 0;
  const done = (file: string, bad: ViewLines<unknown, ViewAccumulator<unknown>>) => {
    files++;
    if (bad.corruptCount > 0) corrupt.push({ file, count: bad.corruptCount, lines: bad.corrupt });
  };
  // The dashboard's time goes to counting runs into its period views, not to parsing (the fast
  // scanner), and merging those views from a second thread costs more than the thread saves:
  // re-measured after each run came to be counted once, 100k records from source on 2 cores took
  // 1.08 s on one thread and 1.28 s on two (medians of 5, alternating).
  const threadsFor = (s: ViewSpec) => sources.threads ?? (s.kind === 'dashboard' ? 1 : undefined);
  for (const target of sources.logs ?? []) {
    for (const file of await outcomeLogFiles(target)) {
      // Straight into the total: on one thread, no state is copied or merged.
      const views = linesInto(accumulator, spec);
      lines += (await reduceLogFile(file, spec, { threads: threadsFor(spec) }, views)).lines;
      done(file, views);
    }
  }
  let withoutLog: readonly string[] = [];
  const named = sources.repos ?? [];
  const owners = sources.owners ?? [];
  if (named.length > 0 || owners.length > 0) {
    const { octokit } = sources;
    if (octokit === undefined) throw new Error('reading repositories needs a client');
    const found: string[] = [];
    for (const owner of owners) found.push(...(await ownerRepositories(octokit, owner)));
    const lower = new Set(named.map((r) => r.toLowerCase()));
    const repos = [...named, ...found.filter((r) => !lower.has(r.toLowerCase()))];
    const remote = await readRemoteLogs(repos, {
      octokit,
      branch: sources.branch,
      concurrency: sources.concurrency,
    });
    for (const f of remote.files) {
      // Held in memory already (read through the API): counted on this thread, straight in.
      const views = linesInto(accumulator, spec);
      lines += forEachLineOf(f.bytes, views);
      done(`${f.repo}:${f.path}`, views);
    }
    // An owner's repositories without a data branch are not news: only named ones are reported.
    withoutLog = remote.withoutLog.filter((r) => lower.has(r.toLowerCase()));
  }
  return { lines, files, corrupt, withoutLog, accumulator };
}

/** Every line of a whole log held in memory, to `views`; the number of lines. */
function forEachLineOf(bytes: Uint8Array, views: LineReducer): number {
  let line = 0;
  let start = 0;
  while (start < bytes.length) {
    let nl = bytes.indexOf(10, start);
    if (nl === -1) nl = bytes.length;
    views.addBytes(bytes, start, nl, ++line);
    start = nl + 1;
  }
  return line;
}
