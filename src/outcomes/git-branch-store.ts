// The outcome log on GitHub: one JSON line appended to a file on a data branch through the Git
// Data API (no checkout). The ref update is a compare-and-swap (no force), so concurrent runs
// each re-read and retry until their line lands on top of everyone else's: nothing is lost.
// The log is sharded by month (data/outcomes/YYYY-MM.jsonl): an append reads and rewrites one
// month, never the whole history, and reads it raw (a JSON response carrying megabytes of text
// overflows the stack of Octokit's JSON parser).
import { UserError } from '../core/errors.js';
import { formatIssues, validateOutcomeRecord, type OutcomeRecord } from '../core/outcomes/index.js';
import type { GitHubClient } from '../forge/github/client.js';
import { hasStatus, wrapApiError } from '../forge/github/errors.js';
import { fullName, type RepoRef } from '../forge/github/repo.js';

export const DEFAULT_DATA_BRANCH = 'lailatov-data';
/** The single-file log of earlier versions: still read by the summary, no longer appended to. */
export const LEGACY_OUTCOMES_PATH = 'data/agent-outcomes.jsonl';
/** Where the monthly shards live: `data/outcomes/2026-12.jsonl`. */
export const DEFAULT_OUTCOMES_DIR = 'data/outcomes';

/** The shard a record belongs in: the UTC month of its timestamp. */
export function shardPath(dir: string, timestamp: string | Date): string {
  const at = typeof timestamp === 'string' ? new Date(timestamp) : timestamp;
  if (Number.isNaN(at.getTime())) throw new RangeError(`not a timestamp: ${String(timestamp)}`);
  const month = String(at.getUTCMonth() + 1).padStart(2, '0');
  return `${dir}/${at.getUTCFullYear()}-${month}.jsonl`;
}

export interface GitBranchStoreOptions {
  readonly octokit: GitHubClient;
  readonly repo: RepoRef;
  /** Default `lailatov-data`. */
  readonly branch?: string;
  /** One fixed file instead of monthly shards (a test or a custom layout). Default: shards. */
  readonly path?: string;
  /** The folder of the monthly shards. Default `data/outcomes`. */
  readonly dir?: string;
  /** The clock `read()` takes the current month from; injectable for tests. */
  readonly now?: () => Date;
  /** Attempts before giving up when the branch keeps moving. Default 30 (see RETRY_DEFAULTS). */
  readonly maxAttempts?: number;
  /**
   * Full-jitter backoff after a lost race: wait random() × min(capMs, unit × 2^min(attempt-1, 4)),
   * where unit = max(baseMs, the lost attempt's duration). Defaults 200 ms / 30 s.
   */
  readonly backoff?: { readonly baseMs?: number; readonly capMs?: number };
  /** Multiplies baseMs and capMs (tests pass less than 1). Default 1. */
  readonly backoffScale?: number;
  /** Injectable for tests; default Math.random. */
  readonly random?: () => number;
  /** Injectable for tests; default setTimeout. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Commit author; default the suite's bot identity. */
  readonly author?: { readonly name: string; readonly email: string };
}

export type AppendResult =
  | {
      readonly appended: true;
      readonly commitSha: string;
      readonly attempts: number;
      readonly createdBranch: boolean;
    }
  | { readonly appended: false; readonly reason: 'duplicate'; readonly attempts: number };

const DEFAULT_AUTHOR = { name: 'LailaTov', email: 'lailatov@users.noreply.github.com' };

/**
 * Sized for GitHub, where an attempt holds the ref's value from reading it to moving it for about
 * 1-3 s (five requests in sequence, the client spacing writes 1 s apart), so a burst of 50
 * runs queues for minutes and the unluckiest may lose a dozen races or more: 30 attempts is an
 * estimate with room for that, not a measurement. Real races on the emulator, where an attempt
 * takes milliseconds, are measured by `npm run bench -- outcome-append` (docs/scaling.md). The window grows (rather than retrying at
 * once) to save API calls: GITHUB_TOKEN has 1,000 an hour per repository.
 */
export const RETRY_DEFAULTS = { maxAttempts: 30, baseMs: 200, capMs: 30_000 } as const;

/**
 * The window stops doubling at 16 attempt durations: the ref serves one writer per attempt
 * duration at best, and windows much longer than the queue of writers ahead only leave it idle
 * (50 writers on a fast server: 15 s instead of 35 s, for 10% more attempts).
 */
const MAX_DOUBLINGS = 4;

/** What makes two lines "the same run": a re-run of a job must not log twice. */
interface RunKey {
  readonly runId: string;
  readonly runAttempt: number;
  /** The last stage of the record: several stages may log from one workflow run. */
  readonly stage: string;
}

function keyOf(record: {
  runId?: unknown;
  runAttempt?: unknown;
  stages?: unknown;
}): RunKey | undefined {
  if (typeof record.runId !== 'string' || typeof record.runAttempt !== 'number') return undefined;
  const stages = Array.isArray(record.stages) ? (record.stages as unknown[]) : [];
  const last = stages[stages.length - 1] as { stage?: unknown } | undefined;
  return {
    runId: record.runId,
    runAttempt: record.runAttempt,
    stage: typeof last?.stage === 'string' ? last.stage : '',
  };
}

const sameKey = (a: RunKey, b: RunKey): boolean =>
  a.runId === b.runId && a.runAttempt === b.runAttempt && a.stage === b.stage;

/** True when `log` already holds a line for this run; corrupt lines are skipped, never fatal. */
export function logHasRun(log: string, key: RunKey): boolean {
  for (const line of log.split('\n')) {
    if (!line.includes(key.runId)) continue; // cheap filter before JSON.parse
    try {
      const found = keyOf(JSON.parse(line) as Record<string, unknown>);
      if (found && sameKey(found, key)) return true;
    } catch {
      // A corrupt line is kept as it is; it cannot be ours.
    }
  }
  return false;
}

interface Head {
  readonly commitSha: string;
  readonly treeSha: string;
}

/** The ceiling of the wait after losing attempt `attempt` (1-based) that took `attemptMs`. */
export function backoffWindow(
  attempt: number,
  attemptMs: number,
  backoff: { readonly baseMs: number; readonly capMs: number },
): number {
  const unit = Math.max(backoff.baseMs, attemptMs);
  return Math.min(backoff.capMs, unit * 2 ** Math.min(attempt - 1, MAX_DOUBLINGS));
}

export class GitBranchOutcomeStore {
  private readonly octokit: GitHubClient;
  private readonly owner: string;
  private readonly repoName: string;
  readonly branch: string;
  private readonly fixedPath: string | undefined;
  readonly dir: string;
  private readonly now: () => Date;
  private readonly maxAttempts: number;
  private readonly backoff: { readonly baseMs: number; readonly capMs: number };
  private readonly random: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly author: { readonly name: string; readonly email: string };

  constructor(options: GitBranchStoreOptions) {
    this.octokit = options.octokit;
    this.owner = options.repo.owner;
    this.repoName = options.repo.repo;
    this.branch = options.branch ?? DEFAULT_DATA_BRANCH;
    this.fixedPath = options.path;
    this.dir = options.dir ?? DEFAULT_OUTCOMES_DIR;
    this.now = options.now ?? (() => new Date());
    const scale = options.backoffScale ?? 1;
    this.maxAttempts = options.maxAttempts ?? RETRY_DEFAULTS.maxAttempts;
    this.backoff = {
      baseMs: (options.backoff?.baseMs ?? RETRY_DEFAULTS.baseMs) * scale,
      capMs: (options.backoff?.capMs ?? RETRY_DEFAULTS.capMs) * scale,
    };
    this.random = options.random ?? Math.random;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.author = options.author ?? DEFAULT_AUTHOR;
    if (!Number.isInteger(this.maxAttempts) || this.maxAttempts < 1) {
      throw new TypeError(`maxAttempts must be a positive integer, got ${this.maxAttempts}`);
    }
  }

  /** The file a record is appended to: its month's shard (or the fixed path). */
  pathFor(timestamp: string | Date): string {
    return this.fixedPath ?? shardPath(this.dir, timestamp);
  }

  /**
   * Appends `record` as one line to the shard of its timestamp's month. Per attempt: read the
   * ref → read the shard → write a tree with the new content (base_tree = current) → commit
   * (parent = current) → move the ref without force. A 422 on the ref means another run got there first: wait (full jitter) and redo it
   * all on top of the new head. A missing branch is created as an orphan commit.
   */
  async append(record: OutcomeRecord): Promise<AppendResult> {
    const checked = validateOutcomeRecord(record, { strict: true });
    if (!checked.ok) {
      throw new UserError(
        `refusing to append an invalid outcome record to ${this.where(this.fixedPath ?? `${this.dir}/`)}: ${formatIssues(checked.issues)}`,
        checked.issues.map((i) => `${i.path} ${i.message}`),
      );
    }
    const line = `${JSON.stringify(record)}\n`;
    const key = keyOf(record) as RunKey; // validated: runId and runAttempt are present
    const file = this.pathFor(record.timestamp);
    try {
      for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
        const started = Date.now();
        const { head, existing } = await this.readCurrent(file);
        if (logHasRun(existing, key))
          return { appended: false, reason: 'duplicate', attempts: attempt };
        const content =
          existing === '' || existing.endsWith('\n') ? existing + line : `${existing}\n${line}`;
        const commitSha = await this.commit(file, content, head, this.message(record));
        if (await this.moveRef(head, commitSha)) {
          return {
            appended: true,
            commitSha,
            attempts: attempt,
            createdBranch: head === undefined,
          };
        }
        if (attempt < this.maxAttempts) await this.sleep(this.delay(attempt, Date.now() - started));
      }
    } catch (error) {
      throw wrapApiError(error, {
        repo: this.repoFullName(),
        doing: `appending to ${this.where(file)}`,
      });
    }
    throw new Error(
      `gave up appending the outcome record to ${this.where(file)} of ${this.repoFullName()} after ` +
        `${this.maxAttempts} attempts: the branch moved under every attempt (too many concurrent ` +
        'writers, or something force-pushing it). The record was not written; re-run the job.',
    );
  }

  /**
   * One file of the log as text ('' when the branch or the file does not exist): by default the
   * current month's shard.
   */
  async read(file: string = this.pathFor(this.now())): Promise<string> {
    try {
      return (await this.readCurrent(file)).existing;
    } catch (error) {
      throw wrapApiError(error, {
        repo: this.repoFullName(),
        doing: `reading ${this.where(file)}`,
      });
    }
  }

  private where(file: string): string {
    return `${this.branch}:${file}`;
  }

  private repoFullName(): string {
    return fullName({ owner: this.owner, repo: this.repoName });
  }

  private message(record: OutcomeRecord): string {
    const subject = record.issue === null ? record.repo : `${record.repo}#${record.issue}`;
    return `data: outcome ${record.outcome} for ${subject} (run ${record.runId}/${record.runAttempt})`;
  }

  /**
   * Full jitter (AWS architecture blog) spreads the writers who lost the same race. The window
   * grows from the larger of `baseMs` and the time the lost attempt took: on a slow server an
   * attempt is long, and a window shorter than it would only replay the same collision.
   */
  private delay(attempt: number, attemptMs: number): number {
    return Math.floor(this.random() * backoffWindow(attempt, attemptMs, this.backoff));
  }

  /**
   * The head of the branch and the log at that head. The commit (for its tree) and the file are
   * read in parallel: the shorter the read-to-update window, the fewer writers collide.
   */
  private async readCurrent(file: string): Promise<{ head: Head | undefined; existing: string }> {
    const repo = { owner: this.owner, repo: this.repoName };
    let commitSha: string;
    try {
      const { data } = await this.octokit.rest.git.getRef({ ...repo, ref: `heads/${this.branch}` });
      commitSha = data.object.sha;
    } catch (error) {
      if (hasStatus(error, 404)) return { head: undefined, existing: '' };
      throw error;
    }
    const [{ data: commit }, existing] = await Promise.all([
      this.octokit.rest.git.getCommit({ ...repo, commit_sha: commitSha }),
      this.readLog(file, commitSha),
    ]);
    return { head: { commitSha, treeSha: commit.tree.sha }, existing };
  }

  /**
   * The file at a commit, through the contents API with the raw media type: the bytes come as
   * the response body (up to GitHub's 100 MB), never inside a JSON string. A JSON answer means
   * the path is not a file (a directory's listing, a submodule or symlink object).
   */
  private async readLog(file: string, commitSha: string): Promise<string> {
    let data: unknown;
    try {
      ({ data } = await this.octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
        owner: this.owner,
        repo: this.repoName,
        path: file,
        ref: commitSha,
        headers: { accept: 'application/vnd.github.raw+json' },
      }));
    } catch (error) {
      if (hasStatus(error, 404)) return '';
      if (hasStatus(error, 403) && /too[ _]large/i.test(JSON.stringify(responseData(error)))) {
        throw new UserError(
          `${this.where(file)} is too large for GitHub's API to return (over 100 MB). Move it ` +
            'aside on the data branch (the summary still reads it from a checkout); appends ' +
            'then start a new file.',
        );
      }
      throw error;
    }
    if (typeof data === 'string') return data;
    if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
    if (Array.isArray(data)) {
      throw new UserError(
        `${this.where(file)} is a directory, not the outcome log; move it or choose another path`,
      );
    }
    const type = (data as { type?: unknown } | null)?.type;
    throw new UserError(
      typeof type === 'string'
        ? `${this.where(file)} is a ${type}, not a file; move it or choose another path`
        : `reading ${this.where(file)} returned ${describe(data)} instead of the file's text; ` +
            'is a proxy rewriting the API?',
    );
  }

  private async commit(
    file: string,
    content: string,
    head: Head | undefined,
    message: string,
  ): Promise<string> {
    const repo = { owner: this.owner, repo: this.repoName };
    // The tree entry carries the content: GitHub stores the blob itself, saving a request.
    const { data: tree } = await this.octokit.rest.git.createTree({
      ...repo,
      ...(head === undefined ? {} : { base_tree: head.treeSha }),
      tree: [{ path: file, mode: '100644', type: 'blob', content }],
    });
    const { data: commit } = await this.octokit.rest.git.createCommit({
      ...repo,
      message,
      tree: tree.sha,
      parents: head === undefined ? [] : [head.commitSha],
      author: { ...this.author },
    });
    return commit.sha;
  }

  /** False when another writer moved (or created) the ref first: the caller retries. */
  private async moveRef(head: Head | undefined, commitSha: string): Promise<boolean> {
    const repo = { owner: this.owner, repo: this.repoName };
    try {
      if (head === undefined) {
        await this.octokit.rest.git.createRef({
          ...repo,
          ref: `refs/heads/${this.branch}`,
          sha: commitSha,
        });
      } else {
        await this.octokit.rest.git.updateRef({
          ...repo,
          ref: `heads/${this.branch}`,
          sha: commitSha,
          force: false,
        });
      }
      return true;
    } catch (error) {
      // 422: "Update is not a fast forward", "Reference already exists" (a concurrent first
      // writer created the branch) or "Reference does not exist" (it was deleted meanwhile).
      if (hasStatus(error, 422)) return false;
      throw error;
    }
  }
}

/** The body of an API error response, if any. */
function responseData(error: unknown): unknown {
  return (error as { response?: { data?: unknown } }).response?.data;
}

function describe(data: unknown): string {
  if (data === null || data === undefined) return 'nothing';
  return typeof data === 'object' ? 'a JSON object' : `a ${typeof data}`;
}
