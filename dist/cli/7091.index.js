export const id = 7091;
export const ids = [7091];
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


/***/ })

};
