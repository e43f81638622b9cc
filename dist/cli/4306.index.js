export const id = 4306;
export const ids = [4306];
export const modules = {

/***/ 84306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   breakersFromLog: () => (/* binding */ breakersFromLog)
/* harmony export */ });
/* harmony import */ var _core_outcomes_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93970);
/* harmony import */ var _engines_breaker_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65075);
/* harmony import */ var _engines_breaker_history_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97910);
// The circuit breakers of a GitHub run, from the outcome log: a fresh runner remembers nothing,
// but the log on the data branch lists every chain link of this repository's recent runs.



/**
 * The breakers for this run, their memory replayed from the log: this month's shard, and last
 * month's while the cool-down reaches into it. Older failures are not counted (a breaker that
 * opened then has cooled down). An unreadable log is a fresh start: the breaker is an
 * optimisation, never a reason to fail a run.
 */
async function breakersFromLog(o) {
    const now = o.now ?? Date.now;
    const opts = { ...(o.breaker ?? _engines_breaker_history_js__WEBPACK_IMPORTED_MODULE_1__/* .REPO_BREAKER */ .M), now };
    const at = now();
    const files = [
        ...new Set([o.log.pathFor(new Date(at - opts.cooldownMs)), o.log.pathFor(new Date(at))]),
    ];
    const records = [];
    try {
        for (const text of await Promise.all(files.map((f) => o.log.read(f))))
            for (const [i, line] of text.split('\n').entries()) {
                // Only a chain's record has links: the rest is not parsed at all.
                if (!line.includes('"links"'))
                    continue;
                const parsed = (0,_core_outcomes_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseOutcomeLine */ .eR)(line, i + 1);
                const record = parsed.kind === 'record' ? parsed.view.record : undefined;
                if (record !== undefined && record.repo === o.repo)
                    records.push(record);
            }
    }
    catch (e) {
        o.warn?.(`circuit breakers start closed: the outcome log could not be read (${e instanceof Error ? e.message : String(e)})`);
        return new _engines_breaker_js__WEBPACK_IMPORTED_MODULE_2__/* .BreakerRegistry */ .a(opts);
    }
    return new _engines_breaker_js__WEBPACK_IMPORTED_MODULE_2__/* .BreakerRegistry */ .a(opts, (0,_engines_breaker_history_js__WEBPACK_IMPORTED_MODULE_1__/* .breakerMemoryFromRecords */ .W)(records, opts));
}


/***/ })

};
