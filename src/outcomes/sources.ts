// Where `report` and `dashboard` read outcome logs from: local files or folders (`--log`), and
// data branches through the API (`--repo`). Every line becomes a view handed to one visitor, so
// the figures come from one pass whatever the mix of sources.
import { LineViews, type CorruptLine, type OutcomeView } from '../core/outcomes/index.js';
import type { GitHubClient } from '../forge/github/client.js';
import { forEachLine } from './reader.js';
import { readRemoteLogs } from './remote-logs.js';
import { outcomeLogFiles } from './summarize.js';

export interface OutcomeSources {
  /** Log files, or folders (a checkout of the data branch): every .jsonl below them. */
  readonly logs?: readonly string[];
  /** owner/name, read from their data branch through the API. */
  readonly repos?: readonly string[];
  /** Needed when `repos` is not empty. */
  readonly octokit?: GitHubClient;
  readonly branch?: string;
  readonly concurrency?: number;
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
 * Hands every record of the sources to `visit`, file by file. A view may be reused for the next
 * line (see LineViews): the visitor copies what it keeps.
 */
export async function readOutcomeSources(
  sources: OutcomeSources,
  visit: (v: OutcomeView) => void,
): Promise<SourcesRead> {
  const corrupt: { file: string; count: number; lines: readonly CorruptLine[] }[] = [];
  let lines = 0;
  let files = 0;
  const done = (file: string, views: LineViews) => {
    files++;
    if (views.corruptCount > 0)
      corrupt.push({ file, count: views.corruptCount, lines: views.corrupt });
  };
  for (const target of sources.logs ?? []) {
    for (const file of await outcomeLogFiles(target)) {
      const views = new LineViews();
      lines += await forEachLine(file, (bytes, start, end, line) => {
        const v = views.view(bytes, start, end, line);
        if (v !== undefined) visit(v);
      });
      done(file, views);
    }
  }
  let withoutLog: readonly string[] = [];
  if (sources.repos !== undefined && sources.repos.length > 0) {
    if (sources.octokit === undefined) throw new Error('reading repositories needs a client');
    const remote = await readRemoteLogs(sources.repos, {
      octokit: sources.octokit,
      branch: sources.branch,
      concurrency: sources.concurrency,
    });
    for (const f of remote.files) {
      const views = new LineViews();
      lines += views.forEach(f.bytes, visit);
      done(`${f.repo}:${f.path}`, views);
    }
    withoutLog = remote.withoutLog;
  }
  return { lines, files, corrupt, withoutLog };
}
