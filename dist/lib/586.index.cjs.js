"use strict";
exports.id = 586;
exports.ids = [586];
exports.modules = {

/***/ 52586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   recover: () => (/* binding */ recover)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _forge_github_checks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3302);
/* harmony import */ var _finish_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83699);
// When a stage throws (not the user's mistake): what can still be said is said, best effort.
// A review's check ends `neutral` (never a false green), and the pipeline gets an infra_error record.



async function attempt(what, fn) {
    try {
        await fn();
    }
    catch (e) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`could not ${what} after the failure: ${e instanceof Error ? e.message : String(e)}`);
    }
}
async function recover(ctx, error) {
    const r = ctx.recovery;
    const message = error instanceof Error ? error.message : String(error);
    const headSha = r.headSha;
    const neutral = {
        repo: ctx.runner.repo,
        conclusion: 'neutral',
        title: `infrastructure error in ${ctx.plan.stage}`,
        summary: `LailaTov could not finish the ${ctx.plan.stage} stage: ${message}\n\nNothing was judged; re-run the workflow.`,
        findings: [],
        detailsUrl: ctx.runner.runUrl,
    };
    // The review's own check, still in progress, ends neutral (the same run, not a second one).
    // A review whose check already has its verdict keeps it; a remediation gets a neutral check.
    const check = r.check;
    if (check !== null)
        await attempt('complete the check as neutral', () => (0,_forge_github_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .completeReviewCheck */ .eF)(ctx.octokit, check, { ...neutral, headSha: check.headSha }));
    else if (headSha && ctx.plan.stage === 'remediate')
        await attempt('publish a neutral check', () => (0,_forge_github_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .publishReviewCheck */ .ak)(ctx.octokit, { ...neutral, headSha }));
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

/***/ 3302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ startReviewCheck),
/* harmony export */   ak: () => (/* binding */ publishReviewCheck),
/* harmony export */   eF: () => (/* binding */ completeReviewCheck)
/* harmony export */ });
/* unused harmony exports REVIEW_CHECK_NAME, annotationsOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70656);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57091);


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
const call = async (repo, doing, fn) => {
    try {
        return await fn();
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .wrapApiError */ .N9)(error, { repo: (0,_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .fullName */ .fq)(repo), doing });
    }
};
/**
 * Sends the conclusion and the first 50 annotations with `first` (a create or an update), then
 * the rest in batches of 50 as updates of the same check run.
 */
async function sendConclusion(octokit, input, first) {
    const r = { owner: input.repo.owner, repo: input.repo.repo };
    const all = annotationsOf(input.findings);
    const output = (annotations) => ({
        title: input.title,
        summary: input.summary.slice(0, 65_000),
        annotations,
    });
    return call(input.repo, 'publishing the review check', async () => {
        const data = await first(output(all.slice(0, ANNOTATIONS_PER_REQUEST)));
        for (let i = ANNOTATIONS_PER_REQUEST; i < all.length; i += ANNOTATIONS_PER_REQUEST) {
            await octokit.rest.checks.update({
                ...r,
                check_run_id: data.id,
                output: output(all.slice(i, i + ANNOTATIONS_PER_REQUEST)),
            });
        }
        return { id: data.id, url: data.html_url ?? '' };
    });
}
/** Creates the check run `in_progress` on the head the review starts from. */
async function startReviewCheck(octokit, input) {
    const { data } = await call(input.repo, 'starting the review check', () => octokit.rest.checks.create({
        owner: input.repo.owner,
        repo: input.repo.repo,
        name: REVIEW_CHECK_NAME,
        head_sha: input.headSha,
        status: 'in_progress',
        ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
        output: { title: input.title, summary: 'LailaTov is reviewing this commit.' },
    }));
    return { id: data.id, headSha: input.headSha };
}
/** Creates a completed check run in one go (a run that started none, e.g. a failed remediation). */
function publishReviewCheck(octokit, input) {
    return sendConclusion(octokit, input, async (output) => {
        const { data } = await octokit.rest.checks.create({
            owner: input.repo.owner,
            repo: input.repo.repo,
            name: REVIEW_CHECK_NAME,
            head_sha: input.headSha,
            status: 'completed',
            conclusion: input.conclusion,
            ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
            output,
        });
        return data;
    });
}
/**
 * Completes the started check run in place. When the review ended on another head (the branch
 * moved while it ran), the started one ends `neutral` and the reviewed head gets its own check:
 * a verdict is never shown on a commit it was not made for.
 */
async function completeReviewCheck(octokit, started, input) {
    const update = (i) => sendConclusion(octokit, i, async (output) => {
        const { data } = await octokit.rest.checks.update({
            owner: i.repo.owner,
            repo: i.repo.repo,
            check_run_id: started.id,
            status: 'completed',
            conclusion: i.conclusion,
            output,
        });
        return data;
    });
    if (input.headSha === started.headSha)
        return update(input);
    await update({
        ...input,
        conclusion: 'neutral',
        title: 'superseded: the branch moved during the review',
        summary: `The review ran on ${input.headSha}; its check is on that commit.`,
        findings: [],
    });
    return publishReviewCheck(octokit, input);
}


/***/ })

};
;