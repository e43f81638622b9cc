"use strict";
exports.id = 694;
exports.ids = [694];
exports.modules = {

/***/ 88694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_DATA_BRANCH: () => (/* binding */ DEFAULT_DATA_BRANCH),
/* harmony export */   DEFAULT_OUTCOMES_DIR: () => (/* binding */ DEFAULT_OUTCOMES_DIR),
/* harmony export */   GitBranchOutcomeStore: () => (/* binding */ GitBranchOutcomeStore),
/* harmony export */   LEGACY_OUTCOMES_PATH: () => (/* binding */ LEGACY_OUTCOMES_PATH),
/* harmony export */   RETRY_DEFAULTS: () => (/* binding */ RETRY_DEFAULTS),
/* harmony export */   backoffWindow: () => (/* binding */ backoffWindow),
/* harmony export */   logHasRun: () => (/* binding */ logHasRun),
/* harmony export */   shardPath: () => (/* binding */ shardPath)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_outcomes_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91054);
/* harmony import */ var _forge_github_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70656);
/* harmony import */ var _forge_github_repo_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57091);
// The outcome log on GitHub: one JSON line appended to a file on a data branch through the Git
// Data API (no checkout). The ref update is a compare-and-swap (no force), so concurrent runs
// each re-read and retry until their line lands on top of everyone else's: nothing is lost.
// The log is sharded by month (data/outcomes/YYYY-MM.jsonl): an append reads and rewrites one
// month, never the whole history, and reads it raw (a JSON response carrying megabytes of text
// overflows the stack of Octokit's JSON parser).




const DEFAULT_DATA_BRANCH = 'lailatov-data';
/** The single-file log of earlier versions: still read by the summary, no longer appended to. */
const LEGACY_OUTCOMES_PATH = 'data/agent-outcomes.jsonl';
/** Where the monthly shards live: `data/outcomes/2026-12.jsonl`. */
const DEFAULT_OUTCOMES_DIR = 'data/outcomes';
/** The shard a record belongs in: the UTC month of its timestamp. */
function shardPath(dir, timestamp) {
    const at = typeof timestamp === 'string' ? new Date(timestamp) : timestamp;
    if (Number.isNaN(at.getTime()))
        throw new RangeError(`not a timestamp: ${String(timestamp)}`);
    const month = String(at.getUTCMonth() + 1).padStart(2, '0');
    return `${dir}/${at.getUTCFullYear()}-${month}.jsonl`;
}
const DEFAULT_AUTHOR = { name: 'LailaTov', email: 'lailatov@users.noreply.github.com' };
/**
 * Sized for GitHub, where an attempt holds the ref's value from reading it to moving it for about
 * 1-3 s (five requests in sequence, the client spacing writes 1 s apart), so a burst of 50
 * runs queues for minutes and the unluckiest may lose a dozen races or more: 30 attempts is an
 * estimate with room for that, not a measurement. Real races on the emulator, where an attempt
 * takes milliseconds, are measured by `npm run bench -- outcome-append` (docs/scaling.md). The window grows (rather than retrying at
 * once) to save API calls: GITHUB_TOKEN has 1,000 an hour per repository.
 */
const RETRY_DEFAULTS = { maxAttempts: 30, baseMs: 200, capMs: 30_000 };
/**
 * The window stops doubling at 16 attempt durations: the ref serves one writer per attempt
 * duration at best, and windows much longer than the queue of writers ahead only leave it idle
 * (50 writers on a fast server: 15 s instead of 35 s, for 10% more attempts).
 */
const MAX_DOUBLINGS = 4;
function keyOf(record) {
    if (typeof record.runId !== 'string' || typeof record.runAttempt !== 'number')
        return undefined;
    const stages = Array.isArray(record.stages) ? record.stages : [];
    const last = stages[stages.length - 1];
    return {
        runId: record.runId,
        runAttempt: record.runAttempt,
        stage: typeof last?.stage === 'string' ? last.stage : '',
    };
}
const sameKey = (a, b) => a.runId === b.runId && a.runAttempt === b.runAttempt && a.stage === b.stage;
/** True when `log` already holds a line for this run; corrupt lines are skipped, never fatal. */
function logHasRun(log, key) {
    for (const line of log.split('\n')) {
        if (!line.includes(key.runId))
            continue; // cheap filter before JSON.parse
        try {
            const found = keyOf(JSON.parse(line));
            if (found && sameKey(found, key))
                return true;
        }
        catch {
            // A corrupt line is kept as it is; it cannot be ours.
        }
    }
    return false;
}
/** The ceiling of the wait after losing attempt `attempt` (1-based) that took `attemptMs`. */
function backoffWindow(attempt, attemptMs, backoff) {
    const unit = Math.max(backoff.baseMs, attemptMs);
    return Math.min(backoff.capMs, unit * 2 ** Math.min(attempt - 1, MAX_DOUBLINGS));
}
class GitBranchOutcomeStore {
    octokit;
    owner;
    repoName;
    branch;
    fixedPath;
    dir;
    now;
    maxAttempts;
    backoff;
    random;
    sleep;
    author;
    constructor(options) {
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
    pathFor(timestamp) {
        return this.fixedPath ?? shardPath(this.dir, timestamp);
    }
    /**
     * Appends `record` as one line to the shard of its timestamp's month. Per attempt: read the
     * ref → read the shard → write a tree with the new content (base_tree = current) → commit
     * (parent = current) → move the ref without force. A 422 on the ref means another run got there first: wait (full jitter) and redo it
     * all on top of the new head. A missing branch is created as an orphan commit.
     */
    async append(record) {
        const checked = (0,_core_outcomes_index_js__WEBPACK_IMPORTED_MODULE_1__/* .validateOutcomeRecord */ .LH)(record, { strict: true });
        if (!checked.ok) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`refusing to append an invalid outcome record to ${this.where(this.fixedPath ?? `${this.dir}/`)}: ${(0,_core_outcomes_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatIssues */ .og)(checked.issues)}`, checked.issues.map((i) => `${i.path} ${i.message}`));
        }
        const line = `${JSON.stringify(record)}\n`;
        const key = keyOf(record); // validated: runId and runAttempt are present
        const file = this.pathFor(record.timestamp);
        try {
            for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
                const started = Date.now();
                const { head, existing } = await this.readCurrent(file);
                if (logHasRun(existing, key))
                    return { appended: false, reason: 'duplicate', attempts: attempt };
                const content = existing === '' || existing.endsWith('\n') ? existing + line : `${existing}\n${line}`;
                const commitSha = await this.commit(file, content, head, this.message(record));
                if (await this.moveRef(head, commitSha)) {
                    return {
                        appended: true,
                        commitSha,
                        attempts: attempt,
                        createdBranch: head === undefined,
                    };
                }
                if (attempt < this.maxAttempts)
                    await this.sleep(this.delay(attempt, Date.now() - started));
            }
        }
        catch (error) {
            throw (0,_forge_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .wrapApiError */ .N9)(error, {
                repo: this.repoFullName(),
                doing: `appending to ${this.where(file)}`,
            });
        }
        throw new Error(`gave up appending the outcome record to ${this.where(file)} of ${this.repoFullName()} after ` +
            `${this.maxAttempts} attempts: the branch moved under every attempt (too many concurrent ` +
            'writers, or something force-pushing it). The record was not written; re-run the job.');
    }
    /**
     * One file of the log as text ('' when the branch or the file does not exist): by default the
     * current month's shard.
     */
    async read(file = this.pathFor(this.now())) {
        try {
            return (await this.readCurrent(file)).existing;
        }
        catch (error) {
            throw (0,_forge_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .wrapApiError */ .N9)(error, {
                repo: this.repoFullName(),
                doing: `reading ${this.where(file)}`,
            });
        }
    }
    where(file) {
        return `${this.branch}:${file}`;
    }
    repoFullName() {
        return (0,_forge_github_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .fullName */ .fq)({ owner: this.owner, repo: this.repoName });
    }
    message(record) {
        const subject = record.issue === null ? record.repo : `${record.repo}#${record.issue}`;
        return `data: outcome ${record.outcome} for ${subject} (run ${record.runId}/${record.runAttempt})`;
    }
    /**
     * Full jitter (AWS architecture blog) spreads the writers who lost the same race. The window
     * grows from the larger of `baseMs` and the time the lost attempt took: on a slow server an
     * attempt is long, and a window shorter than it would only replay the same collision.
     */
    delay(attempt, attemptMs) {
        return Math.floor(this.random() * backoffWindow(attempt, attemptMs, this.backoff));
    }
    /**
     * The head of the branch and the log at that head. The commit (for its tree) and the file are
     * read in parallel: the shorter the read-to-update window, the fewer writers collide.
     */
    async readCurrent(file) {
        const repo = { owner: this.owner, repo: this.repoName };
        let commitSha;
        try {
            const { data } = await this.octokit.rest.git.getRef({ ...repo, ref: `heads/${this.branch}` });
            commitSha = data.object.sha;
        }
        catch (error) {
            if ((0,_forge_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .hasStatus */ .Ro)(error, 404))
                return { head: undefined, existing: '' };
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
    async readLog(file, commitSha) {
        let data;
        try {
            ({ data } = await this.octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
                owner: this.owner,
                repo: this.repoName,
                path: file,
                ref: commitSha,
                headers: { accept: 'application/vnd.github.raw+json' },
            }));
        }
        catch (error) {
            if ((0,_forge_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .hasStatus */ .Ro)(error, 404))
                return '';
            if ((0,_forge_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .hasStatus */ .Ro)(error, 403) && /too[ _]large/i.test(JSON.stringify(responseData(error)))) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${this.where(file)} is too large for GitHub's API to return (over 100 MB). Move it ` +
                    'aside on the data branch (the summary still reads it from a checkout); appends ' +
                    'then start a new file.');
            }
            throw error;
        }
        if (typeof data === 'string')
            return data;
        if (data instanceof ArrayBuffer)
            return Buffer.from(data).toString('utf8');
        if (Array.isArray(data)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${this.where(file)} is a directory, not the outcome log; move it or choose another path`);
        }
        const type = data?.type;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(typeof type === 'string'
            ? `${this.where(file)} is a ${type}, not a file; move it or choose another path`
            : `reading ${this.where(file)} returned ${describe(data)} instead of the file's text; ` +
                'is a proxy rewriting the API?');
    }
    async commit(file, content, head, message) {
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
    async moveRef(head, commitSha) {
        const repo = { owner: this.owner, repo: this.repoName };
        try {
            if (head === undefined) {
                await this.octokit.rest.git.createRef({
                    ...repo,
                    ref: `refs/heads/${this.branch}`,
                    sha: commitSha,
                });
            }
            else {
                await this.octokit.rest.git.updateRef({
                    ...repo,
                    ref: `heads/${this.branch}`,
                    sha: commitSha,
                    force: false,
                });
            }
            return true;
        }
        catch (error) {
            // 422: "Update is not a fast forward", "Reference already exists" (a concurrent first
            // writer created the branch) or "Reference does not exist" (it was deleted meanwhile).
            if ((0,_forge_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .hasStatus */ .Ro)(error, 422))
                return false;
            throw error;
        }
    }
}
/** The body of an API error response, if any. */
function responseData(error) {
    return error.response?.data;
}
function describe(data) {
    if (data === null || data === undefined)
        return 'nothing';
    return typeof data === 'object' ? 'a JSON object' : `a ${typeof data}`;
}


/***/ })

};
;