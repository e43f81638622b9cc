export const id = 8428;
export const ids = [8428];
export const modules = {

/***/ 18428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createOctokit: () => (/* binding */ createOctokit)
/* harmony export */ });
/* unused harmony export maskToken */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46811);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60722);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(86856);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _retry_policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81660);
// The full GitHub client on @actions/github (whose fetch honours proxy variables), and token
// masking. Retries and throttling come from retry-policy.ts, shared with request-client.ts; no
// adapter configures retries itself.







// Where the policy lives; re-exported for the adapters and tests that import them from here.

/**
 * Builds the client. `baseUrl` is taken here, at call time: @actions/github computes its own
 * default from `GITHUB_API_URL` when it is first imported, which is too early for tests and for
 * callers that read inputs first.
 */
function createOctokit(options) {
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(options.token, (0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .clientOptions */ .s1)(options), _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__/* .throttling */ .A);
}
/**
 * Masks the token in the job log, in every form it could be printed in (as is, URL-encoded, the
 * base64 of it and of git's basic credential `x-access-token:<token>`). The caller calls it as soon as it has read the input, before
 * anything can print it; an empty token is refused here so a missing secret is named early.
 */
function maskToken(token, inputName = 'github-token') {
    const trimmed = token.trim();
    if (trimmed === '') {
        throw new UserError(`The \`${inputName}\` input is empty. Pass \`\${{ github.token }}\` or a GitHub App token ` +
            '(actions/create-github-app-token); if it points at a secret, check the secret exists.');
    }
    for (const form of new Set([trimmed, ...secretForms(trimmed)]))
        core.setSecret(form);
    return trimmed;
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


/***/ })

};
