"use strict";
exports.id = 122;
exports.ids = [122];
exports.modules = {

/***/ 16122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runTriage: () => (/* binding */ runTriage)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _forge_github_labels_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87716);
/* harmony import */ var _github_events_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79604);
/* harmony import */ var _stages_triage_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55519);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40645);
/* harmony import */ var _finish_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(92298);
/* harmony import */ var _dispatch_nonce_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(87500);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(88302);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(74208);
// Triage on GitHub: the stage's verdict, the progress comment, and the dispatch to write.









/**
 * Why write must not be dispatched again for this issue (null: it may): a write already
 * dispatched that has not ended, or an open agent PR. A re-run of triage (a second label, a
 * re-run job) would otherwise pay for a second write of the same issue.
 */
async function writeUnderway(ctx, prior) {
    const again = 'it is not started twice. To start it again by hand, run the workflow with stage `write`.';
    if (prior?.dispatch?.pending?.stage === 'write')
        return `a write for this issue was already dispatched; ${again}`;
    if (prior?.writing)
        return `a write for this issue is under way (run ${prior.writing}); ${again}`;
    if (prior?.pr != null) {
        const pull = await ctx.session.forge.pullByNumber(prior.pr);
        if (pull.open)
            return `PR #${pull.number} is already open for this issue; write is not started twice.`;
    }
    return null;
}
async function runTriage(ctx) {
    const issue = ctx.plan.issue;
    if (issue === null)
        throw new Error('triage needs an issue number');
    const { deps, forge, config } = ctx.session;
    const progress = new _progress_js__WEBPACK_IMPORTED_MODULE_7__/* .IssueProgress */ .D(ctx.octokit, ctx.runner.repo, forge, issue, ctx.runner.runUrl);
    const prior = await progress.state();
    const correlationId = prior?.correlationId ?? ctx.plan.correlationId ?? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
    const before = prior?.stages ?? [];
    Object.assign(ctx.recovery, { issue, correlationId, stages: before });
    await forge.addLabels(issue, [_forge_github_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .LABELS */ .kg.working.name]);
    const t = await (0,_stages_triage_js__WEBPACK_IMPORTED_MODULE_3__/* .triage */ .NA)(deps, issue);
    const stages = [...before, t.stage];
    ctx.recovery.stages = stages;
    const requestedBy = prior?.requestedBy ?? ((0,_github_events_js__WEBPACK_IMPORTED_MODULE_2__/* .isBot */ .w2)(ctx.plan.sender) ? null : ctx.plan.sender.login);
    const state = {
        v: 1,
        correlationId,
        verdict: 'verdict' in t ? t.verdict : (prior?.verdict ?? null),
        stages,
        requestedBy,
        pr: prior?.pr ?? null,
        prUrl: prior?.prUrl ?? null,
        dispatch: prior?.dispatch ?? null,
        writing: prior?.writing ?? null,
    };
    const base = { issue, correlationId, stages, before, round: 0 };
    if (t.outcome === 'clear') {
        const underway = await writeUnderway(ctx, prior);
        if (underway !== null) {
            await progress.publish({
                step: 'write',
                outcome: null,
                note: `triage found the issue clear; ${underway}`,
                round: 0,
                stages,
                prUrl: state.prUrl,
            }, state);
            return (0,_report_js__WEBPACK_IMPORTED_MODULE_8__/* .report */ .z)(base, {
                outcome: 'clear',
                why: `Clear (confidence ${t.verdict.confidence}), but no write was dispatched: ${underway}`,
            });
        }
        const dispatch = (0,_dispatch_nonce_js__WEBPACK_IMPORTED_MODULE_6__/* .issueNonce */ .v8)(prior?.dispatch, 'write');
        await progress.publish({
            step: 'write',
            outcome: null,
            note: 'triage found the issue clear; writing the change.',
            round: 0,
            stages,
            prUrl: state.prUrl,
        }, { ...state, dispatch });
        await (0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .chain */ .c)(ctx, 'write', {
            issue,
            pr: null,
            round: 0,
            correlationId,
            headSha: null,
            nonce: dispatch.pending?.nonce ?? null,
        });
        return (0,_report_js__WEBPACK_IMPORTED_MODULE_8__/* .report */ .z)(base, {
            outcome: 'clear',
            why: `Clear (confidence ${t.verdict.confidence}). ${t.verdict.acceptanceCriteria.length} acceptance criteria; the write stage was dispatched.`,
            details: t.verdict.acceptanceCriteria.map((c) => `- ${c}`),
        });
    }
    const terminal = {
        issue,
        correlationId,
        stages,
        pr: null,
        branch: null,
        headSha: null,
        riskTier: null,
        checks: {},
        changedFiles: [],
        findings: [],
        round: 0,
    };
    if (t.outcome === 'needs_clarification') {
        await progress.publish({
            step: 'triage',
            outcome: 'needs_clarification',
            note: `waiting for an answer: ${t.question}`,
            round: 0,
            stages,
            prUrl: null,
        }, state);
        await (0,_finish_js__WEBPACK_IMPORTED_MODULE_5__/* .finishPipeline */ .or)(ctx, { ...terminal, outcome: 'needs_clarification', summary: t.question });
        return (0,_report_js__WEBPACK_IMPORTED_MODULE_8__/* .report */ .z)(base, {
            outcome: 'needs_clarification',
            why: `Asked on the issue: ${t.question}. A reply from the author or a writer re-runs triage (label \`${config.labels.needsClarification}\`).`,
        });
    }
    await progress.publish({
        step: 'triage',
        outcome: t.outcome,
        note: `${t.error}. ${t.retryHint}`,
        round: 0,
        stages,
        prUrl: null,
    }, state);
    await (0,_finish_js__WEBPACK_IMPORTED_MODULE_5__/* .finishPipeline */ .or)(ctx, { ...terminal, outcome: t.outcome, summary: t.error });
    return (0,_report_js__WEBPACK_IMPORTED_MODULE_8__/* .report */ .z)(base, {
        outcome: t.outcome,
        why: `Triage stopped (${t.outcome}): ${t.error}. ${t.retryHint}`,
        failure: `triage ended with ${t.outcome}: ${t.error}`,
    });
}


/***/ })

};
;