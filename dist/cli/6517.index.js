export const id = 6517;
export const ids = [6517];
export const modules = {

/***/ 6517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   remediateCommand: () => (/* binding */ remediateCommand)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _stage_command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10694);
/* harmony import */ var _stages_pipeline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99250);
/* harmony import */ var _stages_remediate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69411);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71604);





const HELP = `Usage: lailatov remediate --repo DIR --head BRANCH [--json]

Hands the open blocking and major findings and the test failures of the last review (kept in the
branch's report) to the engine, and commits the fix. Run 'lailatov review' again afterwards.
Exit codes: 0 changed, 1 anything else, 2 bad input.
  --pr URL             remote mode: the pull request (its head branch is the branch)
  --head BRANCH        the branch to fix
${_stage_command_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMON_HELP */ .CX}`;
const remediateCommand = (0,_stage_command_js__WEBPACK_IMPORTED_MODULE_1__/* .stageCommand */ .iP)({ name: 'remediate', help: HELP, repo: 'the git repository', head: true }, async (values, io) => {
    const { session, head } = await (0,_stage_command_js__WEBPACK_IMPORTED_MODULE_1__/* .sessionOnHead */ .iQ)(values, io, 'the branch to fix');
    const state = await (0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_2__/* .loadState */ .C7)(session.deps, head);
    if (!state)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`--head ${head}: no review state found for this branch; run 'lailatov review --head ${head}' first`);
    const r = await (0,_stages_remediate_js__WEBPACK_IMPORTED_MODULE_3__/* .remediate */ .ni)(session.deps, { head, state });
    const report = await (0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_2__/* .publishState */ .DF)(session.deps, r.state, `remediated: ${r.outcome}`);
    const e = r.engine;
    const result = {
        outcome: r.outcome,
        detail: r.detail,
        round: r.state.round,
        commit: r.commit,
        ...(0,_stage_command_js__WEBPACK_IMPORTED_MODULE_1__/* .engineFigures */ .G0)(e),
        report,
    };
    if (values.json)
        (0,_stage_command_js__WEBPACK_IMPORTED_MODULE_1__/* .printJson */ .Q2)(io, result);
    else
        io.stdout(`${r.outcome}: ${r.detail}\nReport: ${report}\n`);
    return r.outcome === 'changed' ? _io_js__WEBPACK_IMPORTED_MODULE_4__/* .ExitCode */ .y.ok : _io_js__WEBPACK_IMPORTED_MODULE_4__/* .ExitCode */ .y.failure;
});


/***/ })

};
