"use strict";
exports.id = 392;
exports.ids = [392];
exports.modules = {

/***/ 46150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qv: () => (/* binding */ openPipelineState),
  z$: () => (/* binding */ publishPrProgress),
  g5: () => (/* binding */ terminalOf)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/forge/github/workspace.ts + 2 modules
var workspace = __webpack_require__(31632);
// EXTERNAL MODULE: ./src/stages/state.ts
var state = __webpack_require__(49074);
// EXTERNAL MODULE: ./src/action/dispatch-claim.ts
var dispatch_claim = __webpack_require__(13439);
// EXTERNAL MODULE: ./src/action/progress.ts + 1 modules
var action_progress = __webpack_require__(88302);
;// CONCATENATED MODULE: ./src/action/stale.ts
// A run started for a PR head (a human push, or a stage-chaining dispatch) may begin after the
// branch moved on (another push, a remediation) or after a newer round ran. Acting then would
// review or fix code that is no longer there, and race the run started for the new head; so the
// run is skipped, with a notice, before it changes anything. Pure.
/** Why the run is stale, for the summary; null when it is current. */
function staleReason(startedFor, now) {
    if (startedFor === null)
        return null;
    const short = (sha) => sha.slice(0, 12);
    if (startedFor.headSha !== now.headSha)
        return `stale: this run was started for ${short(startedFor.headSha)}, but PR #${now.pr} has moved on to ${short(now.headSha)}; the run started for that head does the work.`;
    if (startedFor.round !== null && now.round > startedFor.round)
        return `stale: this run was started for round ${startedFor.round}, but PR #${now.pr} is at round ${now.round} already.`;
    return null;
}

;// CONCATENATED MODULE: ./src/action/stages/pr-state.ts
// What review and remediate share: the agent PR and the pipeline state in its body (a run that
// is no longer current stops here, before it changes anything), the progress comment edited by
// the id the PR marker keeps, and the terminal record.






/** The PR a review or remediation works on and its state, or why this run has nothing to do. */
async function openPipelineState(ctx) {
    const number = ctx.plan.pr;
    if (number === null)
        throw new errors/* UserError */.y(`the ${ctx.plan.stage} stage needs a pull request: set the \`pr-number\` input, or start it from a pull_request or lailatov-${ctx.plan.stage} event`);
    const { forge } = ctx.session;
    const read = await forge.pullByNumber(number);
    if (!read.headRef.startsWith(workspace/* AGENT_BRANCH_PREFIX */.Qj))
        throw new errors/* UserError */.y(`PR #${number} comes from ${read.headRef}, not an ${workspace/* AGENT_BRANCH_PREFIX */.Qj}* branch: LailaTov only works on its own pull requests`);
    if (!read.open)
        return { skipped: `PR #${number} is closed: there is nothing to do on it.` };
    const start = (0,state/* parseStateMarker */.Lo)(read.body);
    if (!start)
        throw new errors/* UserError */.y(`PR #${number} has no LailaTov state marker in its body (was it edited?): re-run the write stage for its issue to restore it`);
    const headSha = await forge.resolveRef(read.headRef);
    const stale = staleReason(ctx.plan.startedFor, { pr: number, headSha, round: start.round });
    if (stale !== null)
        return { skipped: stale };
    // A bot's dispatch runs only for the nonce the previous stage wrote, once.
    const pull = await (0,dispatch_claim/* claimPullDispatch */.I)(ctx, read);
    if ('skipped' in pull)
        return pull;
    Object.assign(ctx.recovery, {
        issue: start.issue,
        pr: pull.number,
        headSha,
        branch: pull.headRef,
        correlationId: start.correlationId,
        stages: start.stages,
        round: start.round,
    });
    const progress = new action_progress/* IssueProgress */.D(ctx.octokit, ctx.runner.repo, forge, start.issue, ctx.runner.runUrl);
    return { pull, headSha, start, progress };
}
/** Edits the issue's progress comment by the id the PR marker keeps (none known: no edit). */
async function publishPrProgress(run, marker, view) {
    const stickyId = marker?.stickyId ?? null;
    if (marker === null || stickyId === null)
        return;
    const { state, prUrl } = view;
    await run.progress.publish({
        step: view.step,
        outcome: view.outcome,
        note: view.note,
        round: state.round,
        stages: state.stages,
        prUrl,
    }, {
        v: 1,
        correlationId: state.correlationId,
        verdict: marker.verdict,
        stages: state.stages,
        requestedBy: marker.requestedBy,
        pr: run.pull.number,
        prUrl,
    }, stickyId);
}
/** The terminal record of a PR stage: what the state says, plus the files changed on the PR. */
async function terminalOf(ctx, run, state, t) {
    return {
        ...t,
        issue: state.issue,
        correlationId: state.correlationId,
        stages: state.stages,
        pr: run.pull.number,
        branch: run.pull.headRef,
        checks: state.checks,
        changedFiles: await ctx.session.forge.changedFiles(state.base, run.pull.headRef),
        findings: state.findings,
        round: state.round,
    };
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
/* harmony import */ var _dispatch_nonce_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(87500);
/* harmony import */ var _pr_marker_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(32477);
/* harmony import */ var _pr_state_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(46150);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(74208);
// Remediate on GitHub: one round of fixes pushed to the agent branch, then back to review; a
// round that cannot make progress escalates.








async function runRemediate(ctx) {
    const opened = await (0,_pr_state_js__WEBPACK_IMPORTED_MODULE_6__/* .openPipelineState */ .Qv)(ctx);
    if ('skipped' in opened)
        return opened;
    const { pull, start } = opened;
    const { deps } = ctx.session;
    const m = await (0,_stages_remediate_js__WEBPACK_IMPORTED_MODULE_1__/* .remediate */ .n)(deps, { head: pull.headRef, state: start });
    const state = m.state;
    ctx.recovery.stages = state.stages;
    const open = state.findings.filter((f) => f.status === 'open').length;
    const base = {
        issue: start.issue,
        correlationId: state.correlationId,
        stages: state.stages,
        before: start.stages,
        round: state.round,
    };
    const shared = { pr: pull.number, branch: pull.headRef, findings: open };
    // Keep the GitHub marker in the body; the progress comment is edited by id when it is known.
    // The review this run dispatches runs only for the new nonce kept there.
    const marker = (0,_pr_marker_js__WEBPACK_IMPORTED_MODULE_5__/* .parseMarker */ .gY)(pull.body) ?? {
        v: 1,
        stickyId: null,
        requestedBy: null,
        verdict: null,
        reviewed: [],
        inBody: [],
    };
    const changed = m.outcome === 'changed' && m.commit !== null;
    const dispatch = changed ? (0,_dispatch_nonce_js__WEBPACK_IMPORTED_MODULE_4__/* .issueNonce */ .v8)(marker.dispatch, 'review') : (marker.dispatch ?? null);
    ctx.session.forge.setPullBodySuffix((0,_pr_marker_js__WEBPACK_IMPORTED_MODULE_5__/* .renderMarker */ .Bd)({ ...marker, dispatch }));
    if (changed && m.commit !== null) {
        const prUrl = await (0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .publishState */ .DF)(deps, state, `remediation round ${state.round} pushed; waiting for review`);
        // No progress edit here: the review this dispatches edits the comment a moment later.
        await (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .chain */ .c)(ctx, 'review', {
            issue: start.issue,
            pr: pull.number,
            round: state.round,
            correlationId: state.correlationId,
            headSha: m.commit,
            nonce: dispatch?.pending?.nonce ?? null,
        });
        return (0,_report_js__WEBPACK_IMPORTED_MODULE_7__/* .report */ .z)(base, {
            ...shared,
            prUrl,
            outcome: 'remediated',
            why: `${m.detail}. Review was dispatched.`,
        });
    }
    const outcome = m.outcome === 'budget_exceeded' || m.outcome === 'infra_error' ? m.outcome : 'escalated';
    const summary = outcome === 'infra_error'
        ? `Remediation failed: ${m.detail}`
        : (0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .escalationSummary */ .gV)(m.detail, state, null);
    const prUrl = await (0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .publishState */ .DF)(deps, state, `stopped: ${outcome}`, `## Outcome: ${outcome}\n\n${summary}`);
    await (0,_pr_state_js__WEBPACK_IMPORTED_MODULE_6__/* .publishPrProgress */ .z$)(opened, marker, {
        step: 'remediate',
        outcome,
        note: summary.split('\n')[0] ?? '',
        state,
        prUrl,
    });
    await (0,_finish_js__WEBPACK_IMPORTED_MODULE_3__/* .finishPipeline */ .or)(ctx, await (0,_pr_state_js__WEBPACK_IMPORTED_MODULE_6__/* .terminalOf */ .g5)(ctx, opened, state, {
        outcome,
        summary,
        headSha: m.commit ?? opened.headSha,
        riskTier: null,
    }));
    return (0,_report_js__WEBPACK_IMPORTED_MODULE_7__/* .report */ .z)(base, {
        ...shared,
        prUrl,
        outcome,
        why: summary,
        failure: outcome === 'infra_error' ? summary : null,
    });
}


/***/ })

};
;