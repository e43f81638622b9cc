export const id = 2325;
export const ids = [2325];
export const modules = {

/***/ 52325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reviewCommand: () => (/* binding */ reviewCommand)
/* harmony export */ });
/* harmony import */ var _stage_command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10694);
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44637);
/* harmony import */ var _stages_pipeline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99250);
/* harmony import */ var _stages_review_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60767);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71604);





const HELP = `Usage: lailatov review --repo DIR --head BRANCH [--base BRANCH] [--issue FILE] [--json]

Risk gate (risk-policy.json from the base branch), tests when the tier requires them, code review
of the diff packed into a token budget, and a spec audit against the acceptance criteria that
triage recorded in the branch's report. Later rounds review only the new commits. Any branch can
be reviewed, not only agent/*: the config, policy and rules come from the base, never from it.
Exit codes: 0 clean, 1 findings or failure, 3 blocked by the risk policy, 2 bad input.
  --pr URL             remote mode: the pull request (its head branch is the branch)
  --head BRANCH        the branch to review (any branch)
${_stage_command_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMON_HELP */ .CX}`;
const reviewCommand = (0,_stage_command_js__WEBPACK_IMPORTED_MODULE_0__/* .stageCommand */ .iP)({ name: 'review', help: HELP, repo: 'the git repository', head: true }, async (values, io) => {
    const { session, head } = await (0,_stage_command_js__WEBPACK_IMPORTED_MODULE_0__/* .sessionOnHead */ .iQ)(values, io, 'the branch to review');
    const base = values.base ?? session.config.baseBranch;
    const state = (await (0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_2__/* .loadState */ .C7)(session.deps, head)) ?? {
        ...(0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_2__/* .initialState */ .ue)(session.issueNumber, base),
        branch: head,
        title: head,
    };
    const r = await (0,_stages_review_js__WEBPACK_IMPORTED_MODULE_3__/* .review */ .NQ)(session.deps, { head, state: { ...state, base } });
    const report = await (0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_2__/* .publishState */ .DF)(session.deps, r.state, `reviewed: ${r.verdict}`);
    const reviewStages = r.state.stages.slice(state.stages.length);
    const result = {
        verdict: r.verdict,
        reasons: r.reasons,
        riskTier: r.risk?.tier ?? null,
        requiredChecks: r.risk?.requiredChecks ?? [],
        tests: r.tests,
        findings: r.state.findings.map(_core_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .toOutcomeFinding */ .Xb),
        audit: r.audit,
        diff: r.packed && {
            included: r.packed.included.length,
            omitted: r.packed.omitted.length,
            tokens: r.packed.tokens,
        },
        costUsd: reviewStages.some((s) => s.costUsd === null)
            ? null
            : reviewStages.reduce((a, s) => a + (s.costUsd ?? 0), 0),
        round: r.state.round,
        report,
    };
    if (values.json)
        (0,_stage_command_js__WEBPACK_IMPORTED_MODULE_0__/* .printJson */ .Q2)(io, result);
    else {
        io.stdout(`Review of ${head}: ${r.verdict}\n${r.reasons.map((x) => `  - ${x}`).join('\n')}\nReport: ${report}\n`);
    }
    if (r.verdict === 'clean')
        return _io_js__WEBPACK_IMPORTED_MODULE_4__/* .ExitCode */ .y.ok;
    return r.verdict === 'blocked' ? _io_js__WEBPACK_IMPORTED_MODULE_4__/* .ExitCode */ .y.blocked : _io_js__WEBPACK_IMPORTED_MODULE_4__/* .ExitCode */ .y.failure;
});


/***/ })

};
