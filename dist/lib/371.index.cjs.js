"use strict";
exports.id = 371;
exports.ids = [371];
exports.modules = {

/***/ 88371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runWrite: () => (/* binding */ runWrite)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _forge_github_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70656);
/* harmony import */ var _forge_github_repo_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57091);
/* harmony import */ var _stages_context_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(92088);
/* harmony import */ var _stages_pipeline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2225);
/* harmony import */ var _stages_write_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(93608);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40645);
/* harmony import */ var _dispatch_claim_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(13439);
/* harmony import */ var _dispatch_nonce_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(87500);
/* harmony import */ var _finish_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(92298);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(88302);
/* harmony import */ var _pr_marker_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(32477);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(74208);
// Write on GitHub: the agent branch in the runner's checkout, the push, the draft PR, and the
// dispatch to review. The triage verdict comes from the issue's progress comment.













/** The verdict a run without triage works from: an agent-task, or write started by hand. */
function untriaged(task) {
    return {
        clear: true,
        confidence: 0,
        question: null,
        defaultAssumption: null,
        why: task
            ? `dispatched as agent-task${task.source ? ` from ${task.source}` : ''}`
            : 'not triaged',
        acceptanceCriteria: [],
        complexity: task?.complexity === 'high' ? 'high' : 'standard',
    };
}
/** An agent-task with no GitHub issue (the ClickUp relay) gets one, so the work has a home. */
async function issueForTask(ctx, task) {
    try {
        const { data } = await ctx.octokit.rest.issues.create({
            owner: ctx.runner.repo.owner,
            repo: ctx.runner.repo.repo,
            title: task.title,
            body: `${task.description}\n\n_Opened by LailaTov from an agent-task dispatch${task.clickupTaskId ? ` (ClickUp ${task.clickupTaskId})` : ''}._`,
        });
        return data.number;
    }
    catch (error) {
        throw (0,_forge_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .wrapApiError */ .N9)(error, {
            repo: (0,_forge_github_repo_js__WEBPACK_IMPORTED_MODULE_2__/* .fullName */ .fq)(ctx.runner.repo),
            doing: 'opening an issue for the agent-task',
        });
    }
}
async function runWrite(ctx) {
    const { deps, forge, config } = ctx.session;
    const issueNumber = ctx.plan.issue ?? (ctx.plan.task ? await issueForTask(ctx, ctx.plan.task) : null);
    if (issueNumber === null)
        throw new Error('write needs an issue number');
    const progress = new _progress_js__WEBPACK_IMPORTED_MODULE_9__/* .IssueProgress */ .D(ctx.octokit, ctx.runner.repo, forge, issueNumber, ctx.runner.runUrl);
    // A bot's dispatch runs only for the nonce triage wrote, once: before anything is paid for.
    const refused = await (0,_dispatch_claim_js__WEBPACK_IMPORTED_MODULE_6__/* .claimIssueDispatch */ .K)(ctx, progress);
    if (refused !== null)
        return refused;
    const [issue, prior] = await Promise.all([forge.readIssue(issueNumber), progress.state()]);
    const branch = (0,_stages_context_js__WEBPACK_IMPORTED_MODULE_12__/* .agentBranch */ .K1)(issue);
    const correlationId = prior?.correlationId ?? ctx.plan.correlationId ?? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
    // A re-run continues the state of the PR it already opened: one branch, one PR.
    const existing = await (0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_3__/* .loadState */ .C7)(deps, branch);
    const start = existing ?? {
        ...(0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_3__/* .initialState */ .ue)(issueNumber, config.baseBranch),
        correlationId,
        acceptanceCriteria: prior?.verdict?.acceptanceCriteria ?? [],
        stages: prior?.stages ?? [],
    };
    const before = start.stages;
    // The PR carries where the progress comment is and who asked, for the later stages.
    const stickyId = await progress.stickyId();
    const kept = (0,_pr_marker_js__WEBPACK_IMPORTED_MODULE_10__/* .parseMarker */ .gY)((await forge.pull(branch))?.body ?? '');
    // The review this run dispatches runs only for this nonce.
    const next = (0,_dispatch_nonce_js__WEBPACK_IMPORTED_MODULE_7__/* .issueNonce */ .v8)(kept?.dispatch, 'review');
    forge.setPullBodySuffix((0,_pr_marker_js__WEBPACK_IMPORTED_MODULE_10__/* .renderMarker */ .Bd)({
        v: 1,
        stickyId,
        requestedBy: prior?.requestedBy ?? kept?.requestedBy ?? null,
        verdict: prior?.verdict ?? kept?.verdict ?? null,
        reviewed: kept?.reviewed ?? [],
        inBody: kept?.inBody ?? [],
        dispatch: next,
    }));
    Object.assign(ctx.recovery, {
        issue: issueNumber,
        correlationId: start.correlationId,
        stages: before,
        branch,
    });
    const w = await (0,_stages_write_js__WEBPACK_IMPORTED_MODULE_4__/* .write */ .M9)(deps, {
        issue,
        verdict: prior?.verdict ?? untriaged(ctx.plan.task),
        state: start,
    });
    const state = w.state;
    ctx.recovery.stages = state.stages;
    const base = {
        issue: issueNumber,
        correlationId: state.correlationId,
        stages: state.stages,
        before,
        round: state.round,
    };
    const issueState = {
        v: 1,
        correlationId: state.correlationId,
        verdict: prior?.verdict ?? null,
        stages: prior?.stages ?? [],
        requestedBy: prior?.requestedBy ?? null,
        pr: w.pr?.number ?? prior?.pr ?? null,
        prUrl: w.pr?.url ?? prior?.prUrl ?? null,
        // Write has ended: triage may dispatch another one later (a write with no PR to show).
        dispatch: prior?.dispatch ?? null,
        writing: null,
    };
    const shared = {
        pr: w.pr?.number ?? null,
        prUrl: w.pr?.url ?? null,
        branch,
        details: [`Commits: ${w.commits.length}; files changed: ${w.changedFiles.length}.`],
    };
    if (w.outcome === 'written' && w.pr?.number) {
        await progress.publish({
            step: 'review',
            outcome: null,
            note: `draft PR opened (${w.detail}); reviewing.`,
            round: 0,
            stages: state.stages,
            prUrl: w.pr.url,
        }, issueState);
        await (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .chain */ .c)(ctx, 'review', {
            issue: issueNumber,
            pr: w.pr.number,
            round: state.round,
            correlationId: state.correlationId,
            // The checkout's HEAD is what was pushed (after a rebase, if the push needed one).
            headSha: await ctx.session.workspace.headSha(),
            nonce: next.pending?.nonce ?? null,
        });
        return (0,_report_js__WEBPACK_IMPORTED_MODULE_11__/* .report */ .z)(base, {
            ...shared,
            outcome: 'pr_opened',
            why: `Draft PR opened: ${w.detail}. Review was dispatched.`,
        });
    }
    const outcome = w.outcome === 'written' ? 'infra_error' : w.outcome;
    await progress.publish({ step: 'write', outcome, note: w.detail, round: 0, stages: state.stages, prUrl: shared.prUrl }, issueState);
    await (0,_finish_js__WEBPACK_IMPORTED_MODULE_8__/* .finishPipeline */ .or)(ctx, {
        outcome,
        summary: `Write stopped: ${w.detail}`,
        issue: issueNumber,
        correlationId: state.correlationId,
        stages: state.stages,
        pr: shared.pr,
        branch,
        headSha: w.commits.at(-1)?.sha ?? null,
        riskTier: null,
        checks: state.checks,
        changedFiles: w.changedFiles,
        findings: state.findings,
        round: state.round,
    });
    return (0,_report_js__WEBPACK_IMPORTED_MODULE_11__/* .report */ .z)(base, {
        ...shared,
        outcome,
        why: `Write stopped (${outcome}): ${w.detail}`,
        failure: outcome === 'budget_exceeded' ? null : `write ended with ${outcome}: ${w.detail}`,
    });
}


/***/ })

};
;