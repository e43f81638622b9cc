export const id = 539;
export const ids = [539];
export const modules = {

/***/ 3539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   recover: () => (/* binding */ recover)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98026);
/* harmony import */ var _forge_github_checks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44197);
/* harmony import */ var _finish_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98589);
// When a stage throws (not the user's mistake): what can still be said is said, best effort.
// A review gets a `neutral` check (never a false green), and the pipeline an infra_error record.



async function attempt(what, fn) {
    try {
        await fn();
    }
    catch (e) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`could not ${what} after the failure: ${e instanceof Error ? e.message : String(e)}`);
    }
}
async function recover(ctx, error) {
    const r = ctx.recovery;
    const message = error instanceof Error ? error.message : String(error);
    const headSha = r.headSha;
    if (headSha && (ctx.plan.stage === 'review' || ctx.plan.stage === 'remediate'))
        await attempt('publish a neutral check', () => (0,_forge_github_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .publishReviewCheck */ .ak)(ctx.octokit, {
            repo: ctx.runner.repo,
            headSha,
            conclusion: 'neutral',
            title: `infrastructure error in ${ctx.plan.stage}`,
            summary: `LailaTov could not finish the ${ctx.plan.stage} stage: ${message}\n\nNothing was judged; re-run the workflow.`,
            findings: [],
            detailsUrl: ctx.runner.runUrl,
        }));
    const issue = r.issue;
    if (issue !== null && issue > 0)
        await attempt('append the infra_error record', () => (0,_finish_js__WEBPACK_IMPORTED_MODULE_2__/* .outcomeStore */ .gf)(ctx).append((0,_finish_js__WEBPACK_IMPORTED_MODULE_2__/* .outcomeRecord */ .eR)(ctx, {
            outcome: 'infra_error',
            summary: message,
            issue,
            correlationId: r.correlationId ?? `run-${ctx.runner.runId}`,
            stages: r.stages,
            pr: r.pr,
            branch: r.branch,
            headSha,
            riskTier: null,
            checks: {},
            changedFiles: [],
            findings: [],
            round: r.round,
        })));
}


/***/ }),

/***/ 44197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ak: () => (/* binding */ publishReviewCheck)
/* harmony export */ });
/* unused harmony exports REVIEW_CHECK_NAME, annotationsOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14503);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81420);


const REVIEW_CHECK_NAME = 'LailaTov review';
/** GitHub takes at most 50 annotations per create/update request. */
const ANNOTATIONS_PER_REQUEST = 50;
const LEVEL = {
    blocking: 'failure',
    major: 'failure',
    minor: 'warning',
    nit: 'notice',
};
function annotationsOf(findings) {
    return findings
        .filter((f) => f.status === 'open' && f.path !== null && f.lines !== null)
        .map((f) => ({
        path: f.path ?? '',
        start_line: f.lines?.start ?? 1,
        end_line: f.lines?.end ?? 1,
        annotation_level: LEVEL[f.severity],
        title: `${f.severity}: ${f.rule}`,
        message: f.message,
    }));
}
/** Creates the completed check run, then adds annotations beyond the first 50 in batches. */
async function publishReviewCheck(octokit, input) {
    const r = { owner: input.repo.owner, repo: input.repo.repo };
    const all = annotationsOf(input.findings);
    const output = (annotations) => ({
        title: input.title,
        summary: input.summary.slice(0, 65_000),
        annotations,
    });
    try {
        const { data } = await octokit.rest.checks.create({
            ...r,
            name: REVIEW_CHECK_NAME,
            head_sha: input.headSha,
            status: 'completed',
            conclusion: input.conclusion,
            ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
            output: output(all.slice(0, ANNOTATIONS_PER_REQUEST)),
        });
        for (let i = ANNOTATIONS_PER_REQUEST; i < all.length; i += ANNOTATIONS_PER_REQUEST) {
            await octokit.rest.checks.update({
                ...r,
                check_run_id: data.id,
                output: output(all.slice(i, i + ANNOTATIONS_PER_REQUEST)),
            });
        }
        return { id: data.id, url: data.html_url ?? '' };
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .wrapApiError */ .N9)(error, { repo: (0,_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .fullName */ .fq)(input.repo), doing: 'publishing the review check' });
    }
}


/***/ })

};
