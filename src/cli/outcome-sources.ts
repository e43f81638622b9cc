// The log sources `report` and `dashboard` take on the command line, parsed and read in one
// place: local files or folders (`--log`), and data branches through the API (`--repo`, with a
// token from GITHUB_TOKEN or GH_TOKEN and the API root from GITHUB_API_URL).
import path from 'node:path';
import { UserError } from '../core/errors.js';
import { DEFAULT_DATA_BRANCH } from '../outcomes/git-branch-store.js';
import { DEFAULT_CONCURRENCY } from '../outcomes/remote-logs.js';
import type { ViewAccumulators, ViewSpec } from '../outcomes/line-reducers.js';
import { readOutcomeSources, type SourcesRead } from '../outcomes/sources.js';
import { cliGitHubClient } from './github-client.js';
import type { CliIo } from './io.js';
import { unreadableLog } from './outcome-args.js';

/** parseArgs options; spread them into a command's own. */
export const SOURCE_OPTIONS = {
  log: { type: 'string', multiple: true },
  repo: { type: 'string', multiple: true },
  owner: { type: 'string', multiple: true },
  branch: { type: 'string' },
  concurrency: { type: 'string' },
} as const;

export const SOURCE_USAGE = `  --log PATH        a log file, or a folder (a checkout of the data branch); repeatable
  --repo OWNER/NAME read that repository's data branch through the API; repeatable. Token
                    from GITHUB_TOKEN (or GH_TOKEN), API root from GITHUB_API_URL
  --owner NAME      every repository of that user or organization with a data branch
  --branch NAME     the data branch (default ${DEFAULT_DATA_BRANCH})
  --concurrency N   API requests in flight at most (default ${DEFAULT_CONCURRENCY})`;

export interface SourceValues {
  readonly log?: string[];
  readonly repo?: string[];
  readonly owner?: string[];
  readonly branch?: string;
  readonly concurrency?: string;
}

/**
 * Counts every source the arguments name into a fresh accumulator for `spec` (see
 * readOutcomeSources), reporting corrupt lines and repositories without a log on stderr.
 * Undefined (after saying why) when no source is named.
 */
export async function readSourcesFromArgs<K extends ViewSpec['kind']>(
  v: SourceValues,
  io: CliIo,
  command: string,
  spec: Extract<ViewSpec, { kind: K }>,
): Promise<(SourcesRead & { readonly accumulator: ViewAccumulators[K] }) | undefined> {
  const logs = (v.log ?? []).map((l) => path.resolve(io.cwd, l));
  const repos = v.repo ?? [];
  const owners = v.owner ?? [];
  if (logs.length === 0 && repos.length === 0 && owners.length === 0) {
    io.stderr(
      `lailatov ${command}: name a log: --log FILE (or a checkout of the data branch), or --repo OWNER/NAME to read it through the API\n`,
    );
    return undefined;
  }
  const concurrency = v.concurrency === undefined ? DEFAULT_CONCURRENCY : Number(v.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32)
    throw new UserError(
      `--concurrency must be a whole number from 1 to 32, not '${v.concurrency}'`,
    );
  const octokit =
    repos.length > 0 || owners.length > 0
      ? await cliGitHubClient(io, command, {
          flags: '--repo and --owner read data branches',
          may: 'read its contents',
        })
      : undefined;
  let read: SourcesRead & { readonly accumulator: ViewAccumulators[K] };
  try {
    read = await readOutcomeSources<K>(
      { logs, repos, owners, octokit, branch: v.branch, concurrency },
      spec,
    );
  } catch (e) {
    throw unreadableLog(e, logs);
  }
  for (const part of read.corrupt) {
    for (const c of part.lines)
      io.stderr(`${part.file}:${c.line}: skipped corrupt line: ${c.reason}\n`);
    if (part.count > part.lines.length)
      io.stderr(`${part.file}: ... and ${part.count - part.lines.length} more corrupt line(s)\n`);
  }
  for (const r of read.withoutLog)
    io.stderr(
      `lailatov ${command}: ${r} has no ${v.branch ?? DEFAULT_DATA_BRANCH} branch: no outcome logged yet\n`,
    );
  return read;
}
