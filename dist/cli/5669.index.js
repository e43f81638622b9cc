export const id = 5669;
export const ids = [5669,7091];
export const modules = {

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

/***/ 87716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ RunLabels),
/* harmony export */   cV: () => (/* binding */ ensureLabels),
/* harmony export */   kg: () => (/* binding */ LABELS),
/* harmony export */   tA: () => (/* binding */ removeLabel)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70656);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57091);


const LABELS = {
    trigger: { name: 'ai-agent', color: '7057FF', description: 'Hand this issue to LailaTov' },
    needsClarification: {
        name: 'needs-clarification',
        color: 'FBCA04',
        description: 'Agent needs more info before implementing',
    },
    working: { name: 'agent:working', color: '1D76DB', description: 'LailaTov is working on this' },
    escalated: {
        name: 'agent:escalated',
        color: 'B60205',
        description: 'LailaTov stopped: a human must take over',
    },
    blocked: {
        name: 'agent:blocked',
        color: 'B60205',
        description: 'Blocked by the risk policy',
    },
    incomplete: {
        name: 'agent:incomplete',
        color: 'E99695',
        description: 'LailaTov stopped before finishing (turn cap, refusal): a draft, never ready',
    },
    stopped: {
        name: 'agent:stopped',
        color: '5319E7',
        description: 'A writer stopped LailaTov here (`stop`): no stage runs on it',
    },
    planPending: {
        name: 'agent:plan-pending',
        color: 'C5DEF5',
        description: 'LailaTov posted a plan and waits for a writer to `approve` it',
    },
    riskHigh: {
        name: 'risk:high',
        color: 'D93F0B',
        description: 'Risk tier high: human approval required',
    },
    riskMedium: { name: 'risk:medium', color: 'FBCA04', description: 'Risk tier medium' },
    riskLow: { name: 'risk:low', color: '0E8A16', description: 'Risk tier low' },
};
/** Creates every label of `specs` that the repository lacks (one paginated list, then creates). */
async function ensureLabels(octokit, repo, specs) {
    const r = { owner: repo.owner, repo: repo.repo };
    const created = [];
    try {
        const existing = await octokit.paginate(octokit.rest.issues.listLabelsForRepo, {
            ...r,
            per_page: 100,
        });
        const have = new Set(existing.map((l) => l.name.toLowerCase()));
        for (const spec of specs) {
            if (have.has(spec.name.toLowerCase()))
                continue;
            try {
                await octokit.rest.issues.createLabel({ ...r, ...spec });
                created.push(spec.name);
            }
            catch (error) {
                // 422 already_exists: another run created it between our list and our create.
                if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .hasStatus */ .Ro)(error, 422))
                    throw error;
            }
        }
        return created;
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .wrapApiError */ .N9)(error, { repo: (0,_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .fullName */ .f)(repo), doing: 'creating labels' });
    }
}
/**
 * The labels one run writes. Each is created with its color the first time the run uses it (a
 * 422 means it is there already: one call instead of listing every label), remembering the node
 * ids of those it created, which a GraphQL `addLabelsToLabelable` needs.
 */
class RunLabels {
    octokit;
    repo;
    specs;
    ensured = new Set();
    ids = new Map();
    constructor(octokit, repo, 
    /** Colors and descriptions by name; any other label gets a grey default. */
    specs) {
        this.octokit = octokit;
        this.repo = repo;
        this.specs = specs;
    }
    async ensure(names) {
        for (const name of names) {
            if (this.ensured.has(name))
                continue;
            const spec = this.specs.get(name) ?? { name, color: 'BFD4F2', description: '' };
            try {
                const { data } = await this.octokit.rest.issues.createLabel({
                    owner: this.repo.owner,
                    repo: this.repo.repo,
                    ...spec,
                    name,
                });
                this.ids.set(name, data.node_id);
            }
            catch (error) {
                if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .hasStatus */ .Ro)(error, 422))
                    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .wrapApiError */ .N9)(error, { repo: (0,_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .fullName */ .f)(this.repo), doing: `creating label ${name}` });
            }
            this.ensured.add(name);
        }
    }
    /** The node ids of `names`, or null when this run did not create every one of them. */
    nodeIds(names) {
        const ids = names.map((n) => this.ids.get(n));
        return ids.every((id) => id !== undefined) ? ids : null;
    }
}
/**
 * Removes a label: false when it was not there (a re-run, or a human removed it first), which is
 * no error.
 */
async function removeLabel(octokit, repo, issueNumber, name) {
    try {
        await octokit.rest.issues.removeLabel({
            owner: repo.owner,
            repo: repo.repo,
            issue_number: issueNumber,
            name,
        });
        return true;
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .hasStatus */ .Ro)(error, 404))
            return false;
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .wrapApiError */ .N9)(error, {
            repo: (0,_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .fullName */ .f)(repo),
            doing: `removing label ${name} from #${issueNumber}`,
        });
    }
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

/***/ 81660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H0: () => (/* binding */ backoffScaleFrom),
/* harmony export */   s1: () => (/* binding */ clientOptions),
/* harmony export */   yd: () => (/* binding */ retryAtScale)
/* harmony export */ });
/* unused harmony export DO_NOT_RETRY_STATUSES */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

/**
 * Statuses plugin-retry must NOT retry. A retry would repeat the same answer, or hide a
 * decision that belongs to the caller:
 * - 400 bad request, 410 gone, 451 legal: the same request fails the same way.
 * - 401 bad credentials, 403 missing permission: wrapApiError turns them into a fix to apply.
 *   (403 and 429 rate limits are retried by plugin-throttling, which honours retry-after.)
 * - 404: "not there" or "not visible to this token"; callers that expect it test for it.
 * - 409 conflict (e.g. "Git Repository is empty"): needs another request, not the same one.
 * - 422 validation failed: also how a compare-and-swap ref update says "the ref moved"; the
 *   outcome store re-reads and retries with its own backoff (git-branch-store.ts).
 * - 429: left to plugin-throttling, so one rate limit is not retried by two plugins.
 * Everything else (5xx, dropped connections, which @octokit/request reports as 500) is retried.
 */
const DO_NOT_RETRY_STATUSES = [
    400, 401, 403, 404, 409, 410, 422, 429, 451,
];
const passThrough = {
    key: () => ({ schedule: async (_options, job, ...args) => job(...args) }),
};
// plugin-throttling types the group as a Bottleneck.Group, of which it calls only key().schedule().
const UNSPACED = passThrough;
let clientCounter = 0;
function clientOptions(options) {
    const r = options.retry ?? {};
    const scale = r.backoffScale ?? 1;
    const rateLimitRetries = r.rateLimitRetries ?? 2;
    const maxRetryAfter = r.maxRetryAfterSeconds ?? 120;
    const spaced = r.spaceWrites ?? true;
    clientCounter += 1;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const wanted = retryCount < rateLimitRetries && retryAfter <= maxRetryAfter;
        const what = `${kind} on ${request.method} ${request.url}`;
        options.log?.warn(wanted
            ? `${what}: retrying in ${retryAfter} s (retry ${retryCount + 1} of ${rateLimitRetries})`
            : `${what}: giving up after ${retryCount} retries (retry-after ${retryAfter} s)`);
        return wanted;
    };
    return {
        baseUrl: options.baseUrl.replace(/\/+$/, ''),
        ...(options.userAgent === undefined ? {} : { userAgent: options.userAgent }),
        ...(options.log === undefined ? {} : { log: options.log }),
        retry: {
            doNotRetry: [...DO_NOT_RETRY_STATUSES],
            retries: r.retries ?? 3,
            retryAfterBaseValue: 1000 * scale,
        },
        throttle: {
            // A shared id would serialise every client's writes with one another's (plugin-throttling
            // keeps its limiter groups per process, keyed by id); spacing is only meant per client.
            id: `lailatov-${clientCounter}`,
            retryAfterBaseValue: 1000 * scale,
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
            ...(spaced ? {} : { write: UNSPACED, notifications: UNSPACED }),
        },
    };
}
/**
 * LAILATOV_BACKOFF_SCALE: a multiplier of every retry wait (default 1). Below 1 it also stops
 * the 1 s spacing of writes GitHub asks for; tests against the emulator set it, so that a 502
 * burst or a retry-after costs milliseconds. On GitHub it stays unset.
 */
function backoffScaleFrom(value) {
    if (value === undefined || value.trim() === '')
        return 1;
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`LAILATOV_BACKOFF_SCALE: expected a number >= 0 (1 by default), got ${JSON.stringify(value)}`);
    return n;
}
/** The retry options of a backoff scale: below 1 (tests) the 1 s spacing of writes goes too. */
function retryAtScale(backoffScale) {
    return { backoffScale, spaceWrites: backoffScale >= 1 };
}


/***/ }),

/***/ 18882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ githubAccess),
  retryFromEnv: () => (/* binding */ retryFromEnv),
  o: () => (/* binding */ tokenFrom)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/engines/process.ts + 1 modules
var process = __webpack_require__(65967);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(93779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js + 3 modules
var dist_src = __webpack_require__(49210);
// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var core_dist_src = __webpack_require__(14730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var plugin_retry_dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
;// CONCATENATED MODULE: ./src/forge/github/http-fetch.ts
// The part of `fetch` that @octokit/request uses, over node:http(s). Node's global fetch loads
// its bundled undici on first use: a first fetch() took about 80 ms longer than a first
// node:http request on these machines (Node 20; bench/github: cold start). Proxies are not
// handled here: request-client.ts is only used when no proxy variable is set.


/** Response headers as @octokit/request reads them: iterable [name, value] pairs and get(). */
class ResponseHeaders {
    map = new Map();
    constructor(raw) {
        for (const [k, v] of Object.entries(raw)) {
            if (v !== undefined)
                this.map.set(k.toLowerCase(), Array.isArray(v) ? v.join(', ') : v);
        }
    }
    get(name) {
        return this.map.get(name.toLowerCase()) ?? null;
    }
    [Symbol.iterator]() {
        return this.map.entries();
    }
}
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
// Credentials that must not follow a redirect to another origin, as fetch (undici) drops them:
// a token for the GitHub API would otherwise reach whatever host a Location header names.
const ORIGIN_BOUND = new Set(['authorization', 'cookie', 'proxy-authorization']);
/** The headers to send to `next` after a redirect from `prev`: credentials stay on their origin. */
function headersForRedirect(headers, prev, next) {
    if (!headers || prev.origin === next.origin)
        return headers;
    return Object.fromEntries(Object.entries(headers).filter(([name]) => !ORIGIN_BOUND.has(name.toLowerCase())));
}
function once(url, init) {
    return new Promise((resolve, reject) => {
        const send = url.protocol === 'https:' ? external_node_https_.request : external_node_http_.request;
        const req = send(url, { method: init.method ?? 'GET', headers: init.headers ?? {} }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => resolve({ res, data: Buffer.concat(chunks) }));
            res.on('error', reject);
        });
        // Like fetch: a network failure is a TypeError whose cause says what happened.
        req.on('error', (e) => reject(new TypeError('fetch failed', { cause: e })));
        const signal = init.signal;
        if (signal) {
            if (signal.aborted)
                req.destroy(new DOMException('aborted', 'AbortError'));
            signal.addEventListener('abort', () => {
                const e = new DOMException('This operation was aborted', 'AbortError');
                req.destroy(e);
                reject(e);
            });
        }
        if (init.body !== undefined && init.body !== null)
            req.write(init.body);
        req.end();
    });
}
async function httpFetch(input, init = {}) {
    let url = new URL(input);
    let step = init;
    for (let hops = 0;; hops++) {
        const { res, data } = await once(url, step);
        const status = res.statusCode ?? 0;
        const location = res.headers.location;
        if (REDIRECTS.has(status) && location && (step.redirect ?? 'follow') === 'follow' && hops < 5) {
            const next = new URL(location, url);
            // 303, and 301/302 after a POST, become a GET without a body, as fetch does.
            const keep = status === 307 || status === 308;
            step = keep ? step : { ...step, method: 'GET', body: null };
            step = { ...step, headers: headersForRedirect(step.headers, url, next) };
            url = next;
            continue;
        }
        const text = async () => data.toString('utf8');
        return {
            status,
            statusText: res.statusMessage ?? '',
            url: url.toString(),
            ok: status >= 200 && status < 300,
            headers: new ResponseHeaders(res.headers),
            body: null,
            text,
            json: async () => JSON.parse(await text()),
            arrayBuffer: async () => data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength),
        };
    }
}

// EXTERNAL MODULE: ./src/forge/github/retry-policy.ts
var retry_policy = __webpack_require__(81660);
;// CONCATENATED MODULE: ./src/forge/github/request-client.ts
// The client an action starts with: @octokit/core with the suite's retry and throttling policy
// (retry-policy.ts) over node:http (http-fetch.ts), WITHOUT the REST method table. That table
// (plugin-rest-endpoint-methods, 0.1 MB) is the largest part of Octokit, and the calls made
// before a stage loads (the permission check, the 👀) need only `request`; light-client.ts adds
// the methods to this same client afterwards (bench/github: cold start).
// Behind an HTTP(S) proxy Node's fetch and node:http do not honour the proxy variables, so
// there the caller uses client.ts (createOctokit), whose fetch does.





// httpFetch implements what @octokit/request reads of a Response, not the whole DOM type.
const fetchForOctokit = httpFetch;
const RequestOctokit = core_dist_src/* Octokit */.E.plugin(plugin_retry_dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
/** True when the environment asks for a proxy (then use createOctokit from client.ts). */
function wantsProxy(env) {
    return ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'].some((k) => !!env[k]);
}
function createRequestClient(options) {
    return new RequestOctokit({
        auth: options.token,
        request: { fetch: fetchForOctokit },
        ...(0,retry_policy/* clientOptions */.s1)(options),
    });
}

;// CONCATENATED MODULE: ./src/forge/github/light-client.ts
// The actions' full GitHub client without @actions/github (which loads undici and an HTTP client
// at import): the request client (request-client.ts) plus the two plugins @actions/github adds,
// the REST methods and `paginate`. run.ts imports this module only after its first request.



/**
 * Adds the REST methods and `paginate` to a request client, in place, as Octokit.plugin() would
 * have at construction: the same instance keeps its auth, hooks, retry and throttling state.
 */
function withRestMethods(client) {
    return Object.assign(client, (0,dist_src/* restEndpointMethods */._)(client), (0,dist_bundle/* paginateRest */.ud)(client));
}
function createLightOctokit(options) {
    return withRestMethods(createRequestClient(options));
}

// EXTERNAL MODULE: ./src/forge/github/repo.ts
var github_repo = __webpack_require__(57091);
;// CONCATENATED MODULE: ./src/onboard/github-access.ts
// How a command on a laptop reaches GitHub: a token from the environment (GITHUB_TOKEN, GH_TOKEN)
// or from the GitHub CLI (`gh auth token`), and the API root (GITHUB_API_URL, for GHES and the
// tests' emulator). The token is never printed.





/** GITHUB_TOKEN or GH_TOKEN, else the GitHub CLI's; `what` says what the token must be able to do. */
async function tokenFrom(env, what = 'a token with admin rights on the repository') {
    const fromEnv = env.GITHUB_TOKEN || env.GH_TOKEN;
    if (fromEnv)
        return fromEnv;
    const gh = await (0,process/* runCommand */.d1)('gh', ['auth', 'token'], {
        cwd: '/',
        env: { PATH: env.PATH ?? '/usr/bin:/bin', HOME: env.HOME ?? '/' },
        timeoutMs: 10_000,
    }).catch(() => null);
    const token = gh?.exitCode === 0 ? gh.stdout.trim() : '';
    if (token === '')
        throw new errors/* UserError */.y(`no GitHub token: set GITHUB_TOKEN (${what}), or log in with the GitHub CLI (gh auth login)`);
    return token;
}
async function githubAccess(repo, env, flag = '--github') {
    const ref = (0,github_repo.parseRepo)(repo, flag);
    const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    const octokit = createLightOctokit({
        token: await tokenFrom(env),
        baseUrl: apiUrl,
        log: quiet,
        retry: retryFromEnv(env),
    });
    return { octokit, repo: ref, apiUrl };
}
const quiet = {
    debug: () => undefined,
    info: () => undefined,
    warn: () => undefined,
    error: () => undefined,
};
/** The retry options LAILATOV_BACKOFF_SCALE asks for. */
function retryFromEnv(env) {
    return (0,retry_policy/* retryAtScale */.yd)((0,retry_policy/* backoffScaleFrom */.H0)(env.LAILATOV_BACKOFF_SCALE));
}


/***/ })

};
