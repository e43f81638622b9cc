export const id = 7948;
export const ids = [7948];
export const modules = {

/***/ 57948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCommand: () => (/* binding */ runCommand)
/* harmony export */ });
/* harmony import */ var _stage_command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10694);
/* harmony import */ var _local_session_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60224);
/* harmony import */ var _stages_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93608);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71604);




const HELP = `Usage: lailatov run --issue FILE --repo DIR [--json]
       lailatov run --issue https://github.com/OWNER/REPO/issues/N [--repo CLONE]

The whole pipeline on a local repository: triage, write, review, remediate (up to the maximum
rounds), then one outcome: ready, escalated, needs_clarification, blocked, no_changes,
budget_exceeded or infra_error. The outcome record is appended to the log; the "PR" is the agent
branch plus a Markdown report next to the log.
Exit codes: 0 ready, 3 blocked, 1 any other outcome, 2 bad input.
${_stage_command_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMON_HELP */ .CX}`;
const runCommand = (0,_stage_command_js__WEBPACK_IMPORTED_MODULE_0__/* .stageCommand */ .iP)({ name: 'run', help: HELP, repo: 'the git repository to work in' }, async (values, io) => {
    const session = await (0,_stage_command_js__WEBPACK_IMPORTED_MODULE_0__.sessionFromFlags)(values, io, { issueRequired: true });
    await (0,_stages_write_js__WEBPACK_IMPORTED_MODULE_2__/* .checkWriteInputs */ .$4)(session.deps); // a mistake in write's input costs no triage call
    const r = await (0,_local_session_js__WEBPACK_IMPORTED_MODULE_1__/* .runSessionPipeline */ .cb)(session);
    if (values.json)
        (0,_stage_command_js__WEBPACK_IMPORTED_MODULE_0__/* .printJson */ .Q2)(io, r.record);
    else {
        const cost = r.record.totals.costUsd;
        io.stdout(`Outcome: ${r.outcome}\n${r.summary}\n\nBranch: ${r.record.branch ?? '(none)'}\n` +
            `Report: ${r.prUrl ?? '(none)'}\nLog: ${session.logPath}\n` +
            `Cost: ${cost === null ? 'unknown' : `$${cost.toFixed(4)}`} over ${r.record.stages.length} stage run(s)\n`);
    }
    if (r.outcome === 'ready')
        return _io_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .y.ok;
    return r.outcome === 'blocked' ? _io_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .y.blocked : _io_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .y.failure;
});


/***/ })

};
