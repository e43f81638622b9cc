"use strict";
exports.id = 177;
exports.ids = [177];
exports.modules = {

/***/ 65177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createFallbackChain: () => (/* binding */ createFallbackChain)
/* harmony export */ });
/* harmony import */ var _infra_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20945);


function linkKey(link) {
    return `${link.engine.name}:${link.provider ?? link.engine.name}`;
}
function describe(link) {
    return `${link.engine.name}/${link.model}`;
}
/**
 * An Engine that runs the links in order and moves to the next one only on an infrastructure
 * failure. Refused, max_turns, budget_exceeded, no_changes and completed are answers about the
 * task itself: another engine would not change them, so they end the chain.
 */
function createFallbackChain(links, opts = {}) {
    if (links.length === 0)
        throw new RangeError('createFallbackChain: at least one link is needed');
    const name = `fallback(${links.map((l) => l.engine.name).join(',')})`;
    async function run(task, signal) {
        const attempts = [];
        let last;
        let lastIndex = 0;
        for (const [i, link] of links.entries()) {
            if (signal?.aborted)
                break;
            const breaker = opts.breaker?.get(linkKey(link));
            if (breaker && !breaker.tryAcquire()) {
                attempts.push({
                    engine: link.engine.name,
                    model: link.model,
                    reason: `skipped: breaker ${linkKey(link)} is ${breaker.state()} (retry in ${breaker.retryAfterMs()} ms)`,
                });
                continue;
            }
            let result;
            try {
                result = await link.engine.run({ ...task, model: link.model }, signal);
            }
            catch (e) {
                // A throw is a bug or a user error (e.g. CLI not installed): never hide it behind a
                // fallback, but do not leave a half-open trial dangling either.
                breaker?.onFailure();
                throw e;
            }
            last = result;
            lastIndex = i + 1;
            if (!(0,_infra_js__WEBPACK_IMPORTED_MODULE_0__/* .isInfraFailure */ .zt)(result) || signal?.aborted) {
                breaker?.onSuccess();
                return finish(result, lastIndex, attempts, links.length);
            }
            breaker?.onFailure();
            attempts.push({
                engine: link.engine.name,
                model: link.model,
                reason: result.detail ?? result.outcome,
            });
        }
        const base = last ?? {
            outcome: 'error',
            finalMessage: '',
            changedFiles: [],
            turns: 0,
            durationMs: 0,
            tokens: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
            costUsd: 0,
            engine: name,
            model: task.model,
            provider: 'none',
            transcriptPath: null,
            detail: signal?.aborted
                ? 'cancelled before any link ran'
                : `${_infra_js__WEBPACK_IMPORTED_MODULE_0__/* .INFRA_PREFIX */ ._$}every link was skipped`,
        };
        // Every link failed: report the last failure, with every attempt (the last one included).
        return finish(base, lastIndex, attempts, links.length, true);
    }
    function finish(result, link, attempts, total, exhausted = false) {
        const history = attempts.map((a) => `${a.engine}/${a.model}: ${a.reason}`).join('; ');
        const where = link === 0
            ? 'no link ran'
            : `link ${link}/${total} (${describe(links[link - 1])})`;
        const summary = exhausted
            ? `all links failed; last: ${where}`
            : attempts.length > 0
                ? `${result.outcome} on ${where} after: ${history}`
                : undefined;
        const detail = [result.detail, summary].filter((s) => s !== undefined && s !== '').join(' | ');
        return {
            ...result,
            ...(detail !== '' ? { detail } : {}),
            attempts,
            link,
            breakers: opts.breaker?.states() ?? {},
        };
    }
    return { name, run };
}


/***/ }),

/***/ 20945:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JC: () => (/* binding */ infraFailure),
/* harmony export */   _$: () => (/* binding */ INFRA_PREFIX),
/* harmony export */   zs: () => (/* binding */ isInfraStatus),
/* harmony export */   zt: () => (/* binding */ isInfraFailure)
/* harmony export */ });
/**
 * How an engine says "this failed because of infrastructure, not because of the task", so a
 * fallback chain moves on to the next engine: an `error` or `timeout` result whose detail starts
 * with this prefix. It covers 5xx, 529 (overloaded), 429 after the client's own retries, the
 * wall clock running out, a crash, or a non-zero exit without a result. A caller's cancel, a bad
 * key or a bad request is not infrastructure: another provider would not fix it.
 */
const INFRA_PREFIX = 'infra: ';
/** Marks a failed result as an infrastructure failure. */
function infraFailure(result, reason) {
    return { ...result, outcome: 'error', detail: `${INFRA_PREFIX}${reason}` };
}
function isInfraFailure(result) {
    return ((result.outcome === 'error' || result.outcome === 'timeout') &&
        (result.detail ?? '').startsWith(INFRA_PREFIX));
}
/** HTTP statuses from a provider that are worth another attempt or another provider. */
function isInfraStatus(status) {
    return status === undefined || status === 408 || status === 429 || status >= 500;
}


/***/ })

};
;