export const id = 8116;
export const ids = [8116,7091,8694];
export const modules = {

/***/ 52283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ cliGitHubClient)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
// The GitHub client a reporting command builds from its environment: the token from
// GITHUB_TOKEN (or GH_TOKEN), the API root from GITHUB_API_URL (GHES, the tests' emulator), and
// Octokit's warnings on stderr. `report` and `dashboard` read data branches with it; `report`
// also posts its digest with it.

/** `why` finishes "…: set GITHUB_TOKEN (or GH_TOKEN) to a token that may …". */
async function cliGitHubClient(io, command, why) {
    const token = (io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN ?? '').trim();
    if (token === '')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${why.flags} through the API: set GITHUB_TOKEN (or GH_TOKEN) to a token that may ${why.may} (e.g. \`GITHUB_TOKEN=$(gh auth token)\`)`);
    const { createOctokit } = await Promise.all(/* import() */[__webpack_require__.e(4008), __webpack_require__.e(2456), __webpack_require__.e(8428)]).then(__webpack_require__.bind(__webpack_require__, 18428));
    const { retryFromEnv } = await Promise.all(/* import() */[__webpack_require__.e(6993), __webpack_require__.e(4008), __webpack_require__.e(8882)]).then(__webpack_require__.bind(__webpack_require__, 18882));
    return createOctokit({
        token,
        baseUrl: (io.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
        userAgent: `lailatov-${command}`,
        retry: retryFromEnv(io.env),
        log: {
            debug: () => { },
            info: () => { },
            warn: (m) => io.stderr(`lailatov ${command}: ${m}\n`),
            error: (m) => io.stderr(`lailatov ${command}: ${m}\n`),
        },
    });
}


/***/ }),

/***/ 16438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ parsePeriod),
/* harmony export */   Xv: () => (/* binding */ logTargets),
/* harmony export */   ry: () => (/* binding */ cliNow),
/* harmony export */   u4: () => (/* binding */ unreadableLog),
/* harmony export */   zQ: () => (/* binding */ DEFAULT_LOCAL_LOG)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
// What `learn` and `report` (and `dashboard`) share on the command line: which logs to read and
// which period to count.


/** The local pipeline's log, the default when no --log is given. */
const DEFAULT_LOCAL_LOG = node_path__WEBPACK_IMPORTED_MODULE_0___default().join('.lailatov', 'outcomes.jsonl');
const DAY_MS = 86_400_000;
const UNITS = { d: 1, w: 7 };
/**
 * `--period 7d|4w|all` (up to `now`) or `--since YYYY-MM-DD[Thh:mm...]` (to now; with --until,
 * to that instant). Without either: `fallback` days, or the whole log when it is null.
 */
function parsePeriod(o, now, fallbackDays) {
    if (o.period !== undefined && o.since !== undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y('--period and --since both set. Fix: pass one of them.');
    const to = o.until === undefined ? now.toISOString() : instant(o.until, '--until');
    if (o.since !== undefined)
        return { from: instant(o.since, '--since'), to };
    const spec = o.period ?? (fallbackDays === null ? 'all' : `${fallbackDays}d`);
    if (spec === 'all')
        return { from: null, to: o.until === undefined ? null : to };
    const m = /^(\d{1,4})([dw])$/.exec(spec);
    if (m === null || Number(m[1]) === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--period must be a number of days or weeks such as 7d or 4w, or all; got ${JSON.stringify(spec)}.`);
    const days = Number(m[1]) * UNITS[m[2]];
    return { from: new Date(Date.parse(to) - days * DAY_MS).toISOString(), to };
}
function instant(value, flag) {
    const t = /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : Number.NaN;
    if (Number.isNaN(t))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${flag} must be a date (YYYY-MM-DD) or an ISO time, got ${JSON.stringify(value)}.`);
    return new Date(t).toISOString();
}
/** `LAILATOV_NOW` pins the clock (tests, and re-running a past week's digest). */
function cliNow(env) {
    const pinned = env.LAILATOV_NOW;
    if (pinned === undefined || pinned === '')
        return new Date();
    const t = Date.parse(pinned);
    if (Number.isNaN(t))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`LAILATOV_NOW must be an ISO time, got ${JSON.stringify(pinned)}.`);
    return new Date(t);
}
/** Reads each `--log` as given (a file, or a folder such as a checkout of the data branch). */
function logTargets(logs, cwd) {
    const list = logs === undefined || logs.length === 0 ? [DEFAULT_LOCAL_LOG] : logs;
    return list.map((l) => node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, l));
}
/** An unreadable log is the user's to fix: name it and where logs live. */
function unreadableLog(e, targets) {
    const code = e.code;
    if (code !== 'ENOENT' && code !== 'EACCES' && code !== 'EISDIR' && code !== 'ENOTDIR')
        return e;
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`cannot read the outcome log ${targets.join(', ')} (${code}). Fix: pass --log FILE, or a checkout of the data branch (git worktree add DIR lailatov-data; the logs are data/outcomes/*.jsonl).`);
}


/***/ }),

/***/ 98116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xK: () => (/* binding */ SOURCE_OPTIONS),
  gd: () => (/* binding */ SOURCE_USAGE),
  oV: () => (/* binding */ readSourcesFromArgs)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/outcomes/git-branch-store.ts
var git_branch_store = __webpack_require__(88694);
// EXTERNAL MODULE: ./src/forge/github/errors.ts
var github_errors = __webpack_require__(70656);
// EXTERNAL MODULE: ./src/forge/github/repo.ts
var github_repo = __webpack_require__(57091);
;// CONCATENATED MODULE: ./src/outcomes/remote-logs.ts
// The outcome logs of several repositories, read through the API (no checkout): for each, the
// data branch's tree once, then every .jsonl file under data/ as raw bytes. Repositories and
// files are read a few at a time (`concurrency`), so an organization's fifty logs neither wait
// for each other nor fire hundreds of requests at once; rate limits are the client's job
// (plugin-throttling waits out `retry-after`, retry-policy.ts).




/** Requests in flight at most, across repositories. GitHub asks for no more than ~10. */
const DEFAULT_CONCURRENCY = 4;
/**
 * A limiter shared by everything one read starts: at most `limit` requests in flight. Listing
 * repositories and reading files go through the same one.
 */
function limiter(limit) {
    if (!Number.isInteger(limit) || limit < 1)
        throw new errors/* UserError */.y(`--concurrency must be a whole number of at least 1, not ${limit}`);
    let active = 0;
    const waiting = [];
    return async (fn) => {
        if (active >= limit)
            await new Promise((resolve) => waiting.push(resolve));
        active++;
        try {
            return await fn();
        }
        finally {
            active--;
            waiting.shift()?.();
        }
    };
}
/** The log files on a repository's data branch; null when it has no data branch. */
async function logFilesOf(octokit, repo, branch, run) {
    let commit;
    try {
        const { data } = await run(() => octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` }));
        commit = data.object.sha;
    }
    catch (error) {
        if ((0,github_errors/* hasStatus */.Ro)(error, 404, 409))
            return null; // no such branch, or an empty repository
        throw error;
    }
    const { data: c } = await run(() => octokit.rest.git.getCommit({ ...repo, commit_sha: commit }));
    const { data: tree } = await run(() => octokit.rest.git.getTree({ ...repo, tree_sha: c.tree.sha, recursive: '1' }));
    if (tree.truncated)
        throw new errors/* UserError */.y(`the tree of ${(0,github_repo/* fullName */.f)(repo)}:${branch} is too large for one API answer; summarize a checkout instead (git worktree add DIR ${branch}; --log DIR)`);
    const paths = tree.tree
        .filter((e) => e.type === 'blob' && e.path?.startsWith('data/') && e.path.endsWith('.jsonl'))
        .map((e) => e.path)
        .sort(); // the legacy data/agent-outcomes.jsonl first, then the months in order
    return { commit, paths };
}
/** One file at a commit, raw (never inside a JSON string: logs run to megabytes). */
async function rawFile(octokit, repo, path, ref) {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
        ...repo,
        path,
        ref,
        headers: { accept: 'application/vnd.github.raw+json' },
    });
    if (typeof data === 'string')
        return Buffer.from(data, 'utf8');
    if (data instanceof ArrayBuffer)
        return new Uint8Array(data);
    throw new Error(`reading ${(0,github_repo/* fullName */.f)(repo)}:${path} returned JSON instead of the file's bytes`);
}
/**
 * Every repository of an owner, as owner/name: an organization's (`GET /orgs/{org}/repos`),
 * else a user's (`GET /users/{username}/repos`), a hundred a page. With a GitHub App
 * installation token, only the repositories it was installed on.
 */
async function ownerRepositories(octokit, owner) {
    if (!/^[A-Za-z0-9-]+$/.test(owner))
        throw new errors/* UserError */.y(`--owner must be a user or organization name, got ${JSON.stringify(owner)}`);
    try {
        let repos;
        try {
            repos = await octokit.paginate('GET /orgs/{org}/repos', { org: owner, per_page: 100 });
        }
        catch (error) {
            if (!(0,github_errors/* hasStatus */.Ro)(error, 404))
                throw error;
            repos = await octokit.paginate('GET /users/{username}/repos', {
                username: owner,
                per_page: 100,
            });
        }
        return repos.map((r) => r.full_name).sort();
    }
    catch (error) {
        if ((0,github_errors/* hasStatus */.Ro)(error, 404))
            throw new errors/* UserError */.y(`--owner ${owner}: no such user or organization, or none of its repositories is visible to the token`);
        throw (0,github_errors/* wrapApiError */.N9)(error, { repo: owner, doing: "listing the owner's repositories" });
    }
}
/**
 * Reads the logs of `repos` (owner/name each). A repository without the data branch is listed
 * in `withoutLog`, not an error: it has logged nothing yet. Files come back grouped by
 * repository, in the order asked, each repository's in path order.
 */
async function readRemoteLogs(repos, opts) {
    const branch = opts.branch ?? git_branch_store.DEFAULT_DATA_BRANCH;
    const run = limiter(opts.concurrency ?? DEFAULT_CONCURRENCY);
    const refs = repos.map((r) => (0,github_repo.parseRepo)(r, '--repo'));
    const perRepo = await Promise.all(refs.map(async (repo) => {
        const name = (0,github_repo/* fullName */.f)(repo);
        try {
            const listed = await logFilesOf(opts.octokit, repo, branch, run);
            if (listed === null)
                return null;
            return await Promise.all(listed.paths.map(async (path) => ({
                repo: name,
                path,
                bytes: await run(() => rawFile(opts.octokit, repo, path, listed.commit)),
            })));
        }
        catch (error) {
            throw (0,github_errors/* wrapApiError */.N9)(error, { repo: name, doing: `reading the outcome log on ${branch}` });
        }
    }));
    return {
        files: perRepo.flatMap((files) => files ?? []),
        withoutLog: refs.filter((_, k) => perRepo[k] === null).map(github_repo/* fullName */.f),
    };
}

// EXTERNAL MODULE: ./src/outcomes/line-reducers.ts
var line_reducers = __webpack_require__(34165);
// EXTERNAL MODULE: ./src/outcomes/parallel-reduce.ts
var parallel_reduce = __webpack_require__(27053);
// EXTERNAL MODULE: ./src/outcomes/summarize.ts
var summarize = __webpack_require__(11760);
;// CONCATENATED MODULE: ./src/outcomes/sources.ts




/**
 * Counts every record of the sources into a fresh accumulator for `spec` (analytics for
 * `report`, the dashboard's views for `dashboard`) and returns it with what was read.
 */
async function readOutcomeSources(sources, spec) {
    const accumulator = (0,line_reducers/* accumulatorFor */._4)(spec);
    const corrupt = [];
    let lines = 0;
    let files = 0;
    const done = (file, bad) => {
        files++;
        if (bad.corruptCount > 0)
            corrupt.push({ file, count: bad.corruptCount, lines: bad.corrupt });
    };
    // The dashboard's time goes to counting runs into its period views, not to parsing (the fast
    // scanner), and merging those views from a second thread costs more than the thread saves:
    // re-measured after each run came to be counted once, 100k records from source on 2 cores took
    // 1.08 s on one thread and 1.28 s on two (medians of 5, alternating).
    const threadsFor = (s) => sources.threads ?? (s.kind === 'dashboard' ? 1 : undefined);
    for (const target of sources.logs ?? []) {
        for (const file of await (0,summarize/* outcomeLogFiles */.eh)(target)) {
            // Straight into the total: on one thread, no state is copied or merged.
            const views = (0,line_reducers/* linesInto */.Wx)(accumulator, spec);
            lines += (await (0,parallel_reduce/* reduceLogFile */.t)(file, spec, { threads: threadsFor(spec) }, views)).lines;
            done(file, views);
        }
    }
    let withoutLog = [];
    const named = sources.repos ?? [];
    const owners = sources.owners ?? [];
    if (named.length > 0 || owners.length > 0) {
        const { octokit } = sources;
        if (octokit === undefined)
            throw new Error('reading repositories needs a client');
        const found = [];
        for (const owner of owners)
            found.push(...(await ownerRepositories(octokit, owner)));
        const lower = new Set(named.map((r) => r.toLowerCase()));
        const repos = [...named, ...found.filter((r) => !lower.has(r.toLowerCase()))];
        const remote = await readRemoteLogs(repos, {
            octokit,
            branch: sources.branch,
            concurrency: sources.concurrency,
        });
        for (const f of remote.files) {
            // Held in memory already (read through the API): counted on this thread, straight in.
            const views = (0,line_reducers/* linesInto */.Wx)(accumulator, spec);
            lines += forEachLineOf(f.bytes, views);
            done(`${f.repo}:${f.path}`, views);
        }
        // An owner's repositories without a data branch are not news: only named ones are reported.
        withoutLog = remote.withoutLog.filter((r) => lower.has(r.toLowerCase()));
    }
    return { lines, files, corrupt, withoutLog, accumulator };
}
/** Every line of a whole log held in memory, to `views`; the number of lines. */
function forEachLineOf(bytes, views) {
    let line = 0;
    let start = 0;
    while (start < bytes.length) {
        let nl = bytes.indexOf(10, start);
        if (nl === -1)
            nl = bytes.length;
        views.addBytes(bytes, start, nl, ++line);
        start = nl + 1;
    }
    return line;
}

// EXTERNAL MODULE: ./src/cli/github-client.ts
var github_client = __webpack_require__(52283);
// EXTERNAL MODULE: ./src/cli/outcome-args.ts
var outcome_args = __webpack_require__(16438);
;// CONCATENATED MODULE: ./src/cli/outcome-sources.ts
// The log sources `report` and `dashboard` take on the command line, parsed and read in one
// place: local files or folders (`--log`), and data branches through the API (`--repo`, with a
// token from GITHUB_TOKEN or GH_TOKEN and the API root from GITHUB_API_URL).







/** parseArgs options; spread them into a command's own. */
const SOURCE_OPTIONS = {
    log: { type: 'string', multiple: true },
    repo: { type: 'string', multiple: true },
    owner: { type: 'string', multiple: true },
    branch: { type: 'string' },
    concurrency: { type: 'string' },
};
const SOURCE_USAGE = `  --log PATH        a log file, or a folder (a checkout of the data branch); repeatable
  --repo OWNER/NAME read that repository's data branch through the API; repeatable. Token
                    from GITHUB_TOKEN (or GH_TOKEN), API root from GITHUB_API_URL
  --owner NAME      every repository of that user or organization with a data branch
  --branch NAME     the data branch (default ${git_branch_store.DEFAULT_DATA_BRANCH})
  --concurrency N   API requests in flight at most (default ${DEFAULT_CONCURRENCY})`;
/**
 * Counts every source the arguments name into a fresh accumulator for `spec` (see
 * readOutcomeSources), reporting corrupt lines and repositories without a log on stderr.
 * Undefined (after saying why) when no source is named.
 */
async function readSourcesFromArgs(v, io, command, spec) {
    const logs = (v.log ?? []).map((l) => external_node_path_default().resolve(io.cwd, l));
    const repos = v.repo ?? [];
    const owners = v.owner ?? [];
    if (logs.length === 0 && repos.length === 0 && owners.length === 0) {
        io.stderr(`lailatov ${command}: name a log: --log FILE (or a checkout of the data branch), or --repo OWNER/NAME to read it through the API\n`);
        return undefined;
    }
    const concurrency = v.concurrency === undefined ? DEFAULT_CONCURRENCY : Number(v.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32)
        throw new errors/* UserError */.y(`--concurrency must be a whole number from 1 to 32, not '${v.concurrency}'`);
    const octokit = repos.length > 0 || owners.length > 0
        ? await (0,github_client/* cliGitHubClient */.v)(io, command, {
            flags: '--repo and --owner read data branches',
            may: 'read its contents',
        })
        : undefined;
    let read;
    try {
        read = await readOutcomeSources({ logs, repos, owners, octokit, branch: v.branch, concurrency }, spec);
    }
    catch (e) {
        throw (0,outcome_args/* unreadableLog */.u4)(e, logs);
    }
    for (const part of read.corrupt) {
        for (const c of part.lines)
            io.stderr(`${part.file}:${c.line}: skipped corrupt line: ${c.reason}\n`);
        if (part.count > part.lines.length)
            io.stderr(`${part.file}: ... and ${part.count - part.lines.length} more corrupt line(s)\n`);
    }
    for (const r of read.withoutLog)
        io.stderr(`lailatov ${command}: ${r} has no ${v.branch ?? git_branch_store.DEFAULT_DATA_BRANCH} branch: no outcome logged yet\n`);
    return read;
}


/***/ }),

/***/ 70656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N9: () => (/* binding */ wrapApiError),
/* harmony export */   Ro: () => (/* binding */ hasStatus)
/* harmony export */ });
/* unused harmony exports isApiError, GitHubApiError */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
// Known GitHub API failures become UserErrors that say what to fix; anything else stays a bug.

function isApiError(error) {
    return (error instanceof Error &&
        typeof error.status === 'number' &&
        error.status > 0);
}
/** True when the API answered with this status (a network failure is never a status match). */
function hasStatus(error, ...statuses) {
    return isApiError(error) && statuses.includes(error.status);
}
/**
 * GitHub itself failed (5xx after the client's retries, or no answer): our infrastructure, not
 * the user's mistake. Stages map it to an `infra_error` outcome and a neutral check. The original
 * error is the `cause`.
 */
class GitHubApiError extends Error {
    status;
    constructor(message, status, cause) {
        super(message, { cause });
        this.name = 'GitHubApiError';
        this.status = status;
        Object.setPrototypeOf(this, GitHubApiError.prototype);
    }
}
// The workflow `permissions:` key for the path of a REST call, when GitHub does not send
// `x-accepted-github-permissions`. Checked in order; the first match wins.
const SCOPE_BY_PATH = [
    [/^\/repos\/[^/]+\/[^/]+\/(git|contents|dispatches)(\/|$)/, 'contents'],
    [/^\/repos\/[^/]+\/[^/]+\/pulls(\/|$)/, 'pull-requests'],
    [/^\/repos\/[^/]+\/[^/]+\/(issues|labels)(\/|$)/, 'issues'],
    [/^\/repos\/[^/]+\/[^/]+\/(check-runs|check-suites)(\/|$)/, 'checks'],
    [/^\/repos\/[^/]+\/[^/]+\/statuses(\/|$)/, 'statuses'],
    [/^\/repos\/[^/]+\/[^/]+\/actions(\/|$)/, 'actions'],
    [/^\/graphql$/, 'pull-requests'],
];
/** `contents=write,issues=read` (GitHub App names) → `contents: write` (workflow YAML names). */
function acceptedPermissions(header) {
    return header
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part.includes('='))
        .map((part) => {
        const [scope = '', level = ''] = part.split('=');
        return `${scope.trim().replace(/_/g, '-')}: ${level.trim()}`;
    });
}
function requestPath(error) {
    try {
        return new URL(error.request?.url ?? '', 'http://x').pathname.replace(/^\/api\/v3(?=\/)/, '');
    }
    catch {
        return '';
    }
}
function neededPermission(error) {
    const header = error.response?.headers?.['x-accepted-github-permissions'];
    if (typeof header === 'string' && header.trim() !== '') {
        return acceptedPermissions(header).join(', ') || undefined;
    }
    const path = requestPath(error);
    const scope = SCOPE_BY_PATH.find(([pattern]) => pattern.test(path))?.[1];
    if (scope === undefined)
        return undefined;
    const method = (error.request?.method ?? 'GET').toUpperCase();
    return `${scope}: ${method === 'GET' || method === 'HEAD' ? 'read' : 'write'}`;
}
/**
 * Translates what a user can fix: a bad or missing token (401), a token without the needed
 * `permissions:` scope (403 "Resource not accessible by integration"), a repository the token
 * cannot see (404 on the repository itself). A 5xx that survived the retries becomes a
 * GitHubApiError naming the call. Returns any other error unchanged, stack intact; callers
 * `throw wrapApiError(e, ctx)`.
 */
function wrapApiError(error, context) {
    if (!isApiError(error))
        return error;
    const input = context.tokenInput ?? 'github-token';
    const where = `while ${context.doing} on ${context.repo}`;
    if (error.status === 401) {
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`GitHub rejected the token (401 ${error.message}) ${where}. The \`${input}\` input holds a ` +
            'missing, expired or revoked token: check the secret it reads (e.g. secrets.GITHUB_TOKEN, ' +
            'or the APP_ID / APP_PRIVATE_KEY pair given to actions/create-github-app-token).');
    }
    if (error.status === 403 && /not accessible by integration/i.test(error.message)) {
        const permission = neededPermission(error);
        const fix = permission === undefined
            ? 'Grant the missing scope in the workflow `permissions:` block (or to the GitHub App).'
            : `Add \`${permission}\` to the workflow's \`permissions:\` block (or grant it to the ` +
                'GitHub App that minted the token).';
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`The token in \`${input}\` may not do this (403 ${error.message}) ${where}. ${fix}`, permission === undefined ? [] : [permission]);
    }
    if (error.status === 404 && /^\/repos\/[^/]+\/[^/]+\/?$/.test(requestPath(error))) {
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`The token in \`${input}\` cannot see ${context.repo} (404) ${where}. Check the owner/name, ` +
            'and that the token (or the GitHub App installation) has access to this repository.');
    }
    if (error.status >= 500) {
        const method = (error.request?.method ?? '').toUpperCase();
        return new GitHubApiError(`GitHub answered ${error.status} (${error.message}) to ${method} ${requestPath(error)} ${where}, ` +
            'after the client retried it. GitHub may be degraded (https://www.githubstatus.com); re-run the job later.', error.status, error);
    }
    return error;
}


/***/ }),

/***/ 57091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ verifyRepoAccess),
/* harmony export */   f: () => (/* binding */ fullName),
/* harmony export */   parseRepo: () => (/* binding */ parseRepo)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70656);
// The repository a GitHub adapter works on, and a cheap access check for a clear first error.


const fullName = (r) => `${r.owner}/${r.repo}`;
/** Parses `owner/name` (GITHUB_REPOSITORY or an input), naming the field when it is wrong. */
function parseRepo(value, field = 'GITHUB_REPOSITORY') {
    const match = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(value.trim());
    if (!match?.[1] || !match[2]) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${field} must be "owner/name", got ${JSON.stringify(value)}`);
    }
    return { owner: match[1], repo: match[2] };
}
/** One GET on the repository: a token that cannot see it fails here with the fix, not later. */
async function verifyRepoAccess(octokit, repo) {
    try {
        await octokit.rest.repos.get({ owner: repo.owner, repo: repo.repo });
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .wrapApiError */ .N9)(error, { repo: fullName(repo), doing: 'reading the repository' });
    }
}


/***/ }),

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
/* harmony import */ var _core_outcomes_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93970);
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
        return (0,_forge_github_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .fullName */ .f)({ owner: this.owner, repo: this.repoName });
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
