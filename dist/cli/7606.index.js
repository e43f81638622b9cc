export const id = 7606;
export const ids = [7606];
export const modules = {

/***/ 17606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeCommand: () => (/* binding */ writeCommand)
/* harmony export */ });
/* harmony import */ var _stage_command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10694);
/* harmony import */ var _stages_pipeline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99250);
/* harmony import */ var _stages_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93608);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71604);




const HELP = `Usage: lailatov write --issue FILE --repo DIR [--engine A,B,...] [--model M] [--json]

Writes the code for the issue on the branch agent/issue-<n>-<slug> (reused when it exists),
commits it, runs the tests and writes the draft PR report. No change is a failure (no_changes).
Exit codes: 0 written, 1 anything else, 2 bad input.
${_stage_command_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMON_HELP */ .CX}`;
const writeCommand = (0,_stage_command_js__WEBPACK_IMPORTED_MODULE_0__/* .stageCommand */ .iP)({ name: 'write', help: HELP, repo: 'the git repository to work in' }, async (values, io) => {
    const session = await (0,_stage_command_js__WEBPACK_IMPORTED_MODULE_0__.sessionFromFlags)(values, io, { issueRequired: true });
    const issue = await session.forge.readIssue(session.issueNumber);
    // Run alone, write has no triage verdict: the engine derives the criteria from the issue.
    const verdict = {
        clear: true,
        confidence: 1,
        question: null,
        defaultAssumption: null,
        why: 'write run directly',
        acceptanceCriteria: [],
        complexity: 'standard',
    };
    const r = await (0,_stages_write_js__WEBPACK_IMPORTED_MODULE_2__/* .write */ .M9)(session.deps, {
        issue,
        verdict,
        state: (0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_1__/* .initialState */ .ue)(issue.number, session.config.baseBranch),
    });
    const e = r.engine;
    const result = {
        outcome: r.outcome,
        detail: r.detail,
        branch: r.branch,
        commits: r.commits,
        changedFiles: r.changedFiles,
        ...(0,_stage_command_js__WEBPACK_IMPORTED_MODULE_0__/* .engineFigures */ .G0)(e),
        engine: e?.engine ?? null,
        model: e?.model ?? null,
        engineOutcome: e?.outcome ?? null,
        tests: r.tests,
        report: r.pr?.url ?? null,
    };
    if (values.json)
        (0,_stage_command_js__WEBPACK_IMPORTED_MODULE_0__/* .printJson */ .Q2)(io, result);
    else {
        io.stdout(`${r.outcome}: ${r.detail}\nBranch: ${r.branch}\n`);
        if (r.pr)
            io.stdout(`Report: ${r.pr.url}\n`);
        if (r.tests)
            io.stdout(`Tests: ${r.tests.status} (${r.tests.note})\n`);
    }
    if (r.outcome !== 'written')
        io.stderr(`lailatov write: ${r.outcome}: ${r.detail}\n`);
    return r.outcome === 'written' ? _io_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .y.ok : _io_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .y.failure;
});


/***/ })

};
