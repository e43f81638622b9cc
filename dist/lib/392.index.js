export const id = 392;
export const ids = [392];
export const modules = {

/***/ 30068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ openPipelineState)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _forge_github_workspace_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31632);
/* harmony import */ var _stages_state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49074);



/** The PR a review or remediation works on, and the pipeline state hidden in its body. */
async function openPipelineState(ctx) {
    const number = ctx.plan.pr;
    if (number === null)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`the ${ctx.plan.stage} stage needs a pull request: set the \`pr-number\` input, or start it from a pull_request or lailatov-${ctx.plan.stage} event`);
    const pull = await ctx.session.forge.pullByNumber(number);
    if (!pull.headRef.startsWith(_forge_github_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .AGENT_BRANCH_PREFIX */ .Qj))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`PR #${number} comes from ${pull.headRef}, not an ${_forge_github_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .AGENT_BRANCH_PREFIX */ .Qj}* branch: LailaTov only works on its own pull requests`);
    const state = (0,_stages_state_js__WEBPACK_IMPORTED_MODULE_2__/* .parseStateMarker */ .Lo)(pull.body);
    if (!state)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`PR #${number} has no LailaTov state marker in its body (was it edited?): re-run the write stage for its issue to restore it`);
    return { pull, state };
}


/***/ }),

/***/ 54392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runRemediate: () => (/* binding */ runRemediate)
/* harmony export */ });
/* harmony import */ var _stages_pipeline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2225);
/* harmony import */ var _stages_remediate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69411);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40645);
/* harmony import */ var _finish_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92298);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88302);
/* harmony import */ var _pr_marker_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(32477);
/* harmony import */ var _pr_state_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(30068);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(74208);
// Remediate on GitHub: one round of fixes pushed to the agent branch, then back to review; a
// round that cannot make progress escalates.








async function runRemediate(ctx) {
    const { deps, forge } = ctx.session;
    const { pull, state: start } = await (0,_pr_state_js__WEBPACK_IMPORTED_MODULE_5__/* .openPipelineState */ .Q)(ctx);
    const issue = start.issue;
    Object.assign(ctx.recovery, {
        issue,
        pr: pull.number,
        headSha: pull.headSha,
        branch: pull.headRef,
        correlationId: start.correlationId,
        stages: start.stages,
        round: start.round,
    });
    const m = await (0,_stages_remediate_js__WEBPACK_IMPORTED_MODULE_1__/* .remediate */ .n)(deps, { head: pull.headRef, state: start });
    const state = m.state;
    ctx.recovery.stages = state.stages;
    const open = state.findings.filter((f) => f.status === 'open').length;
    const base = {
        issue,
        correlationId: state.correlationId,
        stages: state.stages,
        before: start.stages,
        round: state.round,
    };
    const progress = new _progress_js__WEBPACK_IMPORTED_MODULE_4__/* .IssueProgress */ .D(ctx.octokit, ctx.runner.repo, forge, issue, ctx.runner.runUrl);
    // Keep the GitHub marker in the body; the progress comment is edited by id when it is known.
    const marker = (0,_pr_marker_js__WEBPACK_IMPORTED_MODULE_7__/* .parseMarker */ .gY)(pull.body);
    if (marker)
        forge.setPullBodySuffix((0,_pr_marker_js__WEBPACK_IMPORTED_MODULE_7__/* .renderMarker */ .Bd)(marker));
    if (m.outcome === 'changed') {
        const prUrl = await (0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .publishState */ .DF)(deps, state, `remediation round ${state.round} pushed; waiting for review`);
        // No progress edit here: the review this dispatches edits the comment a moment later.
        await (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .chain */ .c)(ctx, 'review', {
            issue,
            pr: pull.number,
            round: state.round,
            correlationId: state.correlationId,
        });
        return (0,_report_js__WEBPACK_IMPORTED_MODULE_6__/* .report */ .z)(base, {
            pr: pull.number,
            prUrl,
            branch: pull.headRef,
            findings: open,
            outcome: 'remediated',
            why: `${m.detail}. Review was dispatched.`,
        });
    }
    const outcome = m.outcome === 'budget_exceeded' || m.outcome === 'infra_error' ? m.outcome : 'escalated';
    const summary = outcome === 'infra_error'
        ? `Remediation failed: ${m.detail}`
        : (0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .escalationSummary */ .gV)(m.detail, state, null);
    const prUrl = await (0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .publishState */ .DF)(deps, state, `stopped: ${outcome}`, `## Outcome: ${outcome}\n\n${summary}`);
    if (marker?.stickyId != null)
        await progress.publish({
            step: 'remediate',
            outcome,
            note: summary.split('\n')[0] ?? '',
            round: state.round,
            stages: state.stages,
            prUrl,
        }, {
            v: 1,
            correlationId: state.correlationId,
            verdict: marker.verdict,
            stages: state.stages,
            requestedBy: marker.requestedBy,
            pr: pull.number,
            prUrl,
        }, marker.stickyId);
    await (0,_finish_js__WEBPACK_IMPORTED_MODULE_3__/* .finishPipeline */ .or)(ctx, {
        outcome,
        summary,
        issue,
        correlationId: state.correlationId,
        stages: state.stages,
        pr: pull.number,
        branch: pull.headRef,
        headSha: m.commit ?? pull.headSha,
        riskTier: null,
        checks: state.checks,
        changedFiles: await forge.changedFiles(state.base, pull.headRef),
        findings: state.findings,
        round: state.round,
    });
    return (0,_report_js__WEBPACK_IMPORTED_MODULE_6__/* .report */ .z)(base, {
        pr: pull.number,
        prUrl,
        branch: pull.headRef,
        findings: open,
        outcome,
        why: summary,
        failure: outcome === 'infra_error' ? summary : null,
    });
}


/***/ })

};
