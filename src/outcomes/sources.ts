// Where `report` and `dashboard` read outcome logs from: local files or folders (`--log`), and
// data branches through the API (`--repo`). Every line becomes a view handed to one visitor, so
// the figures come from one pass whatever the mix of sources.
import { LineViews, type CorruptLine, type OutcomeView } from '../core/outcomes/index.js';
import type { GitHubClient } from '../forge/github/client.js';
import { forEachLine } from './reader.js';
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
  /** Every view carries its full record (findings, changed files): for the digest. Slower. */
  readonly records?: boolean;
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
      const views = new LineViews(undefined, sources.records !== true);
      lines += await forEachLine(file, (bytes, start, end, line) => {
        const v = views.view(bytes, start, end, line);
        if (v !== undefined) visit(v);
      });
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
      const views = new LineViews(undefined, sources.records !== true);
      lines += views.forEach(f.bytes, visit);
      done(`${f.repo}:${f.path}`, views);
    }
    // An owner's repositories without a data branch are not news: only named ones are reported.
    withoutLog = remote.withoutLog.filter((r) => lower.has(r.toLowerCase()));
  }
  return { lines, files, corrupt, withoutLog };
}
