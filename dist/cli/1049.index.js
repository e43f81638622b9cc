export const id = 1049;
export const ids = [1049];
export const modules = {

/***/ 31049:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   triageCommand: () => (/* binding */ triageCommand)
/* harmony export */ });
/* harmony import */ var _stage_command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10694);
/* harmony import */ var _stages_triage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55519);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71604);



const HELP = `Usage: lailatov triage --issue FILE [--repo DIR] [--json]

Decides whether the issue (a Markdown file: '# Title', body, '## Comment by <login>' comments) is
clear enough to build. When it is not, the question is appended to the issue file as a comment;
reply under a new '## Comment by <you>' heading and run triage again.
Exit codes: 0 clear, 1 needs clarification or infrastructure error, 2 bad input.
${_stage_command_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMON_HELP */ .CX}`;
const triageCommand = async (args, io) => {
    const { values } = (0,_stage_command_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCommand */ .RM)(args, _stage_command_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMON_OPTIONS */ .DT, 'triage');
    if (values.help) {
        io.stdout(HELP);
        return _io_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .y.ok;
    }
    const session = await (0,_stage_command_js__WEBPACK_IMPORTED_MODULE_0__.sessionFromFlags)(values, io, { issueRequired: true, gitOptional: true });
    const r = await (0,_stages_triage_js__WEBPACK_IMPORTED_MODULE_1__/* .triage */ .NA)(session.deps, session.issueNumber);
    const { stage } = r;
    const common = {
        costUsd: stage.costUsd,
        tokens: stage.tokens,
        model: stage.model,
        durationMs: stage.durationMs,
    };
    if (values.json) {
        if (!('verdict' in r))
            (0,_stage_command_js__WEBPACK_IMPORTED_MODULE_0__/* .printJson */ .Q2)(io, { outcome: r.outcome, error: r.error, retryHint: r.retryHint, ...common });
        else
            (0,_stage_command_js__WEBPACK_IMPORTED_MODULE_0__/* .printJson */ .Q2)(io, { outcome: r.outcome, ...r.verdict, ...common });
    }
    else if (r.outcome === 'clear') {
        io.stdout(`Clear (confidence ${r.verdict.confidence}). Complexity: ${r.verdict.complexity}.\nAcceptance criteria:\n${r.verdict.acceptanceCriteria.map((c) => `  - ${c}`).join('\n')}\n`);
    }
    else if (r.outcome === 'needs_clarification') {
        io.stdout(`Needs clarification. Asked on the issue: ${r.question}\n`);
    }
    else {
        io.stdout(`Triage stopped (${r.outcome}): ${r.error}\n${r.retryHint}\n`);
    }
    return r.outcome === 'clear' ? _io_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .y.ok : _io_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .y.failure;
};


/***/ })

};
